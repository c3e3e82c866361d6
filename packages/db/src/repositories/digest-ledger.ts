// The weekly digest ledger (see schema/digest-deliveries.ts): planning rows before send jobs exist, and the
// state changes of a send, each one statement so a crash leaves the row in a state the next attempt understands.
import { and, count, desc, eq, gt, inArray, or, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Database, Executor, Transaction } from "../client.js";
import type { DeliverySkipReason, DeliveryStatus } from "../schema/delivery-status.js";
import { digestDeliveries, notificationPreferences, users } from "../schema/index.js";
import { preparedPerHandle } from "./prepared-per-handle.js";
import { isLockNotAvailable } from "./row-locks.js";

export type DigestDelivery = typeof digestDeliveries.$inferSelect;

export interface PlannedDigests {
  /** Rows created by this run. */
  created: string[];
  /**
   * Rows of this week that exist but are not finished: still `planned` (their job may have been lost) or failed
   * for a reason a retry can fix. Their send jobs must be queued again.
   */
  resumed: string[];
}

/**
 * Plans this week's digest for each user that has no row yet, with a window from the end of their last sent or
 * skipped digest (or `firstWindowStart` for a first digest) to `windowEnd`; returns what needs a send job.
 */
export async function planDigests(
  tx: Transaction,
  input: { weekKey: string; windowEnd: Date; firstWindowStart: Date; userIds: string[] },
): Promise<PlannedDigests> {
  if (input.userIds.length === 0) return { created: [], resumed: [] };
  // One statement with the recipients as arrays: a multi-row insert built value by value cost drizzle about as
  // much CPU per planned row as sending its email. The window starts where the last sent or skipped one ended.
  const created = await tx.execute<{ userId: string }>(sql`
    insert into ${digestDeliveries} (id, user_id, week_key, window_start, window_end)
    select planned.id, planned.user_id, ${input.weekKey}, coalesce(previous.window_end, ${input.firstWindowStart.toISOString()}::timestamptz),
      ${input.windowEnd.toISOString()}::timestamptz
    from unnest(
      ${sql.param(input.userIds.map(() => uuidv7()))}::uuid[],
      ${sql.param(input.userIds)}::uuid[]
    ) as planned(id, user_id)
    left join (
      select user_id, max(window_end) as window_end
      from ${digestDeliveries}
      where user_id = any(${sql.param(input.userIds)}::uuid[]) and status in ('sent', 'skipped')
        and window_end < ${input.windowEnd.toISOString()}::timestamptz
      group by user_id
    ) as previous on previous.user_id = planned.user_id
    on conflict (user_id, week_key) do nothing
    returning user_id as "userId"`);
  const createdIds = new Set(created.map((row) => row.userId));
  const existing = input.userIds.filter((id) => !createdIds.has(id));
  let resumed: { userId: string }[] = [];
  if (existing.length > 0) {
    resumed = await tx
      .update(digestDeliveries)
      .set({
        // A failed row gets a fresh set of attempts; a planned one is left as it is.
        attempts: sql`case when ${digestDeliveries.status} = 'failed' then 0 else ${digestDeliveries.attempts} end`,
        status: "planned",
      })
      .where(
        and(
          eq(digestDeliveries.weekKey, input.weekKey),
          inArray(digestDeliveries.userId, existing),
          or(
            eq(digestDeliveries.status, "planned"),
            and(eq(digestDeliveries.status, "failed"), eq(digestDeliveries.permanentFailure, false)),
          ),
        ),
      )
      .returning({ userId: digestDeliveries.userId });
  }
  return { created: [...createdIds], resumed: resumed.map((row) => row.userId) };
}

/** A ledger row with what the send needs to know about the recipient now (not at planning). */
function deliveriesJoinedToRecipients(db: Executor) {
  return db
    .select({
      delivery: digestDeliveries,
      recipient: {
        email: users.email,
        name: users.name,
        language: users.language,
        emailVerifiedAt: users.emailVerifiedAt,
      },
      digest: notificationPreferences.digest,
    })
    .from(digestDeliveries)
    .innerJoin(users, eq(users.id, digestDeliveries.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, digestDeliveries.userId));
}

