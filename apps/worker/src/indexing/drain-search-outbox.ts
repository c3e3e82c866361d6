// The drain loop both index syncs share. Rows are marked processed only after the index confirmed the write (and
// whatever the write sets off, such as matching, was queued); when Meilisearch or Redis is down the write throws,
// the rows keep the error and stay pending, and a retry or the next scheduled run converges. One run per entity at
// a time (a transaction-scoped advisory lock): two runs could otherwise write an older state last. A second run
// waits for the lock rather than giving up, because it may have been queued for rows the first one had already
// looked past.
import {
  type Database,
  searchOutboxRepository,
  takeTransactionLock,
  withoutQueryParameters,
} from "@ketnoi/db";

type OutboxEntity = searchOutboxRepository.OutboxEntity;

/**
 * How the syncs wait for Meilisearch to confirm a write: matching waits on that confirmation, and the client's
 * default (a task status read every 50 ms) adds 25 ms on average to every publish → matches. A status read is
 * one cheap GET; the timeout stays the client's.
 */
export const indexTaskWait = { interval: 10 } as const;

/** The transaction-scoped advisory lock that makes a drain the only writer of its index (tests hold it to stall one). */
export const searchDrainLockKeys: Record<OutboxEntity, number> = {
  supplier: 73_120_001,
  request: 73_120_002,
};

export interface DrainResult {
  /** Documents written to the index. */
  synced: number;
  /** Documents removed from it (the row is gone, or no longer belongs in the index). */
  removed: number;
}

/**
 * Feeds the pending outbox rows of `entity` to `write`, a batch of distinct ids at a time, until none are left.
 * `write` puts the entities' current state in the index and resolves only once the index confirmed it.
 */
export async function drainSearchOutbox(input: {
  db: Database;
  entity: OutboxEntity;
  now: () => Date;
  batchSize: number;
  write: (ids: string[]) => Promise<{ written: number; removed: number }>;
}): Promise<DrainResult> {
  const { db, entity, now } = input;
  return db.transaction(async (tx) => {
    await takeTransactionLock(tx, searchDrainLockKeys[entity]);
    let synced = 0;
    let removed = 0;
    for (;;) {
      // Outbox reads and marks go through `db`, not `tx`: progress must stick even if a later batch fails.
      const pending = await searchOutboxRepository.pendingSearchSync(db, entity, input.batchSize);
      if (pending.length === 0) break;
      const ids = [...new Set(pending.map((row) => row.entityId))];
      const upToId = Math.max(...pending.map((row) => row.id));
      try {
        const result = await input.write(ids);
        synced += result.written;
        removed += result.removed;
      } catch (thrown) {
        const error = withoutQueryParameters(thrown);
        await db
          .transaction((marks) =>
            searchOutboxRepository.recordSearchSyncError(
              marks,
              pending.map((row) => row.id),
              error instanceof Error ? error.message : String(error),
            ),
          )
          // Postgres itself may be what failed; the error to report is the first one.
          .catch(() => undefined);
        throw error;
      }
      await db.transaction((marks) =>
        searchOutboxRepository.markSearchSyncProcessed(marks, entity, ids, upToId, now()),
      );
    }
    return { synced, removed };
  });
}
