// The reverse direction of matching: after a supplier's profile changed, find the open requests it now fits (or
// no longer fits) and update their match rows, scored exactly as the forward job would score this supplier: same
// candidate facts, same retrieval rule (categories or words, the match reach), same text relevance.
import {
  requestMatchRepository,
  type SourcingRequest,
  searchOutboxRepository,
  sourcingRequestRepository,
  supplierRepository,
} from "@ketnoi/db";
import {
  distanceKm,
  hcmcDate,
  matchReachKm,
  mayFitByWordsAlone,
  rankMatches,
  supplierWordKeys,
  textRelevance,
} from "@ketnoi/domain";
import type { JobPayload } from "@ketnoi/jobs";
import { openRequestIdsFor, openRequestsByWordsFor, otherTradeLimit } from "@ketnoi/search";
import type { JobContext } from "../job-context.js";
import {
  matchCandidateOf,
  mayMatch,
  prepareRequest,
  prepareSupplier,
  responsivenessOfSuppliers,
} from "../matching/match-candidates.js";

/** Requests loaded from Postgres per query. */
const pageSize = 1000;

export type SupplierMatchRunResult =
  | { skipped: "version_moved" }
  | { requests: number; matches: number; nearMisses: number; removed: number };

/**
 * How long a run waits for request changes committed before it to reach the request index, and how often it
 * looks; past that it fails and is retried (the catalog's backoff), as when Meilisearch is away.
 */
const requestIndexWait = { timeoutMs: 10_000, intervalMs: 25 };

/**
 * Waits until every request change written before `startedAt` is in the request index. A request's own matching
 * runs before its index write (sync-search-index), so it may have read the supplier index just before this
 * supplier reached it; this run, which started after that, must then find the request.
 */
async function requestIndexCaughtUp(context: JobContext, startedAt: Date): Promise<void> {
  const deadline = Date.now() + requestIndexWait.timeoutMs;
  while (await searchOutboxRepository.hasPendingSearchSyncBefore(context.db, "request", startedAt)) {
    if (Date.now() > deadline)
      throw new Error("request changes committed before this run are not in the request index yet");
    await new Promise((resolve) => setTimeout(resolve, requestIndexWait.intervalMs));
  }
}

export async function matchSupplierToRequests(
  payload: JobPayload<"match-supplier-to-requests">,
  context: JobContext,
): Promise<SupplierMatchRunResult> {
  // This run started after the supplier reached its index (sync-search-index queues it then).
  const startedAt = await requestMatchRepository.databaseNow(context.db);
  const [row] = await supplierRepository.loadSuppliersWithZones(context.db, [payload.supplierId]);
  const previouslyMatched = await requestMatchRepository.openRequestIdsMatchedTo(
    context.db,
    payload.supplierId,
  );
  // Deleted: its rows went with it (cascade). Paused: it leaves every open request it had not answered.
  if (row?.supplier.status !== "active") {
    await context.db.transaction((tx) =>
      requestMatchRepository.applySupplierMatches(tx, payload.supplierId, [], previouslyMatched),
    );
    return { requests: 0, matches: 0, nearMisses: 0, removed: previouslyMatched.length };
  }
  const supplier = row.supplier;
  if (supplier.version !== payload.version) return { skipped: "version_moved" };

  const now = context.now();
  await requestIndexCaughtUp(context, startedAt);
  const preparedSupplier = prepareSupplier(supplier);
  // As the forward run finds suppliers of any trade by the request's words (soft retrieval), this run finds the
  // requests of other trades its words fit well enough to be kept, judged on the query text the index holds,
  // before any is loaded. As many as the forward run takes suppliers of other trades, the best fits first (then
  // by id, so reruns agree): a supplier whose words half-cover hundreds of requests (a common material and a
  // number) is not written onto all of them.
  const byWords = (
    await openRequestsByWordsFor(context.search, context.requestIndexName, {
      supplier,
      wordKeys: supplierWordKeys(preparedSupplier.words),
      now,
    })
  )
    .map((request) => ({ id: request.id, fit: textRelevance(request.queryText, preparedSupplier.words) }))
    .filter((request) => mayFitByWordsAlone(request.fit))
    .sort((a, b) => b.fit - a.fit || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, otherTradeLimit);
  // The requests it was matched to stay in the run even when it no longer fits them: this run decides whether
  // the match still holds.
  const ids = [
    ...new Set([
      ...(await openRequestIdsFor(context.search, context.requestIndexName, { supplier, now })),
      ...byWords.map((request) => request.id),
      ...previouslyMatched,
    ]),
  ];
  const requests: SourcingRequest[] = [];
  for (let i = 0; i < ids.length; i += pageSize) {
    const found = await sourcingRequestRepository.findSourcingRequestsByIds(
      context.db,
      ids.slice(i, i + pageSize),
    );
    // The index may lag Postgres: the row decides, with the same distance cut as the forward retrieval.
    for (const request of found) {
      if (!sourcingRequestRepository.isOpenToSuppliers(request)) continue;
      if (request.quoteDeadline.getTime() <= now.getTime()) continue;
      if (!mayMatch(supplier, request)) continue;
      const km = distanceKm({ lat: request.lat, lng: request.lng }, supplier);
      const reachKm = matchReachKm(request.maxDistanceKm);
      if (reachKm !== null && km > reachKm) continue;
      requests.push(request);
    }
  }

  const responsiveness = (await responsivenessOfSuppliers(context.db, [supplier.id], now)).get(supplier.id);
  const today = hcmcDate(now);
  const fits: Parameters<typeof requestMatchRepository.applySupplierMatches>[2][number][] = [];
  for (const request of requests) {
    const prepared = prepareRequest(request);
    const candidate = matchCandidateOf(preparedSupplier, prepared, responsiveness ?? null);
    const [ranked] = rankMatches(prepared.facts, [candidate], { today });
    if (!ranked) continue;
    fits.push({
      requestId: request.id,
      requestVersion: request.version,
      result: {
        supplierId: supplier.id,
        verdict: ranked.verdict === "match" ? "match" : "near_miss",
        score: ranked.score,
        explanation: ranked.explanation,
        components: ranked.components,
      },
    });
  }
  const fitting = new Set(fits.map((f) => f.requestId));
  const noLongerFits = previouslyMatched.filter((id) => !fitting.has(id));
  await context.db.transaction(async (tx) => {
    await requestMatchRepository.applySupplierMatches(tx, supplier.id, fits, noLongerFits);
  });
  // The requests it matches: its people hear the same day of those they were not told of yet. All of them, not
  // only those new to this run, so a rerun after a commit whose enqueue failed still alerts; the ledger tells
  // each person of each request once.
  const newlyMatched = fits.filter((f) => f.result.verdict === "match").map((f) => f.requestId);
  if (newlyMatched.length > 0) {
    await context.queues.enqueue("alert-supplier-matches", {
      supplierId: supplier.id,
      version: payload.version,
      requestIds: newlyMatched.slice(0, 10_000),
    });
  }
  return {
    requests: requests.length,
    matches: fits.filter((f) => f.result.verdict === "match").length,
    nearMisses: fits.filter((f) => f.result.verdict === "near_miss").length,
    removed: noLongerFits.length,
  };
}