function deliveryWithRecipient(db: Executor) {
  return deliveriesJoinedToRecipients(db)
    .where(
      and(
        eq(digestDeliveries.userId, sql.placeholder("userId")),
        eq(digestDeliveries.weekKey, sql.placeholder("weekKey")),
      ),
    )
    .limit(1)
    .prepare("digest_delivery_with_recipient");
}

function deliveriesWithRecipients(db: Executor) {
  const userIds = sql.placeholder("userIds");
  return (
    deliveriesJoinedToRecipients(db)
      // The recipients as one array, named on both sides of the join: with only the ledger's side, the planner
      // joined by hashing the whole user table for every batch (a scan that grows with the users: 1.7 ms a
      // batch of 100 at 20,000 users, 177 ms at 100,000); with both, it looks the users up by primary key.
      .where(
        and(
          eq(digestDeliveries.weekKey, sql.placeholder("weekKey")),
          sql`${digestDeliveries.userId} = any(${userIds}::uuid[])`,
          sql`${users.id} = any(${userIds}::uuid[])`,
        ),
      )
      .prepare("digest_deliveries_with_recipients")
  );
}

const deliveryLookup = preparedPerHandle(deliveryWithRecipient);
const batchLookup = preparedPerHandle(deliveriesWithRecipients);

/** The row of a send job, with what the send needs to know about the recipient now (not at planning). */
export async function findDigestDelivery(db: Executor, userId: string, weekKey: string) {
  const [row] = await deliveryLookup(db).execute({ userId, weekKey });
  return row;
}

/** `findDigestDelivery` for a batch of recipients in one query; recipients without a row are left out. */
export async function findDigestDeliveries(db: Executor, userIds: readonly string[], weekKey: string) {
  if (userIds.length === 0) return [];
  return batchLookup(db).execute({ userIds: [...userIds], weekKey });
}

export type DigestDeliveryWithRecipient = NonNullable<Awaited<ReturnType<typeof findDigestDelivery>>>;

/**
 * Locks the row for the rest of the transaction, or returns `busy` when another transaction holds it: another
 * worker is sending this digest right now. A worker that dies loses its connection and with it the lock, so
 * the row is never stuck behind a dead process.
 */
export async function lockDigestDelivery(
  tx: Transaction,
  id: string,
): Promise<Pick<DigestDelivery, "status" | "attempts"> | "busy" | undefined> {
  try {
    const [row] = await tx
      .select({ status: digestDeliveries.status, attempts: digestDeliveries.attempts })
      .from(digestDeliveries)
      .where(eq(digestDeliveries.id, id))
      .for("update", { noWait: true });
    return row;
  } catch (error) {
    if (isLockNotAvailable(error)) return "busy";
    throw error;
  }
}

export async function markDigestSent(
  tx: Transaction,
  id: string,
  sent: { messageId: string; itemCount: number; at: Date },
): Promise<void> {
  await tx
    .update(digestDeliveries)
    .set({
      status: "sent",
      messageId: sent.messageId,
      itemCount: sent.itemCount,
      sentAt: sent.at,
      attempts: sql`${digestDeliveries.attempts} + 1`,
    })
    .where(eq(digestDeliveries.id, id));
}

export interface DigestWaveRecord {
  /** Accepted by the SMTP server: marked sent. */
  sent: readonly { id: string; messageId: string; itemCount: number }[];
  /** Refused or not reached: counted as in `recordDigestFailure`. */
  failures: readonly { id: string; error: string; permanent: boolean }[];
  /** When they were sent. */
  at: Date;
}

export interface DigestWaveResult {
  /** The status of each row the wave locked; rows another transaction holds are missing. */
  locked: ReadonlyMap<string, DeliveryStatus>;
  /** Each failed row's status after its failure was counted: `failed` for good, or `planned` for a retry. */
  afterFailure: ReadonlyMap<string, DeliveryStatus>;
}

