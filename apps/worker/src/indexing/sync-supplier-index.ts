// Drains search_outbox into the supplier index. Rows are marked processed only after Meilisearch reports the
// write succeeded; when Meilisearch is down the job fails, rows stay pending, and a retry or the next scheduled
// run converges. One run at a time (advisory lock): two runs could otherwise write an older state last.
import { type Database, searchOutboxRepository, supplierRepository, tryTransactionLock } from "@ketnoi/db";
import { assertSucceeded, type SearchHandle, supplierDocument } from "@ketnoi/search";

const lockKey = 73_120_001;

export interface IndexedSupplier {
  id: string;
  version: number;
}

export interface SyncResult {
  synced: number;
  deleted: number;
  skipped?: "another run holds the lock";
}

export async function syncSupplierIndex(input: {
  db: Database;
  search: SearchHandle;
  indexName: string;
  now: () => Date;
  batchSize?: number;
  /** Called after each batch is confirmed in the index, with the suppliers written (for reverse matching). */
  onIndexed?: (suppliers: IndexedSupplier[]) => Promise<void>;
}): Promise<SyncResult> {
  const { db, search, indexName, now } = input;
  const batchSize = input.batchSize ?? 1000;
  return db.transaction(async (tx) => {
    if (!(await tryTransactionLock(tx, lockKey)))
      return { synced: 0, deleted: 0, skipped: "another run holds the lock" as const };
    let synced = 0;
    let deleted = 0;
    for (;;) {
      // Outbox reads and marks go through `db`, not `tx`: progress must stick even if a later batch fails.
      const pending = await searchOutboxRepository.pendingSearchSync(db, "supplier", batchSize);
      if (pending.length === 0) break;
      const ids = [...new Set(pending.map((row) => row.entityId))];
      const upToId = Math.max(...pending.map((row) => row.id));
      try {
        const result = await writeSuppliers(db, search, indexName, ids, now());
        synced += result.written;
        deleted += result.deleted;
        await input.onIndexed?.(result.indexed);
      } catch (error) {
        await searchOutboxRepository.recordSearchSyncError(
          db,
          pending.map((row) => row.id),
          error instanceof Error ? error.message : String(error),
        );
        throw error;
      }
      await searchOutboxRepository.markSearchSyncProcessed(db, "supplier", ids, upToId, now());
    }
    return { synced, deleted };
  });
}

/** Writes the current state of the given suppliers; ids no longer in Postgres are removed from the index. */
export async function writeSuppliers(
  db: Database,
  search: SearchHandle,
  indexName: string,
  ids: string[],
  now: Date,
): Promise<{ written: number; deleted: number; indexed: IndexedSupplier[] }> {
  const rows = await supplierRepository.loadSuppliersWithZones(db, ids);
  const index = search.client.index(indexName);
  const documents = rows.map((row) => supplierDocument(row.supplier, row.zone ?? undefined, now));
  if (documents.length > 0) {
    assertSucceeded(
      await index.addDocuments(documents, { primaryKey: "id" }).waitTask(),
      "indexing suppliers",
    );
  }
  const found = new Set(rows.map((row) => row.supplier.id));
  const gone = ids.filter((id) => !found.has(id));
  if (gone.length > 0) assertSucceeded(await index.deleteDocuments(gone).waitTask(), "removing suppliers");
  return {
    written: documents.length,
    deleted: gone.length,
    indexed: documents.map((doc) => ({ id: doc.id, version: doc.version })),
  };
}
