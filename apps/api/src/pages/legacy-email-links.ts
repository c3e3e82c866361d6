// Emails sent before the web took over the account pages link to the API's old /pages/… addresses. They keep
// working: a GET is sent on (308) to the web's page at PUBLIC_URL — browsers carry a link's #token fragment
// across the redirect, so the token still never reaches a server — and an RFC 8058 one-click POST to the old
// unsubscribe address still unsubscribes here, since mail providers do not follow redirects (and must not get one).
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { RouteApp, RouteContext } from "../routes/route-context.js";
import { useUnsubscribeLink } from "../services/unsubscribe-links.js";

const hidden = { schema: { hide: true } };

/** Old path → the web's path (unprefixed: the web picks the person's language). */
const movedPages = {
  "/pages/verify-email": "verify-email",
  "/pages/reset-password": "reset-password",
  "/pages/accept-invitation": "accept-invitation",
  "/pages/unlock-sign-in": "unlock-sign-in",
  "/pages/unsubscribe": "unsubscribe",
} as const;

const tokenQuery = z.object({ token: z.string().min(1).max(200) });

export function legacyEmailLinks(app: RouteApp, { deps }: RouteContext) {
  const base = deps.config.PUBLIC_URL.endsWith("/") ? deps.config.PUBLIC_URL : `${deps.config.PUBLIC_URL}/`;
  for (const [oldPath, webPath] of Object.entries(movedPages)) {
    app.get(oldPath, hidden, async (request, reply) => {
      const target = new URL(webPath, base);
      // Only the unsubscribe link carries its token in the query (the List-Unsubscribe address).
      const query = tokenQuery.safeParse(request.query);
      if (webPath === "unsubscribe" && query.success) target.searchParams.set("token", query.data.token);
      return reply.header("cache-control", "no-store").redirect(target.toString(), 308);
    });
  }

  // A child scope, so the multipart parser applies to this route only.
  app.register(async (scope: FastifyInstance) => {
    // One-click POSTs SHOULD be multipart/form-data; the token is in the URL, so the body is read and dropped.
    scope.addContentTypeParser(
      "multipart/form-data",
      { parseAs: "buffer", bodyLimit: 16 * 1024 },
      (_request, _body, done) => done(null, {}),
    );
    scope.post("/pages/unsubscribe", hidden, async (request, reply) => {
      const query = tokenQuery.safeParse(request.query);
      const claim = query.success ? await useUnsubscribeLink(deps, query.data.token, request.log) : null;
      return reply
        .code(claim ? 200 : 400)
        .header("cache-control", "no-store")
        .type("text/plain; charset=utf-8")
        .send(
          claim
            ? "Đã hủy nhận. / You are unsubscribed."
            : "Liên kết hủy nhận không hợp lệ. / This unsubscribe link is not valid.",
        );
    });
  });
}
