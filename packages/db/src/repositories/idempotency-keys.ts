// Idempotency keys (see schema/idempotency-keys.ts). The claim is one INSERT … ON CONFLICT: of two racing
// requests with the same key exactly one gets the row, the other reads it and waits or replays. The API claims
// before it has read the body (fingerprint null) and writes the fingerprint with the response.
//
// Give these functions a handle made with `createDb(url, { synchronousCommit: false })`: a claim and a stored
// response are visible to every other session as soon as they commit, which is all that excluding duplicates
// needs, and a claim is durable as soon as the route's own transaction after it is (the log is flushed in order).
// Waiting for two more log flushes per request nearly doubled the cost of a create. What a database crash can lose
// is a response stored in its last fraction of a second: the key then stays `running` until stale, and a retry
// runs the request again.
import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Database, Executor } from "../client.js";
import { idempotencyKeys, memberships, organizations, users } from "../schema/index.js";
import { preparedPerHandle } from "./prepared-per-handle.js";

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
 * Unlike other repositories' writes, these take the pool, not a transaction: each is one statement (atomic on its
 * own), and BEGIN and COMMIT around it would double the round trips on the path of every keyed write.
 * The hot path's statements, prepared once per database handle: every keyed write runs a claim and then a
 * completion (or release), and building these statements took longer than running them (0.15 ms against about
 * 0.2 ms each). Named statements also skip the describe round trip. (Completions are one fixed statement text
 * for any batch, which the client prepares on its own.)
 */
const statementsFor = preparedPerHandle(prepareStatements);

function prepareStatements(db: Database) {
  const t = idempotencyKeys;
  const p = (name: string) => sql.placeholder(name);
  const heldByClaim = and(
    eq(t.userId, p("userId")),
    eq(t.organizationId, p("organizationId")),
    eq(t.key, p("key")),
    eq(t.claimToken, p("claimToken")),
    eq(t.state, "running"),
  );
  // The claim: the row inserted, or taken over when expired or stale; no row back when someone else holds it.
  const claimInsert = () =>
    db
      .insert(t)
      .values({
        userId: p("userId"),
        organizationId: p("organizationId"),
        key: p("key"),
        route: p("route"),
        fingerprint: p("fingerprint"),
        state: "running",
        claimToken: p("claimToken"),
        claimedAt: p("now"),
        createdAt: p("now"),
      })
      .onConflictDoUpdate({
        target: [t.userId, t.organizationId, t.key],
        set: {
          route: sql`excluded.route`,
          fingerprint: sql`excluded.fingerprint`,
          state: "running",
          claimToken: sql`excluded.claim_token`,
          claimedAt: sql`excluded.claimed_at`,
          createdAt: sql`excluded.created_at`,
          responseStatus: null,
          responseHeaders: null,
          responseBody: null,
          completedAt: null,
        },
        // A stale claim is taken over only by a request known to be the same one, or by a known request when the
        // dead one's body was never read (its fingerprint is null).
        setWhere: sql`${t.createdAt} < ${p("expiredBefore")}::timestamptz
        or (${t.state} = 'running' and ${t.claimedAt} < ${p("staleBefore")}::timestamptz
            and excluded.fingerprint is not null
            and (${t.fingerprint} = excluded.fingerprint or ${t.fingerprint} is null))`,
      })
      .returning({ claimToken: t.claimToken });
  const claim = claimInsert().prepare("idempotency_key_claim");
  // The same claim and the caller's membership in one statement: authentication needs that lookup anyway, and the
  // claim then costs no round trip of its own. (A data-modifying CTE runs once whether or not a row comes back.)
  const claimed = db.$with("claimed").as(claimInsert());
  const claimAsMember = db
    .with(claimed)
    .select({
      membership: memberships,
      organization: organizations,
      user: users,
      claimed: sql<boolean>`exists (select 1 from ${claimed})`,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, p("organizationId")), eq(memberships.userId, p("userId"))))
    .limit(1)
    .prepare("idempotency_key_claim_as_member");

  const release = db.delete(t).where(heldByClaim).prepare("idempotency_key_release");
  return { claim, claimAsMember, release };
}

