// Applies the pending search_outbox rows to both indexes and queues the reverse matching of every supplier
// written. Safe to run any time, any number of times (`drainSearchOutbox` holds the guarantees).
import type { JobPayload } from "@ketnoi/jobs";
import type { DrainResult } from "../indexing/drain-search-outbox.js";
import { syncRequestIndex } from "../indexing/sync-request-index.js";
import { syncSupplierIndex } from "../indexing/sync-supplier-index.js";
import type { JobContext } from "../job-context.js";

export async function syncSearchIndex(
  _payload: JobPayload<"sync-search-index">,
  context: JobContext,
): Promise<{ suppliers: DrainResult; requests: DrainResult }> {
  // Requests first: the reverse matching queued for the suppliers below must find requests published meanwhile.
  const requests = await syncRequestIndex({
    db: context.db,
    search: context.search,
    indexName: context.requestIndexName,
    now: context.now,
  });
  const suppliers = await syncSupplierIndex({
    db: context.db,
    search: context.search,
    indexName: context.supplierIndexName,
    now: context.now,
    // Each supplier written is matched against the open requests once its change is searchable too.
    onIndexed: (indexed) =>
      context.queues.enqueueMany(
        "match-supplier-to-requests",
        indexed.map(({ id, version }) => ({ supplierId: id, version })),
      ),
  });
  return { suppliers, requests };
}