// The wave's statements, written out: they run on a reserved connection of the driver, not through drizzle.
const lockWaveRows = `select id, status from digest_deliveries where id = any($1::uuid[]) for update skip locked`;
const markWaveSent = `update digest_deliveries
  set status = 'sent', message_id = s.message_id, item_count = s.item_count, sent_at = $4::timestamptz,
    attempts = digest_deliveries.attempts + 1, updated_at = now()
  from unnest($1::uuid[], $2::text[], $3::int[]) as s(id, message_id, item_count)
  where digest_deliveries.id = s.id`;
const recordWaveFailures = `update digest_deliveries
  set attempts = digest_deliveries.attempts + 1, last_error = left(f.error, 500), permanent_failure = f.permanent,
    status = case when f.permanent or digest_deliveries.attempts + 1 >= $4::int then 'failed' else 'planned' end,
    updated_at = now()
  from unnest($1::uuid[], $2::text[], $3::text[]::boolean[]) as f(id, error, permanent)
  where digest_deliveries.id = f.id
  returning digest_deliveries.id, digest_deliveries.status`;

/**
 * One send wave in one transaction of two round trips: `begin` and the lock of the wave's rows (FOR UPDATE SKIP
 * LOCKED) leave in one write, `send` talks SMTP while the rows stay locked, then what it records (failures
 * counted, accepted emails marked sent) leaves with `commit` in one write. A drizzle transaction waits for each
 * statement before it sends the next: four round trips, each a wake-up of a Postgres backend sharing the worker's
 * cores (session 8 ran the wave that way).
 * A statement that fails aborts the transaction, so the `commit` after it rolls back and the error is thrown:
 * nothing is marked, as when a drizzle transaction throws. A worker killed in between loses its connection, and
 * with it the locks and everything uncommitted.
 */
export async function runDigestWave(
  db: Database,
  ids: readonly string[],
  maxAttempts: number,
  send: (locked: ReadonlyMap<string, DeliveryStatus>) => Promise<DigestWaveRecord>,
): Promise<DigestWaveResult> {
  const connection = await db.$client.reserve();
  let open = false;
  try {
    const [begun, lockedRows] = await Promise.allSettled([
      connection.unsafe("begin"),
      connection.unsafe<{ id: string; status: DeliveryStatus }[]>(lockWaveRows, [[...ids]], {
        prepare: true,
      }),
    ]);
    open = begun.status === "fulfilled";
    if (begun.status === "rejected") throw begun.reason;
    if (lockedRows.status === "rejected") throw lockedRows.reason;
    const locked = new Map(lockedRows.value.map((row) => [row.id, row.status]));
    const record = await send(locked);
    const failures: Promise<readonly { id: string; status: DeliveryStatus }[]> =
      record.failures.length === 0
        ? Promise.resolve([])
        : connection.unsafe<{ id: string; status: DeliveryStatus }[]>(
            recordWaveFailures,
            [
              record.failures.map((f) => f.id),
              record.failures.map((f) => f.error),
              // As text: the driver sends a JavaScript boolean array as one boolean.
              record.failures.map((f) => String(f.permanent)),
              maxAttempts,
            ],
            { prepare: true },
          );
    const marks =
      record.sent.length === 0
        ? Promise.resolve([])
        : connection.unsafe(
            markWaveSent,
            [
              record.sent.map((row) => row.id),
              record.sent.map((row) => row.messageId),
              record.sent.map((row) => row.itemCount),
              record.at.toISOString(),
            ],
            { prepare: true },
          );
    const [failedRows, marked, committed] = await Promise.allSettled([
      failures,
      marks,
      connection.unsafe("commit"),
    ]);
    // After a failed statement Postgres answers the commit with a rollback: the transaction is over either way.
    open = committed.status === "rejected";
    for (const result of [failedRows, marked, committed]) {
      if (result.status === "rejected") throw result.reason;
    }
    const counted = failedRows.status === "fulfilled" ? failedRows.value : [];
    return { locked, afterFailure: new Map(counted.map((row) => [row.id, row.status])) };
  } finally {
    // A lock or a send that threw: undo the transaction before the connection goes back to the pool.
    if (open) await connection.unsafe("rollback").catch(() => {});
    connection.release();
  }
}

