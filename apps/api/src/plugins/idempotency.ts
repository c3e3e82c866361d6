// Safe retries for creating requests: a route with `config: { idempotent: true }` accepts an `Idempotency-Key`
// header (Stripe's semantics). The key is claimed in Postgres before the handler runs, so of two racing requests
// with one key only one runs; the other waits for it and gets the same response. A 2xx response is stored and
// replayed for 24 hours to the same caller sending the same request; the same key with another request is a 422.
// Any other outcome releases the key: a refused or failed request changed nothing, so a retry runs again.
import { createHash } from "node:crypto";
import {
  createDb,
  type IdempotencyCaller,
  type IdempotencyKey,
  idempotencyKeyRepository,
  withoutQueryParameters,
} from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onSendHookHandler,
  preHandlerHookHandler,
} from "fastify";
import fp from "fastify-plugin";
import { z } from "zod";
import type { AppDependencies } from "../dependencies.js";
import { problemResponses } from "../schemas/problem.js";
import { callerOf } from "./authentication.js";

const idempotencyKeyHeader = "idempotency-key";
const headerField = `headers.${idempotencyKeyHeader}`;

const idempotencyKeySchema = z
  .string()
  .regex(/^[\x20-\x7E]{1,255}$/, "must be 1 to 255 printable ASCII characters")
  .describe(
    "Makes the request safe to retry: the same key with the same request within 24 hours runs it once and " +
      "answers every retry with the first (successful) response, marked `Idempotent-Replayed: true`. The same " +
      "key with a different request is a 422. A UUID per operation is a good key.",
  );

export interface IdempotencyTimings {
  /** How long a stored response is replayed (and a key stays taken). */
  replayWindowMs: number;
  /** A duplicate waits this long for the first request to finish, then gets a 409. */
  maxWaitMs: number;
  /** A claim still running after this long belonged to a process that died; the same request may take it over. */
  staleClaimMs: number;
}

const defaultIdempotencyTimings: IdempotencyTimings = {
  replayWindowMs: 24 * 3_600_000,
  maxWaitMs: 10_000,
  staleClaimMs: 5 * 60_000,
};

/** Response headers a replay repeats; the rest (request id, dates) belong to each response. */
const replayedHeaders = ["content-type", "location"] as const;

interface HeldClaim {
  caller: IdempotencyCaller;
  key: string;
  claimToken: string;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Accept an Idempotency-Key header on this route (creating requests). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyClaim?: HeldClaim;
  }
}

