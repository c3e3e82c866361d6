// Finds the suppliers for an open sourcing request: Meilisearch retrieves candidates, Postgres supplies their
// current facts, `rankMatches` scores them, and the results replace the request's stored matches. Who may match
// is `mayMatch` (paused suppliers never, the buyer's own organisation never).
import { requestMatchRepository, sourcingRequestRepository, supplierRepository } from "@ketnoi/db";
import { hcmcDate, needExceedsMostCapacities, type RankedMatch, rankMatches } from "@ketnoi/domain";
import type { JobPayload } from "@ketnoi/jobs";
import { candidateSupplierIds } from "@ketnoi/search";
import type { JobContext } from "../job-context.js";
import {
  matchCandidateOf,
  mayMatch,
  prepareRequest,
  prepareSupplier,
  responsivenessOfSuppliers,
} from "../matching/match-candidates.js";

/** Suppliers retrieved per query (`candidateSupplierIds`), so at most twice as many are scored. */
const candidateLimit = 200;
/** Kept per verdict: enough for the buyer to choose from, small enough to store on every edit. */
const keepPerVerdict = 50;

export type MatchRunResult =
  | { skipped: "not_found" | "not_open" | "version_moved" }
  | { matches: number; nearMisses: number; candidates: number };

export async function matchSourcingRequest(
  payload: JobPayload<"match-sourcing-request">,
  context: JobContext,
): Promise<MatchRunResult> {
  // The clock is read with the request, before anything else: rows the reverse direction writes after this point
  // rest on newer facts.
  const { request, databaseNow: startedAt } =
    await sourcingRequestRepository.findSourcingRequestAtDatabaseNow(context.db, payload.requestId);
  if (!request) return { skipped: "not_found" };
  // Hidden by moderation: no supplier is matched to it (the rows it had stay, unseen, for the audit trail).
  if (!sourcingRequestRepository.isOpenToSuppliers(request)) return { skipped: "not_open" };
  if (request.version !== payload.version) return { skipped: "version_moved" };

  const prepared = prepareRequest(request);
  const candidateIds = await candidateSupplierIds(context.search, context.supplierIndexName, {
    request,
    queryText: prepared.queryText,
    limit: candidateLimit,
  });
  const now = context.now();
  // Both reads need only the ids: one round trip's wait instead of two.
  const [loaded, responsiveness] = await Promise.all([
    supplierRepository.loadSuppliersWithZones(context.db, candidateIds),
    responsivenessOfSuppliers(context.db, candidateIds, now),
  ]);
  const rows = loaded.filter(({ supplier }) => mayMatch(supplier, request));
  const candidates = rows.map(({ supplier }) =>
    matchCandidateOf(prepareSupplier(supplier), prepared, responsiveness.get(supplier.id) ?? null),
  );

  // Judged from this run's candidates and stored with its rows, so the reverse direction scores alike.
  const splitVolume = needExceedsMostCapacities(
    prepared.facts.monthlyVolume ?? prepared.facts.quantity,
    candidates.map((candidate) => candidate.monthlyCapacity),
  );
  const ranked = rankMatches({ ...prepared.facts, splitVolume }, candidates, { today: hcmcDate(now) });
  const keep = (verdict: RankedMatch["verdict"]) =>
    ranked.filter((r) => r.verdict === verdict).slice(0, keepPerVerdict);
  const kept = [...keep("match"), ...keep("near_miss")];

  const stored = await context.db.transaction(async (tx) => {
    // Checked again under the row lock: an edit committed since the first read has queued its own run.
    const current = await sourcingRequestRepository.findSourcingRequestForUpdate(tx, request.id);
    if (current?.status !== "open" || current.version !== payload.version) return false;
    // Sent together with the rows (postgres.js pipelines a transaction's statements): one wait, not two.
    await Promise.all([
      current.splitVolume !== splitVolume
        ? sourcingRequestRepository.recordSplitVolume(tx, request.id, splitVolume)
        : undefined,
      requestMatchRepository.replaceMatchesForRequest(
        tx,
        request.id,
        payload.version,
        kept.map((r) => ({
          supplierId: r.id,
          verdict: r.verdict === "match" ? "match" : "near_miss",
          score: r.score,
          explanation: r.explanation,
          components: r.components,
        })),
        startedAt,
      ),
    ]);
    return true;
  });
  if (!stored) return { skipped: "version_moved" };
  // After the commit: the alert job reads the stored matches. Retried with this job if Redis refuses it.
  if (kept.some((r) => r.verdict === "match")) {
    await context.queues.enqueue("alert-request-matches", {
      requestId: request.id,
      version: payload.version,
    });
  }
  return {
    matches: kept.filter((r) => r.verdict === "match").length,
    nearMisses: kept.filter((r) => r.verdict === "near_miss").length,
    candidates: candidates.length,
  };
}
