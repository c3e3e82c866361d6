// What the API's logs may say about a request. Query strings (and fragments) are withheld from every line, for
// every route: the one-click unsubscribe link must carry its token in the query (RFC 8058 leaves no other place),
// and a hand-built link may carry anything. Lines keep the method, the path, the request id and the outcome.
import type { FastifyRequest, FastifyServerOptions } from "fastify";
import { type LogFn, stdSerializers } from "pino";

export type ApiLoggerOptions = Exclude<FastifyServerOptions["logger"], boolean | undefined>;

/** A URL or path with its query string and fragment cut off, wherever it appears in a text. */
const pathWithQuery = /(\/[^\s?#"'<>]*)[?#][^\s"'<>]*/g;

function withoutQueryStrings(text: string): string {
  return text.includes("?") || text.includes("#") ? text.replace(pathWithQuery, "$1") : text;
}

/** Fastify's own request serializer, with the path instead of the URL. */
function requestWithoutQuery(request: FastifyRequest) {
  return {
    method: request.method,
    url: withoutQueryStrings(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** Error messages and stacks may quote the URL (Fastify's "Reply was already sent … in /pages/…?token="). */
function scrubbed(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return withoutQueryStrings(value);
  if (depth > 3 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrubbed(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubbed(item, depth + 1)]));
}

const errorWithoutQuery = (error: Error) =>
  scrubbed(stdSerializers.err(error)) as ReturnType<typeof stdSerializers.err>;

/**
 * The caller's logger options (level, destination, transport) with our serializers, header redaction and a hook
 * that cuts query strings out of every message text, including the ones Fastify writes itself
 * ("Route GET:/… not found").
 */
export function secretFreeLogOptions(options: ApiLoggerOptions): ApiLoggerOptions {
  return {
    ...options,
    redact: ["req.headers.authorization", "req.headers.cookie"],
    serializers: { ...options.serializers, req: requestWithoutQuery, err: errorWithoutQuery },
    hooks: {
      logMethod(this: unknown, args: Parameters<LogFn>, method: LogFn) {
        const clean = args.map((arg: unknown) => (typeof arg === "string" ? withoutQueryStrings(arg) : arg));
        return method.apply(this, clean as Parameters<LogFn>);
      },
    },
  };
}