export const idempotencyPlugin = fp(
  async (app: FastifyInstance, options: { deps: AppDependencies; timings?: Partial<IdempotencyTimings> }) => {
    const { deps } = options;
    const timings = { ...defaultIdempotencyTimings, ...options.timings };
    // Its own few connections, whose commits do not wait for the disk: two more log flushes per request nearly
    // doubled the cost of a create, and what a crash can lose here is small (see idempotency-keys.ts in db).
    const keys = createDb(deps.config.DATABASE_URL, { maxConnections: 4, synchronousCommit: false });
    app.addHook("onClose", async () => {
      await keys.close();
    });

    const claim: preHandlerHookHandler = async (request, reply) => {
      const key = request.headers[idempotencyKeyHeader];
      if (typeof key !== "string") return;
      const caller = callerOf(request);
      const scope = { userId: caller.userId, organizationId: caller.organizationId };
      const route = `${request.method} ${request.routeOptions.url}`;
      const fingerprint = requestFingerprint(request, route);
      const waitUntil = Date.now() + timings.maxWaitMs;
      for (let pause = 20; ; pause = Math.min(pause * 1.5, 250)) {
        const now = deps.clock();
        const result = await keys.db.transaction((tx) =>
          idempotencyKeyRepository.claimIdempotencyKey(tx, {
            ...scope,
            key,
            route,
            fingerprint,
            now,
            staleBefore: new Date(now.getTime() - timings.staleClaimMs),
            expiredBefore: new Date(now.getTime() - timings.replayWindowMs),
          }),
        );
        if (result.claimed) {
          request.idempotencyClaim = { caller: scope, key, claimToken: result.claimToken };
          return;
        }
        const existing = result.existing;
        if (existing) {
          if (existing.fingerprint !== fingerprint) throw keyReused(existing);
          if (existing.state === "completed") return replay(request, reply, existing);
          if (Date.now() >= waitUntil) {
            reply.header("retry-after", "1");
            throw new DomainError(
              "idempotency_key_in_use",
              "A request with this Idempotency-Key is still running; retry in a moment to get its response",
              [{ field: headerField, message: "is in use by a request that has not finished" }],
            );
          }
        }
        // Running elsewhere (or released a moment ago): wait, then look again.
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    };

    const record: onSendHookHandler = async (request, reply, payload) => {
      const held = request.idempotencyClaim;
      if (!held) return payload;
      request.idempotencyClaim = undefined;
      const db = keys.db;
      const storable = typeof payload === "string" || Buffer.isBuffer(payload);
      try {
        if (reply.statusCode >= 200 && reply.statusCode < 300 && storable) {
          await db.transaction((tx) =>
            idempotencyKeyRepository.completeIdempotencyKey(tx, held.caller, held.key, held.claimToken, {
              status: reply.statusCode,
              headers: storedHeaders(reply),
              body: payload.toString(),
              at: deps.clock(),
            }),
          );
        } else {
          await db.transaction((tx) =>
            idempotencyKeyRepository.releaseIdempotencyKey(tx, held.caller, held.key, held.claimToken),
          );
        }
      } catch (error) {
        // The caller still gets its answer; a retry finds the key running and, once stale, runs again. The query's
        // parameters (the response body among them) stay out of the log.
        request.log.error(
          { err: withoutQueryParameters(error) },
          "could not record the outcome of an idempotent request",
        );
      }
      return payload;
    };

    app.addHook("onRoute", (route) => {
      if (!route.config?.idempotent) return;
      const schema = route.schema ?? {};
      const headers = schema.headers;
      if (headers !== undefined && !(headers instanceof z.ZodObject)) {
        throw new Error(
          `${route.method} ${route.url}: an idempotent route's headers schema must be a zod object`,
        );
      }
      route.schema = {
        ...schema,
        headers: (headers ?? z.looseObject({})).extend({
          [idempotencyKeyHeader]: idempotencyKeySchema.optional(),
        }),
        response: { ...problemResponses(409, 422), ...(schema.response as object | undefined) },
      };
      route.preHandler = [...asArray(route.preHandler), claim];
      route.onSend = [...asArray(route.onSend), record];
    });
  },
  { name: "idempotency" },
);

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function keyReused(existing: IdempotencyKey): DomainError {
  return new DomainError(
    "idempotency_key_reused",
    `This Idempotency-Key was already used for a different request (${existing.route} with other parameters ` +
      "or body); use a new key for a new request",
    [{ field: headerField, message: "was already used for a different request" }],
  );
}

function replay(request: FastifyRequest, reply: FastifyReply, stored: IdempotencyKey): FastifyReply {
  request.log.info({ route: stored.route }, "idempotent request replayed");
  return reply
    .code(stored.responseStatus ?? 200)
    .headers(stored.responseHeaders ?? {})
    .header("idempotent-replayed", "true")
    .send(stored.responseBody ?? "");
}

function storedHeaders(reply: FastifyReply): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const name of replayedHeaders) {
    const value = reply.getHeader(name);
    if (value !== undefined) stored[name] = String(value);
  }
  return stored;
}

/**
 * What makes two requests "the same": method and route, path parameters, query, and the body as the route
 * validated it (keys sorted, so field order does not matter; defaults applied). A raw body (a spreadsheet
 * upload) counts by its bytes and content type.
 */
function requestFingerprint(request: FastifyRequest, route: string): string {
  const hash = createHash("sha256");
  hash.update(canonicalJson({ route, params: request.params ?? {}, query: request.query ?? {} }));
  if (Buffer.isBuffer(request.body)) {
    hash.update(`\nraw ${request.headers["content-type"] ?? ""}\n`);
    hash.update(request.body);
  } else {
    hash.update(`\njson\n${canonicalJson(request.body ?? null)}`);
  }
  return hash.digest("hex");
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((name) => [name, sortKeys(record[name])]),
  );
}
