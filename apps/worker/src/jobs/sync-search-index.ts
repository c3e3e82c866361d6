// Applies the pending search_outbox rows to both indexes and queues the matching each change sets off: forward
// matching for every open request read, reverse matching for every supplier written. Safe to run any time, any
// number of times (`drainSearchOutbox` holds the guarantees).
//
// The API queues a request's forward matching itself, through the job outbox written with the change, so a
// publish's matches wait neither for this run nor for the request's own index write. The hand-over here stays as
// the backstop for request writes made elsewhere (scripts, a route that forgets); it collapses into the job the
// API queued (same job id).
//
// The order that keeps every pair: for a request R and a supplier S changed at about the same time, one of the two
// runs must see the other. R's run reads only the supplier index and starts after R committed. A supplier's run
// reads the request index, so it starts after its own document is searchable, and first waits until every
// request change committed before it started has reached the index (`requestIndexCaughtUp`). Then if R's run
// read before S was searchable, S's run started later, after R had committed, and finds R: no interleaving loses
// a pair. And since the outbox row is marked processed only after the job was queued, a Redis outage delays the
// matching; it cannot lose it.
import type { JobPayload } from "@ketnoi/jobs";
import type { DrainResult } from "../indexing/drain-search-outbox.js";
import { type OpenRequestVersion, syncRequestIndex } from "../indexing/sync-request-index.js";
import { syncSupplierIndex } from "../indexing/sync-supplier-index.js";
import type { JobContext } from "../job-context.js";

export async function syncSearchIndex(
  _payload: JobPayload<"sync-search-index">,
  context: JobContext,
): Promise<{ suppliers: DrainResult; requests: DrainResult }> {
  const queueMatching = (open: OpenRequestVersion[]) =>
    context.queues.enqueueMany(
      "match-sourcing-request",
      open.map(({ id, version }) => ({ requestId: id, version })),
    );
  // Requests first: a publish waits on this run, and the request index is small.
  const requests = await syncRequestIndex({
    db: context.db,
    search: context.search,
    indexName: context.requestIndexName,
    now: context.now,
    onOpenRequests: queueMatching,
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
