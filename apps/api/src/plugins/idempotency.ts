// Safe retries for creating requests: a route with `config: { idempotent: true }` accepts an `Idempotency-Key`
// header (Stripe's semantics). The key is claimed in Postgres before the handler runs, so of two racing requests
// with one key only one runs; the other waits for it and gets the same response. A 2xx response is stored and
// replayed for 24 hours to the same caller sending the same request; the same key with another request is a 422.
// Any other outcome releases the key: a refused or failed request changed nothing, so a retry runs again.
//
// The claim costs no round trip of its own: as soon as the access token is verified, one statement claims the key
// and reads the membership authentication would look up, before the body is read. So the row is claimed without
// the request's fingerprint, which is written with the stored response; until then a duplicate waits rather than
// compares, and a key found completed is compared once the body has been validated.
import { createHash } from "node:crypto";
import {
  createDb,
  type IdempotencyCaller,
  type IdempotencyClaim,
  type IdempotencyCompletion,
  type IdempotencyKey,
  idempotencyKeyRepository,
  type StoredResponse,
  withoutQueryParameters,
} from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestHookHandler,
  onResponseHookHandler,
  onSendHookHandler,
  preHandlerHookHandler,
} from "fastify";
import fp from "fastify-plugin";
import { z } from "zod";
import type { AppDependencies } from "../dependencies.js";
import { problemResponses } from "../schemas/problem.js";
import { callerOf, verifiedAccessToken } from "./authentication.js";
import { gatheredWrites } from "./gathered-writes.js";

const idempotencyKeyHeader = "idempotency-key";
const headerField = `headers.${idempotencyKeyHeader}`;

const idempotencyKeyPattern = /^[\x20-\x7E]{1,255}$/;
const idempotencyKeySchema = z
  .string()
  .regex(idempotencyKeyPattern, "must be 1 to 255 printable ASCII characters")
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
  /** What makes a retry "the same request"; stored with the response. */
  fingerprint: string;
  /** The successful response to store; unset when the request failed and the key is to be released. */
  response?: StoredResponse;
}

/** A claim started beside authentication (onRequest), settled in preHandler or, when the request ends earlier, in onResponse. */
interface EarlyClaim {
  caller: IdempotencyCaller;
  key: string;
  outcome: Promise<IdempotencyClaim | { failed: unknown }>;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Accept an Idempotency-Key header on this route (creating requests). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyClaim?: HeldClaim;
    earlyIdempotencyClaim?: EarlyClaim;
  }
}