/** `markDigestSkipped` for several rows in one statement; rows already finished are left alone. */
export async function markDigestsSkipped(
  db: Executor,
  skipped: readonly { id: string; reason: DeliverySkipReason }[],
): Promise<void> {
  if (skipped.length === 0) return;
  await db.execute(sql`
    update ${digestDeliveries}
    set status = 'skipped', skip_reason = s.reason, item_count = 0, updated_at = now()
    from unnest(
      ${sql.param(skipped.map((row) => row.id))}::uuid[],
      ${sql.param(skipped.map((row) => row.reason))}::text[]
    ) as s(id, reason)
    where ${digestDeliveries.id} = s.id and ${digestDeliveries.status} = 'planned'`);
}

/** Finishes a planned row without an email; a row already finished is left alone. */
export async function markDigestSkipped(
  db: Transaction,
  id: string,
  skipped: { reason: DeliverySkipReason; itemCount: number },
): Promise<void> {
  await db
    .update(digestDeliveries)
    .set({ status: "skipped", skipReason: skipped.reason, itemCount: skipped.itemCount })
    .where(and(eq(digestDeliveries.id, id), eq(digestDeliveries.status, "planned")));
}

/**
 * Counts a failed SMTP attempt; the row turns `failed` when the failure is permanent or the attempts are used
 * up, and stays `planned` (for the job's next retry) otherwise. Returns the resulting status.
 */
export async function recordDigestFailure(
  tx: Transaction,
  id: string,
  failure: { error: string; permanent: boolean; maxAttempts: number },
): Promise<DeliveryStatus> {
  const [row] = await tx
    .update(digestDeliveries)
    .set({
      attempts: sql`${digestDeliveries.attempts} + 1`,
      lastError: failure.error.slice(0, 500),
      permanentFailure: failure.permanent,
      status: failure.permanent
        ? "failed"
        : sql`case when ${digestDeliveries.attempts} + 1 >= ${failure.maxAttempts} then 'failed' else 'planned' end`,
    })
    .where(eq(digestDeliveries.id, id))
    .returning({ status: digestDeliveries.status });
  return row?.status ?? "failed";
}

/** How a week's digests went, per status: the first thing an admin looks at. */
export async function countDigestDeliveries(
  db: Executor,
  weekKey: string,
): Promise<Record<DeliveryStatus, number>> {
  const rows = await db
    .select({ status: digestDeliveries.status, count: count() })
    .from(digestDeliveries)
    .where(eq(digestDeliveries.weekKey, weekKey))
    .groupBy(digestDeliveries.status);
  const counts: Record<DeliveryStatus, number> = { planned: 0, sent: 0, failed: 0, skipped: 0 };
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

/** A page of a week's rows of one status with the recipient's address, in planning order. */
export async function listDigestDeliveries(
  db: Executor,
  filter: { weekKey: string; status: DeliveryStatus; limit: number; afterId?: string | undefined },
) {
  return db
    .select({
      id: digestDeliveries.id,
      userId: digestDeliveries.userId,
      email: users.email,
      status: digestDeliveries.status,
      attempts: digestDeliveries.attempts,
      lastError: digestDeliveries.lastError,
      permanentFailure: digestDeliveries.permanentFailure,
      skipReason: digestDeliveries.skipReason,
      itemCount: digestDeliveries.itemCount,
      messageId: digestDeliveries.messageId,
      plannedAt: digestDeliveries.plannedAt,
      sentAt: digestDeliveries.sentAt,
      updatedAt: digestDeliveries.updatedAt,
    })
    .from(digestDeliveries)
    .innerJoin(users, eq(users.id, digestDeliveries.userId))
    .where(
      and(
        eq(digestDeliveries.weekKey, filter.weekKey),
        eq(digestDeliveries.status, filter.status),
        filter.afterId ? gt(digestDeliveries.id, filter.afterId) : undefined,
      ),
    )
    .orderBy(digestDeliveries.id)
    .limit(filter.limit);
}

/** The week most recently planned, the admin overview's default. */
export async function latestDigestWeek(db: Executor): Promise<string | undefined> {
  const [row] = await db
    .select({ weekKey: digestDeliveries.weekKey })
    .from(digestDeliveries)
    .orderBy(desc(digestDeliveries.plannedAt))
    .limit(1);
  return row?.weekKey;
}
