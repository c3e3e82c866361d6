// Rebuilds the supplier index from Postgres with no moment where search is empty: documents go into a fresh
// index, which is then swapped with the live one in one atomic Meilisearch operation. Changes that arrive while
// the build runs are written to the live index by the sync job; after the swap they are re-applied to the new
// one, so none is lost.
import { type Database, searchOutboxRepository, supplierRepository } from "@ketnoi/db";
import {
  assertSucceeded,
  ensureIndex,
  type SearchHandle,
  supplierDocument,
  supplierIndexSettings,
} from "@ketnoi/search";
import type { EnqueuedTaskPromise } from "meilisearch";
import { writeSuppliers } from "./sync-supplier-index.js";

export async function reindexSuppliers(input: {
  db: Database;
  search: SearchHandle;
  indexName: string;
  now: () => Date;
  pageSize?: number;
  onProgress?: (indexed: number) => void;
}): Promise<{ indexed: number; seconds: number }> {
  const { db, search, indexName, now } = input;
  const started = performance.now();
  const pageSize = input.pageSize ?? 5000;
  const client = search.client;
  const buildName = `${indexName}_build_${Date.now().toString(36)}`;
  const changesFrom = await searchOutboxRepository.latestSearchSyncId(db);

  await ensureIndex(client, indexName, supplierIndexSettings());
  await ensureIndex(client, buildName, supplierIndexSettings());
  const build = client.index(buildName);
  let indexed = 0;
  let afterId: string | undefined;
  const tasks: EnqueuedTaskPromise[] = [];
  for (;;) {
    const page = await supplierRepository.supplierPageAfter(db, afterId, pageSize);
    if (page.length === 0) break;
    const documents = page.map((row) => supplierDocument(row.supplier, row.zone ?? undefined, now()));
    // Meilisearch queues the batches and indexes them in order; waiting for each would only add round trips.
    tasks.push(build.addDocuments(documents, { primaryKey: "id" }));
    indexed += page.length;
    afterId = page[page.length - 1]?.supplier.id;
    input.onProgress?.(indexed);
  }
  // Meilisearch merges queued batches into one task, so the first wait may cover the whole build: minutes at
  // 100,000 suppliers on two cores, far past the client's default wait.
  for (const task of tasks) {
    assertSucceeded(await task.waitTask({ timeout: 30 * 60_000, interval: 500 }), "building the new index");
  }

  assertSucceeded(
    await client.swapIndexes([{ indexes: [indexName, buildName], rename: false }]).waitTask(),
    "swapping indexes",
  );
  assertSucceeded(await client.deleteIndex(buildName).waitTask(), "deleting the old index");

  const changed = await searchOutboxRepository.entityIdsQueuedSince(db, "supplier", changesFrom);
  for (let i = 0; i < changed.length; i += 1000) {
    await writeSuppliers(db, search, indexName, changed.slice(i, i + 1000), now());
  }
  return { indexed, seconds: (performance.now() - started) / 1000 };
}