export const idempotencyPlugin = fp(
  async (app: FastifyInstance, options: { deps: AppDependencies; timings?: Partial<IdempotencyTimings> }) => {
    const { deps } = options;
    const timings = { ...defaultIdempotencyTimings, ...options.timings };
    // Its own few connections, whose commits do not wait for the disk: two more log flushes per request nearly
    // doubled the cost of a create, and what a crash can lose here is small (see idempotency-keys.ts in db).
    const keys = createDb(deps.config.DATABASE_URL, { maxConnections: 4, synchronousCommit: false });
    // Under load, the responses of requests finishing together are stored by one statement.
    const completions = gatheredWrites<IdempotencyCompletion>(
      async (batch) => {
        await idempotencyKeyRepository.completeIdempotencyKeys(keys.db, batch);
      },
      { maxBatch: 64 },
    );
    app.addHook("onClose", async () => {
      await completions.drained();
      await keys.close();
    });

    const claimWindow = (now: Date) => ({
      now,
      staleBefore: new Date(now.getTime() - timings.staleClaimMs),
      expiredBefore: new Date(now.getTime() - timings.replayWindowMs),
    });

    // onRequest, before the route's own hooks: claims the key for the token's user and organisation in the
    // statement that also reads the membership authentication needs, and does not wait for it. Without a valid
    // token or a well-formed key it does nothing: authentication answers 401, the header's schema 400.
    const claimEarly: onRequestHookHandler = async (request) => {
      const key = request.headers[idempotencyKeyHeader];
      if (typeof key !== "string" || !idempotencyKeyPattern.test(key)) return;
      const token = await verifiedAccessToken(request);
      if (!token) return;
      const caller = { userId: token.sub, organizationId: token.org };
      const attempt = idempotencyKeyRepository.claimIdempotencyKeyAsMember(keys.db, {
        ...caller,
        key,
        route: routeOf(request),
        fingerprint: null,
        ...claimWindow(deps.clock()),
      });
      // The same statement answers authentication's lookup. Its failure reaches whoever awaits each part (the
      // catch below only keeps an unawaited rejection from ending the process).
      request.membershipLookup = attempt.then((found) => found.membership);
      request.membershipLookup.catch(() => {});
      const outcome = attempt.then(
        (found) => found.claim,
        (failed: unknown) => ({ failed }),
      );
      request.earlyIdempotencyClaim = { caller, key, outcome };
    };

    const claim: preHandlerHookHandler = async (request, reply) => {
      const key = request.headers[idempotencyKeyHeader];
      if (typeof key !== "string") return;
      const caller = callerOf(request);
      const scope = { userId: caller.userId, organizationId: caller.organizationId };
      const route = routeOf(request);
      const fingerprint = requestFingerprint(request, route);
      const early = request.earlyIdempotencyClaim;
      let result: IdempotencyClaim | { failed: unknown } | undefined;
      if (early && sameCaller(early.caller, scope)) {
        request.earlyIdempotencyClaim = undefined;
        result = await early.outcome;
      }
      const waitUntil = Date.now() + timings.maxWaitMs;
      for (let pause = 20; ; pause = Math.min(pause * 1.5, 250)) {
        result ??= await idempotencyKeyRepository.claimIdempotencyKey(keys.db, {
          ...scope,
          key,
          route,
          fingerprint,
          ...claimWindow(deps.clock()),
        });
        if ("failed" in result) throw result.failed;
        if (result.claimed) {
          request.idempotencyClaim = { caller: scope, key, claimToken: result.claimToken, fingerprint };
          return;
        }
        const existing = result.existing;
        result = undefined;
        if (existing) {
          // A claim taken before its body was read has no fingerprint yet: it is compared once it completes.
          if (existing.fingerprint !== null && existing.fingerprint !== fingerprint)
            throw keyReused(existing);
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

    // The response is taken as it leaves (onSend) and written once it has left (onResponse), so the caller never
    // waits for the bookkeeping. A retry arriving in between finds the key running and waits a moment for it.
    const capture: onSendHookHandler = async (request, reply, payload) => {
      const held = request.idempotencyClaim;
      if (!held) return payload;
      const storable = typeof payload === "string" || Buffer.isBuffer(payload);
      if (reply.statusCode >= 200 && reply.statusCode < 300 && storable) {
        held.response = { status: reply.statusCode, headers: storedHeaders(reply), body: payload.toString() };
      }
      return payload;
    };

    const record: onResponseHookHandler = async (request) => {
      const early = request.earlyIdempotencyClaim;
      request.earlyIdempotencyClaim = undefined;
      const held = request.idempotencyClaim;
      request.idempotencyClaim = undefined;
      const db = keys.db;
      try {
        if (early) {
          // The request ended before its handler (401, 403, 400): a key it claimed is given up again.
          const outcome = await early.outcome;
          if ("failed" in outcome) throw outcome.failed;
          if (outcome.claimed) {
            await idempotencyKeyRepository.releaseIdempotencyKey(
              db,
              early.caller,
              early.key,
              outcome.claimToken,
            );
          }
        }
        if (!held) return;
        if (held.response) {
          await completions.add({
            ...held.caller,
            key: held.key,
            claimToken: held.claimToken,
            fingerprint: held.fingerprint,
            response: held.response,
            at: deps.clock(),
          });
        } else {
          await idempotencyKeyRepository.releaseIdempotencyKey(db, held.caller, held.key, held.claimToken);
        }
      } catch (error) {
        // The caller has its answer; a retry finds the key running and, once stale, runs again. The query's
        // parameters (the response body among them) stay out of the log.
        request.log.error(
          { err: withoutQueryParameters(error) },
          "could not record the outcome of an idempotent request",
        );
      }
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
      route.onRequest = [claimEarly, ...asArray(route.onRequest)];
      route.preHandler = [...asArray(route.preHandler), claim];
      route.onSend = [...asArray(route.onSend), capture];
      route.onResponse = [...asArray(route.onResponse), record];
    });
  },
  { name: "idempotency" },
);

function routeOf(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url}`;
}

function sameCaller(a: IdempotencyCaller, b: IdempotencyCaller): boolean {
  return a.userId === b.userId && a.organizationId === b.organizationId;
}

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
