// Drains the request rows of search_outbox into the open-requests index: open requests are written, any other
// status (or a deleted row) is removed. Same guarantees as the supplier sync: marked processed only after
// Meilisearch confirmed, one run at a time.
import {
  type Database,
  searchOutboxRepository,
  sourcingRequestRepository,
  tryTransactionLock,
} from "@ketnoi/db";
import { assertSucceeded, requestDocument, type SearchHandle } from "@ketnoi/search";

const lockKey = 73_120_002;

export async function syncRequestIndex(input: {
  db: Database;
  search: SearchHandle;
  indexName: string;
  now: () => Date;
  batchSize?: number;
}): Promise<{ synced: number; removed: number; skipped?: "another run holds the lock" }> {
  const { db, search, indexName, now } = input;
  const batchSize = input.batchSize ?? 1000;
  return db.transaction(async (tx) => {
    if (!(await tryTransactionLock(tx, lockKey)))
      return { synced: 0, removed: 0, skipped: "another run holds the lock" as const };
    let synced = 0;
    let removed = 0;
    for (;;) {
      const pending = await searchOutboxRepository.pendingSearchSync(db, "request", batchSize);
      if (pending.length === 0) break;
      const ids = [...new Set(pending.map((row) => row.entityId))];
      const upToId = Math.max(...pending.map((row) => row.id));
      try {
        const rows = await sourcingRequestRepository.findSourcingRequestsByIds(db, ids);
        const documents = rows.map(requestDocument).filter((doc) => doc !== null);
        const keep = new Set(documents.map((doc) => doc.id));
        const gone = ids.filter((id) => !keep.has(id));
        const index = search.client.index(indexName);
        if (documents.length > 0) {
          assertSucceeded(
            await index.addDocuments(documents, { primaryKey: "id" }).waitTask(),
            "indexing requests",
          );
        }
        if (gone.length > 0) {
          assertSucceeded(await index.deleteDocuments(gone).waitTask(), "removing requests");
        }
        synced += documents.length;
        removed += gone.length;
      } catch (error) {
        await searchOutboxRepository.recordSearchSyncError(
          db,
          pending.map((row) => row.id),
          error instanceof Error ? error.message : String(error),
        );
        throw error;
      }
      await searchOutboxRepository.markSearchSyncProcessed(db, "request", ids, upToId, now());
    }
    return { synced, removed };
  });
}
