// Idempotency keys (see schema/idempotency-keys.ts). The claim is one INSERT … ON CONFLICT: of two racing
// requests with the same key exactly one gets the row, the other reads it and waits or replays.
//
// Give these functions a handle made with `createDb(url, { synchronousCommit: false })`: a claim and a stored
// response are visible to every other session as soon as they commit, which is all that excluding duplicates
// needs, and a claim is durable as soon as the route's own transaction after it is (the log is flushed in order).
// Waiting for two more log flushes per request nearly doubled the cost of a create. What a database crash can lose
// is a response stored in its last fraction of a second: the key then stays `running` until stale, and a retry
// runs the request again.
import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Database, Executor, Transaction } from "../client.js";
import { idempotencyKeys } from "../schema/index.js";

export type IdempotencyKey = typeof idempotencyKeys.$inferSelect;

/** Who used the key: keys of different callers never meet. */
export interface IdempotencyCaller {
  userId: string;
  organizationId: string;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type IdempotencyClaim =
  /** This request runs; it completes or releases the key with `claimToken`. */
  | { claimed: true; claimToken: string }
  /** Someone else's request holds or held the key (undefined: it was released in between; claim again). */
  | { claimed: false; existing: IdempotencyKey | undefined };

/**
 * Claims `key` for a request about to run. A key whose first request finished more than `expiredBefore` ago
 * counts as unused; a claim still `running` since before `staleBefore` belonged to a process that died, and the
 * same request may take it over.
 */
export async function claimIdempotencyKey(
  db: Transaction,
  input: IdempotencyCaller & {
    key: string;
    route: string;
    fingerprint: string;
    now: Date;
    staleBefore: Date;
    expiredBefore: Date;
  },
): Promise<IdempotencyClaim> {
  const claimToken = uuidv7();
  const t = idempotencyKeys;
  const [claimed] = await db
    .insert(t)
    .values({
      userId: input.userId,
      organizationId: input.organizationId,
      key: input.key,
      route: input.route,
      fingerprint: input.fingerprint,
      state: "running",
      claimToken,
      claimedAt: input.now,
      createdAt: input.now,
    })
    .onConflictDoUpdate({
      target: [t.userId, t.organizationId, t.key],
      set: {
        route: input.route,
        fingerprint: input.fingerprint,
        state: "running",
        claimToken,
        claimedAt: input.now,
        createdAt: input.now,
        responseStatus: null,
        responseHeaders: null,
        responseBody: null,
        completedAt: null,
      },
      setWhere: sql`${t.createdAt} < ${input.expiredBefore.toISOString()}
        or (${t.state} = 'running' and ${t.claimedAt} < ${input.staleBefore.toISOString()}
            and ${t.fingerprint} = ${input.fingerprint})`,
    })
    .returning({ claimToken: t.claimToken });
  if (claimed) return { claimed: true, claimToken: claimed.claimToken };
  return { claimed: false, existing: await findIdempotencyKey(db, input, input.key) };
}

export async function findIdempotencyKey(
  db: Executor,
  caller: IdempotencyCaller,
  key: string,
): Promise<IdempotencyKey | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.userId, caller.userId),
        eq(idempotencyKeys.organizationId, caller.organizationId),
        eq(idempotencyKeys.key, key),
      ),
    )
    .limit(1);
  return row;
}

const heldBy = (caller: IdempotencyCaller, key: string, claimToken: string) =>
  and(
    eq(idempotencyKeys.userId, caller.userId),
    eq(idempotencyKeys.organizationId, caller.organizationId),
    eq(idempotencyKeys.key, key),
    eq(idempotencyKeys.claimToken, claimToken),
    eq(idempotencyKeys.state, "running"),
  );

/** Stores the response to replay; false when the claim was lost meanwhile (taken over as stale). */
export async function completeIdempotencyKey(
  db: Transaction,
  caller: IdempotencyCaller,
  key: string,
  claimToken: string,
  response: StoredResponse & { at: Date },
): Promise<boolean> {
  const rows = await db
    .update(idempotencyKeys)
    .set({
      state: "completed",
      responseStatus: response.status,
      responseHeaders: response.headers,
      responseBody: response.body,
      completedAt: response.at,
    })
    .where(heldBy(caller, key, claimToken))
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

/** Gives the key up after a failed request, so that a retry runs the request again. */
export async function releaseIdempotencyKey(
  db: Transaction,
  caller: IdempotencyCaller,
  key: string,
  claimToken: string,
): Promise<void> {
  await db.delete(idempotencyKeys).where(heldBy(caller, key, claimToken));
}

/**
 * Deletes keys created before `olderThan` (their replay window has passed), `batchSize` rows per statement so a
 * backlog never becomes one long lock; returns how many.
 */
export async function deleteExpiredIdempotencyKeys(
  db: Database,
  olderThan: Date,
  batchSize = 5000,
): Promise<number> {
  let deleted = 0;
  const t = idempotencyKeys;
  for (;;) {
    const rows = await db
      .delete(t)
      .where(
        sql`(${t.userId}, ${t.organizationId}, ${t.key}) in (
          select user_id, organization_id, key from idempotency_keys
          where created_at < ${olderThan.toISOString()} limit ${batchSize})`,
      )
      .returning({ key: t.key });
    deleted += rows.length;
    if (rows.length < batchSize) return deleted;
  }
}