/**
 * Claims `key` for a request about to run. A key whose first request finished more than `expiredBefore` ago
 * counts as unused; a claim still `running` since before `staleBefore` belonged to a process that died, and the
 * same request may take it over.
 */
export async function claimIdempotencyKey(db: Database, input: ClaimInput): Promise<IdempotencyClaim> {
  const [claimed] = await statementsFor(db).claim.execute(claimParameters(input, uuidv7()));
  if (claimed) return { claimed: true, claimToken: claimed.claimToken };
  return { claimed: false, existing: await findIdempotencyKey(db, input, input.key) };
}

type ClaimInput = IdempotencyCaller & {
  key: string;
  route: string;
  /** Null when the claim is taken before the body is read; completing the key writes it. */
  fingerprint: string | null;
  now: Date;
  staleBefore: Date;
  expiredBefore: Date;
};

/**
 * `claimIdempotencyKey` and the caller's membership (as `findMembership` in accounts.ts reads it) in one round
 * trip. Without a membership no row tells whether the key was claimed, so the claim is reported as held by this
 * attempt's token: the caller refuses the request and releases it, which leaves a row another request holds alone.
 */
export async function claimIdempotencyKeyAsMember(
  db: Database,
  input: ClaimInput,
): Promise<{ claim: IdempotencyClaim; membership: Omit<MembershipWithClaim, "claimed"> | undefined }> {
  const claimToken = uuidv7();
  const [row] = await statementsFor(db).claimAsMember.execute(claimParameters(input, claimToken));
  if (!row) return { claim: { claimed: true, claimToken }, membership: undefined };
  const membership = { membership: row.membership, organization: row.organization, user: row.user };
  if (row.claimed) return { claim: { claimed: true, claimToken }, membership };
  return { claim: { claimed: false, existing: await findIdempotencyKey(db, input, input.key) }, membership };
}

type MembershipWithClaim = Awaited<
  ReturnType<ReturnType<typeof prepareStatements>["claimAsMember"]["execute"]>
>[number];

function claimParameters(input: ClaimInput, claimToken: string) {
  return {
    userId: input.userId,
    organizationId: input.organizationId,
    key: input.key,
    route: input.route,
    fingerprint: input.fingerprint,
    claimToken,
    now: input.now,
    staleBefore: input.staleBefore.toISOString(),
    expiredBefore: input.expiredBefore.toISOString(),
  };
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

/** A finished request's response to store under its key. */
export interface IdempotencyCompletion extends IdempotencyCaller {
  key: string;
  claimToken: string;
  /** What makes a retry "the same request" (see the API's idempotency plugin). */
  fingerprint: string;
  response: StoredResponse;
  at: Date;
}

/**
 * Stores the responses to replay, any number in one statement (the API gathers the ones that finish while a write
 * is under way). A key whose claim was lost meanwhile (taken over as stale) is left alone; returns how many were
 * stored.
 */
export async function completeIdempotencyKeys(
  db: Database,
  completions: readonly IdempotencyCompletion[],
): Promise<number> {
  if (completions.length === 0) return 0;
  const rows = completions.map((c) => ({
    user_id: c.userId,
    organization_id: c.organizationId,
    key: c.key,
    claim_token: c.claimToken,
    fingerprint: c.fingerprint,
    status: c.response.status,
    headers: c.response.headers,
    body: c.response.body,
    at: c.at.toISOString(),
  }));
  const t = idempotencyKeys;
  const stored = await db.execute(sql`
    update ${t} set
      state = 'completed',
      fingerprint = done.fingerprint,
      response_status = done.status,
      response_headers = done.headers,
      response_body = done.body,
      completed_at = done.at
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as done(
      user_id uuid, organization_id uuid, key text, claim_token uuid, fingerprint text,
      status integer, headers jsonb, body text, at timestamptz)
    where ${t.userId} = done.user_id and ${t.organizationId} = done.organization_id and ${t.key} = done.key
      and ${t.claimToken} = done.claim_token and ${t.state} = 'running'
    returning 1`);
  return stored.length;
}

/** Gives the key up after a failed request, so that a retry runs the request again. */
export async function releaseIdempotencyKey(
  db: Database,
  caller: IdempotencyCaller,
  key: string,
  claimToken: string,
): Promise<void> {
  await statementsFor(db).release.execute({ ...caller, key, claimToken });
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
