// Applies the pending search_outbox rows to both indexes and queues the matching each indexed change sets off:
// forward matching for every open request written, reverse matching for every supplier written. Safe to run any
// time, any number of times (`drainSearchOutbox` holds the guarantees).
//
// Why matching starts here and not when the change commits: a run reads the other side from its index, so it
// must start after its own side is searchable. Then, for a request R and a supplier S changed at about the same
// time, whichever of the two reached its index last is matched after the other was already searchable: R's run
// finds S, or S's run finds R, in every interleaving. And since the outbox row is marked processed only after the
// job was queued, a Redis outage delays the matching; it cannot lose it.
import type { JobPayload } from "@ketnoi/jobs";
import type { DrainResult } from "../indexing/drain-search-outbox.js";
import { syncRequestIndex } from "../indexing/sync-request-index.js";
import { syncSupplierIndex } from "../indexing/sync-supplier-index.js";
import type { JobContext } from "../job-context.js";

export async function syncSearchIndex(
  _payload: JobPayload<"sync-search-index">,
  context: JobContext,
): Promise<{ suppliers: DrainResult; requests: DrainResult }> {
  // Requests first: a publish waits on this run, and the request index is small.
  const requests = await syncRequestIndex({
    db: context.db,
    search: context.search,
    indexName: context.requestIndexName,
    now: context.now,
    onIndexed: (indexed) =>
      context.queues.enqueueMany(
        "match-sourcing-request",
        indexed.map(({ id, version }) => ({ requestId: id, version })),
      ),
  });
  const suppliers = await syncSupplierIndex({
    db: context.db,
    search: context.search,
    indexName: context.supplierIndexName,
    now: context.now,
    onIndexed: (indexed) =>
      context.queues.enqueueMany(
        "match-supplier-to-requests",
        indexed.map(({ id, version }) => ({ supplierId: id, version })),
      ),
  });
  return { suppliers, requests };
}
