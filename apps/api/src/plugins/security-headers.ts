// Security headers on every response (helmet): the JSON API may be loaded by nothing and framed by nobody; the
// HTML it serves gets the narrowest Content-Security-Policy it works under. Which policy a route gets is decided
// here by its path, once, as routes are added — including the routes Swagger UI and Bull Board add themselves.
import helmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import type { FastifyInstance, RouteOptions } from "fastify";
import fp from "fastify-plugin";

type Directives = Record<string, string[]>;
type RoutePolicy = Exclude<RouteOptions["helmet"], false | undefined>;

const nothingElse: Directives = {
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
};

/** JSON and problem+json: nothing in them is ever to be run, styled or framed. */
const apiDirectives: Directives = { "default-src": ["'none'"], ...nothingElse };

/**
 * Swagger UI and Bull Board, the two tools the API serves: scripts from their own static files, inline styles
 * (React's style attributes, the board's loading animation), fetches to the API, and the board's `<base href>`.
 * The board's Google Fonts stylesheet is left out on purpose (a third party on an admin page); it falls back to
 * system fonts.
 */
const toolDirectives: Directives = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "form-action": ["'self'"],
  "base-uri": ["'self'"],
  "frame-ancestors": ["'none'"],
};

export interface SecurityHeadersOptions {
  /** Where people reach us; HTTPS turns on HSTS and upgrade-insecure-requests. */
  publicUrl: string;
}

export const securityHeadersPlugin = fp(
  async (app: FastifyInstance, { publicUrl }: SecurityHeadersOptions) => {
    const https = publicUrl.startsWith("https://");
    // Browsers ignore HSTS over plain HTTP, and a local http:// deployment must not tell them to upgrade.
    const upgrade: Directives = https ? { "upgrade-insecure-requests": [] } : {};
    const policy = (directives: Directives): RoutePolicy => ({
      enableCSPNonces: false,
      contentSecurityPolicy: { useDefaults: false, directives: { ...directives, ...upgrade } },
    });
    const policies: [prefix: string, policy: RoutePolicy][] = [
      ["/docs", policy(toolDirectives)],
      ["/admin/queues", policy(toolDirectives)],
    ];

    // Added before helmet is registered, so this runs before helmet's own onRoute hook, which reads route.helmet.
    app.addHook("onRoute", (route) => {
      if (route.helmet !== undefined) return;
      const found = policies.find(([prefix]) => route.url.startsWith(prefix));
      if (found) route.helmet = found[1];
    });

    const options: FastifyHelmetOptions = {
      global: true,
      enableCSPNonces: false,
      contentSecurityPolicy: { useDefaults: false, directives: { ...apiDirectives, ...upgrade } },
      frameguard: { action: "deny" },
      referrerPolicy: { policy: "no-referrer" },
      strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    };
    await app.register(helmet, options);
  },
);
