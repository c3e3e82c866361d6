// Drains the supplier rows of search_outbox into the supplier index (`drainSearchOutbox` holds the guarantees),
// telling the caller which suppliers each confirmed batch wrote.
import { type Database, supplierRepository } from "@ketnoi/db";
import { assertSucceeded, type SearchHandle, supplierDocument } from "@ketnoi/search";
import { type DrainResult, drainSearchOutbox, indexTaskWait } from "./drain-search-outbox.js";

export interface IndexedSupplier {
  id: string;
  version: number;
}

export function syncSupplierIndex(input: {
  db: Database;
  search: SearchHandle;
  indexName: string;
  now: () => Date;
  batchSize?: number;
  /** Called after each batch is confirmed in the index, with the suppliers written (for reverse matching). */
  onIndexed?: (suppliers: IndexedSupplier[]) => Promise<void>;
}): Promise<DrainResult> {
  const { db, search, indexName, now } = input;
  return drainSearchOutbox({
    db,
    entity: "supplier",
    now,
    batchSize: input.batchSize ?? 1000,
    write: async (ids) => {
      const result = await writeSuppliers(db, search, indexName, ids, now());
      await input.onIndexed?.(result.indexed);
      return { written: result.written, removed: result.deleted };
    },
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
      await index.addDocuments(documents, { primaryKey: "id" }).waitTask(indexTaskWait),
      "indexing suppliers",
    );
  }
  const found = new Set(rows.map((row) => row.supplier.id));
  const gone = ids.filter((id) => !found.has(id));
  if (gone.length > 0)
    assertSucceeded(await index.deleteDocuments(gone).waitTask(indexTaskWait), "removing suppliers");
  return {
    written: documents.length,
    deleted: gone.length,
    indexed: documents.map((doc) => ({ id: doc.id, version: doc.version })),
  };
}
