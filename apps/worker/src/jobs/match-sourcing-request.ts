// Finds the suppliers for an open sourcing request: Meilisearch retrieves candidates, Postgres supplies their
// current facts, `rankMatches` scores them, and the results replace the request's stored matches.
//
// Who can match: paused suppliers never do (they are not searchable: the filter keeps `status = "active"` and the
// rows are checked again, as the index may lag a pause). Unverified suppliers do: verification is one small score
// component, because most of the supplier base is imported and unverified, and hiding it would leave buyers with
// nothing. A request never matches its own organisation's supplier profile.
import {
  requestMatchRepository,
  type SourcingRequest,
  sourcingRequestRepository,
  supplierRepository,
} from "@ketnoi/db";
import {
  expandCategoryCodes,
  getCategory,
  hcmcDate,
  type MatchCandidate,
  type MatchRequest,
  type RankedMatch,
  rankMatches,
} from "@ketnoi/domain";
import type { JobPayload } from "@ketnoi/jobs";
import { quoteFilterValue, type SupplierDocument, supplierSearchFilter } from "@ketnoi/search";
import type { JobContext } from "../handlers.js";

/** Meilisearch reads only the first 10 query words; the rest would be silently ignored. */
const maxQueryWords = 10;
const candidateLimit = 200;
/** Kept per verdict: enough for the buyer to choose from, small enough to store on every edit. */
const keepPerVerdict = 50;
/** Suppliers up to this multiple of the buyer's limit are retrieved, so "slightly too far" shows as a near miss. */
const retrievalDistanceFactor = 2;

export type MatchRunResult =
  | { skipped: "not_found" | "not_open" | "version_moved" }
  | { matches: number; nearMisses: number; candidates: number };

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();

/** Materials the buyer named, as written: "ABS, PC / PP" gives three terms. */
function materialTerms(request: SourcingRequest): string[] {
  return (request.specification.material ?? "")
    .split(/[,;/+]| và | and /i)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
}

/**
 * The request's key terms: what it is (category names in both languages, since suppliers write in either) and
 * what it is made of. The description is left out: it is long, and only the first words would count.
 */
export function requestKeyTerms(request: SourcingRequest): string[] {
  const names = request.categories.flatMap((code) => {
    const category = getCategory(code);
    return category ? [category.nameVi, category.nameEn] : [];
  });
  // The first category's names, then materials (the most telling words), then the other categories.
  return [...new Set([...names.slice(0, 2), ...materialTerms(request), ...names.slice(2)])];
}

export function matchQueryText(terms: readonly string[]): string {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const word of terms.flatMap((term) => term.split(/\s+/))) {
    const key = fold(word);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === maxQueryWords) break;
  }
  return words.join(" ");
}

function matchRequestOf(request: SourcingRequest, keyTerms: string[]): MatchRequest {
  return {
    categories: request.categories,
    requiredCertifications: request.requiredCertifications,
    delivery: { lat: request.lat, lng: request.lng },
    maxDistanceKm: request.maxDistanceKm,
    quantity: request.quantity,
    monthlyVolume: request.monthlyVolume ?? undefined,
    neededBy: request.neededBy,
    keyTerms,
  };
}

type Hit = Pick<SupplierDocument, "id"> & { _rankingScore?: number };

