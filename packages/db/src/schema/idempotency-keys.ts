import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const idempotencyKeyStates = ["running", "completed"] as const;
export type IdempotencyKeyState = (typeof idempotencyKeyStates)[number];

/**
 * `Idempotency-Key`s of the API's creating requests, one row per caller (user, acting for an organisation) and
 * key. The row is inserted before the request runs (`running`, held by `claim_token`), so a concurrent duplicate
 * finds it and waits instead of running too; a successful response is stored (`completed`) and replayed to
 * retries for 24 hours. A failed request deletes its row, so a retry runs again.
 *
 * On the hot path of every keyed write, so it is lean: the caller and key are the primary key, and there are no
 * foreign keys (checking one locks the user's and the organisation's rows, which concurrent requests of one caller
 * then queue on). Rows live a day; a deleted user's keys go with the hourly purge.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    key: text("key").notNull(),
    /** Method and route pattern of the first request, e.g. `POST /v1/requests`. */
    route: text("route").notNull(),
    /**
     * SHA-256 of the route, its parameters and the canonical body: what "the same request" means. Null while a
     * claim taken before the body was read is running; written with the response.
     */
    fingerprint: text("fingerprint"),
    state: text("state", { enum: idempotencyKeyStates }).notNull().default("running"),
    /** Set by the claim that runs the request; completing or releasing the key needs it. */
    claimToken: uuid("claim_token").notNull(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull(),
    responseStatus: integer("response_status"),
    /** The headers a replay repeats (content type, location). */
    responseHeaders: jsonb("response_headers").$type<Record<string, string>>(),
    responseBody: text("response_body"),
    /** Keys live 24 hours from here; the maintenance job deletes older ones. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: "idempotency_keys_pkey", columns: [t.userId, t.organizationId, t.key] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
  ],
);
