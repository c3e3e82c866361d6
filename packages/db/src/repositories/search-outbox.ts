// The outbox between Postgres and Meilisearch: rows are written with the change, read in id order by the sync
// job, and marked processed only once Meilisearch reports the write succeeded.
import { and, asc, count, eq, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import type { Database, Executor, Transaction } from "../client.js";
import { searchOutbox, sourcingRequests } from "../schema/index.js";
import { deleteInBatches } from "./batched-delete.js";

export type OutboxEntity = (typeof searchOutbox.$inferSelect)["entity"];

export async function queueSearchSync(
  db: Transaction,
  entity: OutboxEntity,
  entityIds: string[],
): Promise<void> {
  if (entityIds.length === 0) return;
  await db.insert(searchOutbox).values(entityIds.map((entityId) => ({ entity, entityId })));
}

/**
 * Queues every open request to be written to the request index again, in one statement: after the index's
 * settings changed, its documents may lack what the new settings filter on (the word keys reverse matching uses).
 * Returns how many were queued.
 */
export async function queueOpenRequestsForSync(db: Executor): Promise<number> {
  const queued = await db.execute(
    sql`insert into ${searchOutbox} (${sql.identifier(searchOutbox.entity.name)}, ${sql.identifier(searchOutbox.entityId.name)})
        select 'request', ${sourcingRequests.id} from ${sourcingRequests} where ${sourcingRequests.status} = 'open'
        returning ${searchOutbox.id}`,
  );
  return queued.length;
}

/** The oldest pending changes; the same entity may appear several times (collapsed by the caller). */
export async function pendingSearchSync(db: Executor, entity: OutboxEntity, limit: number) {
  return db
    .select({ id: searchOutbox.id, entityId: searchOutbox.entityId })
    .from(searchOutbox)
    .where(and(eq(searchOutbox.entity, entity), isNull(searchOutbox.processedAt)))
    .orderBy(asc(searchOutbox.id))
    .limit(limit);
}

/**
 * Whether a change of `entity` written before `before` (Postgres's clock) still waits for its index write. A row's
 * `created_at` is its transaction's start, so every change committed before `before` is among those asked about.
 */
export async function hasPendingSearchSyncBefore(
  db: Executor,
  entity: OutboxEntity,
  before: Date,
): Promise<boolean> {
  const [row] = await db
    .select({ id: searchOutbox.id })
    .from(searchOutbox)
    .where(
      and(
        eq(searchOutbox.entity, entity),
        isNull(searchOutbox.processedAt),
        lt(searchOutbox.createdAt, before),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Marks rows processed: those listed, plus older pending rows of the same entities (they were covered by the
 * write of the entity's current state).
 */
export async function markSearchSyncProcessed(
  db: Transaction,
  entity: OutboxEntity,
  entityIds: string[],
  upToId: number,
  at: Date,
): Promise<void> {
  if (entityIds.length === 0) return;
  await db
    .update(searchOutbox)
    .set({ processedAt: at, lastError: null })
    .where(
      and(
        eq(searchOutbox.entity, entity),
        inArray(searchOutbox.entityId, entityIds),
        lte(searchOutbox.id, upToId),
        isNull(searchOutbox.processedAt),
      ),
    );
}

export async function recordSearchSyncError(db: Transaction, ids: number[], message: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(searchOutbox)
    .set({ lastError: message.slice(0, 1000) })
    .where(inArray(searchOutbox.id, ids));
}

export async function countPendingSearchSync(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(searchOutbox).where(isNull(searchOutbox.processedAt));
  return row?.n ?? 0;
}

/**
 * Housekeeping: rows processed before `olderThan` are history. Deleted `batchSize` per statement, so a backlog
 * never becomes one long lock; pending rows (never processed) are kept however old. Returns how many.
 */
export function deleteProcessedSearchSync(db: Database, olderThan: Date, batchSize = 5000): Promise<number> {
  return deleteInBatches(
    db,
    searchOutbox,
    searchOutbox.id,
    sql`${searchOutbox.processedAt} < ${olderThan.toISOString()}`,
    batchSize,
  );
}

/** The newest outbox id (0 when empty): a bookmark for "changes since". */
export async function latestSearchSyncId(db: Executor): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${searchOutbox.id}), 0)::bigint` })
    .from(searchOutbox);
  return Number(row?.id ?? 0);
}

export async function entityIdsQueuedSince(
  db: Executor,
  entity: OutboxEntity,
  afterId: number,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ entityId: searchOutbox.entityId })
    .from(searchOutbox)
    .where(and(eq(searchOutbox.entity, entity), sql`${searchOutbox.id} > ${afterId}`));
  return rows.map((row) => row.entityId);
}