async function retrieveCandidates(
  request: SourcingRequest,
  queryText: string,
  context: JobContext,
): Promise<Map<string, number>> {
  const filter = supplierSearchFilter({
    text: queryText,
    categories: expandCategoryCodes(request.categories).codes,
    // Not filtered: a supplier missing a certificate is shown as a near miss, so it knows what to fix.
    certifications: [],
    verifiedOnly: false,
    languages: [],
    near: { lat: request.lat, lng: request.lng, radiusKm: retrievalDistanceFactor * request.maxDistanceKm },
    sort: "relevance",
    facets: false,
    page: 1,
    hitsPerPage: candidateLimit,
  });
  filter.push(`organizationId != ${quoteFilterValue(request.organizationId)}`);
  // Two searches: the text one ranks, the placeholder one makes sure a supplier whose profile shares no word
  // with the query is still a candidate (with no text relevance) rather than silently missing.
  const common = { indexUid: context.supplierIndexName, filter, limit: candidateLimit };
  const { results } = await context.search.client.multiSearch({
    queries: [
      { ...common, q: queryText, showRankingScore: true, matchingStrategy: "frequency" },
      { ...common, q: "", attributesToRetrieve: ["id"] },
    ],
  });
  const relevance = new Map<string, number>();
  for (const hit of (results[0]?.hits ?? []) as Hit[]) relevance.set(hit.id, hit._rankingScore ?? 0);
  for (const hit of (results[1]?.hits ?? []) as Hit[]) if (!relevance.has(hit.id)) relevance.set(hit.id, 0);
  return relevance;
}

function termsFoundIn(terms: readonly string[], texts: readonly (string | null)[]): string[] {
  const haystack = fold(texts.filter((t) => t !== null).join(" \n "));
  return terms.filter((term) => haystack.includes(fold(term)));
}

export async function matchSourcingRequest(
  payload: JobPayload<"match-sourcing-request">,
  context: JobContext,
): Promise<MatchRunResult> {
  const request = await sourcingRequestRepository.findSourcingRequestById(context.db, payload.requestId);
  if (!request) return { skipped: "not_found" };
  if (request.status !== "open") return { skipped: "not_open" };
  if (request.version !== payload.version) return { skipped: "version_moved" };

  const keyTerms = requestKeyTerms(request);
  const relevance =
    request.categories.length > 0
      ? await retrieveCandidates(request, matchQueryText(keyTerms), context)
      : new Map<string, number>();
  const rows = await supplierRepository.loadSuppliersWithZones(context.db, [...relevance.keys()]);
  const shownTerms = [...materialTerms(request), ...request.inferredCategories.flatMap((c) => c.terms)];
  const candidates: MatchCandidate[] = rows
    .filter(
      ({ supplier }) => supplier.status === "active" && supplier.organizationId !== request.organizationId,
    )
    .map(({ supplier }) => ({
      id: supplier.id,
      categories: supplier.categories,
      certifications: supplier.certifications.map((c) => ({ code: c.code, expiresOn: c.expiresOn })),
      lat: supplier.lat,
      lng: supplier.lng,
      deliveryRadiusKm: supplier.deliveryRadiusKm,
      monthlyCapacity: supplier.monthlyCapacity,
      moq: supplier.moq,
      leadTimeDays: supplier.leadTimeDays,
      verified: supplier.verificationStatus === "verified",
      textRelevance: relevance.get(supplier.id) ?? 0,
      matchedTerms: termsFoundIn(shownTerms, [
        supplier.descriptionVi,
        supplier.descriptionEn,
        ...supplier.materials,
        ...supplier.processes,
        ...supplier.exampleProducts,
      ]),
      responsiveness: null,
    }));

  const ranked = rankMatches(matchRequestOf(request, keyTerms), candidates, {
    today: hcmcDate(context.now()),
  });
  const keep = (verdict: RankedMatch["verdict"]) =>
    ranked.filter((r) => r.verdict === verdict).slice(0, keepPerVerdict);
  const kept = [...keep("match"), ...keep("near_miss")];

  const stored = await context.db.transaction(async (tx) => {
    // Checked again under the row lock: an edit committed since the first read has queued its own run.
    const current = await sourcingRequestRepository.findSourcingRequestForUpdate(tx, request.id);
    if (current?.status !== "open" || current.version !== payload.version) return false;
    await requestMatchRepository.replaceMatchesForRequest(
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
    );
    return true;
  });
  if (!stored) return { skipped: "version_moved" };
  return {
    matches: kept.filter((r) => r.verdict === "match").length,
    nearMisses: kept.filter((r) => r.verdict === "near_miss").length,
    candidates: candidates.length,
  };
}
