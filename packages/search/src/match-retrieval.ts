// Retrieval for matching, in both directions. The search engine only narrows down who is worth scoring (scoring,
// text relevance included, is the domain's); both directions look as far as the match reach, so a supplier found
// one way is found the other way too. Retrieval is soft: a supplier filed under the group above the requested
// trade is a candidate, and so is one of any trade whose words fit the request (scoring keeps it only when they
// fit strongly), so nobody is invisible because of how it was tagged. The reverse direction mirrors both: the open
// requests of a supplier's trades, and those of any trade its words may fit.
import {
  ancestorCategoryCodes,
  expandCategoryCodes,
  matchReachKm,
  maxDeliveryDistanceKm,
} from "@ketnoi/domain";
import type { SearchParams } from "meilisearch";
import type { SearchHandle } from "./client.js";
import { supplierCategoryCodes } from "./supplier-document.js";
import { quoteFilterValue, supplierSearchFilter } from "./supplier-search.js";

/**
 * How Meilisearch treats a candidate that lacks some query words: with "last" it still ranks, lower the more words
 * it lacks, so a supplier that names the material but not the buyer's phrasing keeps some text relevance.
 */
const queryMatchingStrategy = "last" as const;
/** Requests read from the index per page; a supplier in a busy trade may fit thousands. */
const requestPageSize = 1000;
/** Requests read per page by a supplier's words: only ids and query texts, so larger pages cost fewer round trips. */
const wordsPageSize = 10_000;
/**
 * Suppliers of other trades retrieved for a request's words: scoring keeps only strong text fits, so a few suffice.
 * The reverse direction takes as many requests of other trades for a supplier's words, the best fits first.
 */
export const otherTradeLimit = 50;

interface RequestToMatch {
  organizationId: string;
  categories: string[];
  lat: number;
  lng: number;
  /** null: no limit, so retrieval looks at every distance (the nearest first). */
  maxDistanceKm: number | null;
}

interface SupplierToMatch {
  organizationId: string | null;
  categories: string[];
  lat: number;
  lng: number;
}

/** Active suppliers within the request's match reach (anywhere when it has no limit), not the buyer's own. */
function inReachFilter(request: RequestToMatch): string[] {
  const reachKm = matchReachKm(request.maxDistanceKm);
  const filter = supplierSearchFilter({
    categories: [],
    // Not filtered: a supplier missing a certificate is shown as a near miss, so it knows what to fix.
    certifications: [],
    verifiedOnly: false,
    languages: [],
    ...(reachKm !== null && { near: { lat: request.lat, lng: request.lng, radiusKm: reachKm } }),
  });
  filter.push(`organizationId != ${quoteFilterValue(request.organizationId)}`);
  return filter;
}

/**
 * Active suppliers of the request's trades (a group reaches its members) or filed under a group above them (it
 * claims the trade), within its match reach, never of the buyer's own organisation; null when the request names
 * no trade, which no supplier can serve.
 */
export function candidateSuppliersFilter(request: RequestToMatch): string[] | null {
  const categories = expandCategoryCodes(request.categories).codes;
  if (categories.length === 0) return null;
  const groups = ancestorCategoryCodes(categories);
  const trade =
    groups.length > 0
      ? `(categoryCodes IN ${codeList(categories)} OR categories IN ${codeList(groups)})`
      : `categoryCodes IN ${codeList(categories)}`;
  const [active, ...rest] = inReachFilter(request);
  return [active ?? 'status = "active"', trade, ...rest];
}

const codeList = (codes: readonly string[]) => `[${codes.map(quoteFilterValue).join(", ")}]`;

/**
 * The ids of the suppliers worth scoring for a request: the best `limit` text matches for `queryText` among those
 * `candidateSuppliersFilter` admits; (a placeholder search, nearest first when the request has no limit) up to
 * `limit` others it admits, so a supplier whose profile shares no word with the query is still scored rather than
 * silently missing; and the best text matches of any trade within reach, which scoring keeps only when their
 * words fit the request strongly.
 */
export async function candidateSupplierIds(
  search: SearchHandle,
  indexName: string,
  input: { request: RequestToMatch; queryText: string; limit: number },
): Promise<string[]> {
  const filter = candidateSuppliersFilter(input.request);
  if (!filter) return [];
  const common = { filter, limit: input.limit, attributesToRetrieve: ["id"] };
  const nearestFirst =
    input.request.maxDistanceKm === null
      ? { sort: [`_geoPoint(${input.request.lat}, ${input.request.lng}):asc`] }
      : {};
  const queries: (SearchParams & { q: string })[] = [
    { ...common, q: input.queryText, matchingStrategy: queryMatchingStrategy },
    { ...common, q: "", ...nearestFirst },
  ];
  if (input.queryText.trim() !== "") {
    queries.push({
      ...common,
      filter: inReachFilter(input.request),
      limit: otherTradeLimit,
      q: input.queryText,
      matchingStrategy: queryMatchingStrategy,
    });
  }
  // Separate requests at once rather than one multi-search, whose queries Meilisearch answers one after another: a
  // publish waits on this retrieval.
  const index = search.client.index(indexName);
  const results = await Promise.all(queries.map(({ q, ...params }) => index.search(q, params)));
  const ids = new Set<string>();
  for (const result of results) for (const hit of result.hits) ids.add(String(hit.id));
  return [...ids];
}

/** Upper edges of the bands the buyers' distance limits are cut into, in km; the last is the largest allowed. */
const reachBandsKm = [25, 50, 100, 200, maxDeliveryDistanceKm];

/**
 * Open requests whose delivery point may lie within their match reach of `point`. Meilisearch cannot compare a
 * document's distance with one of the document's own fields, so the limits are cut into bands and each band is
 * asked for at its widest reach: a superset of the requests in reach, which the caller then cuts exactly. It keeps
 * a supplier's reverse matching to its region instead of its whole trade.
 */
export function requestsInReachFilter(point: { lat: number; lng: number }): string {
  // A request without a limit reaches every distance.
  let lower = 0;
  const bands = reachBandsKm.map((upper) => {
    // A kilometre over: two haversine implementations must not disagree about a request at the very edge.
    const radiusMetres = Math.ceil((matchReachKm(upper) + 1) * 1000);
    const band = `(maxDistanceKm > ${lower} AND maxDistanceKm <= ${upper} AND _geoRadius(${point.lat}, ${point.lng}, ${radiusMetres}))`;
    lower = upper;
    return band;
  });
  return [...bands, "maxDistanceKm IS NULL"].join(" OR ");
}

/**
 * Open requests in the supplier's trades (a request for a group reaches its members, a supplier filed under a
 * group reaches requests for its members) whose quote deadline is after `now` and which may be within reach
 * (`requestsInReachFilter`), never of the supplier's own organisation; null when the supplier has no known trade.
 */
export function openRequestsFilter(supplier: SupplierToMatch, now: Date): string[] | null {
  const categoryCodes = supplierCategoryCodes(supplier.categories);
  if (categoryCodes.length === 0) return null;
  const own = supplier.categories.filter((code) => categoryCodes.includes(code));
  const filter = [
    `(categoryCodes IN ${codeList(categoryCodes)} OR groupCodes IN ${codeList(own)})`,
    `quoteDeadline > ${now.getTime()}`,
    requestsInReachFilter(supplier),
  ];
  if (supplier.organizationId) filter.push(`organizationId != ${quoteFilterValue(supplier.organizationId)}`);
  return filter;
}

/**
 * Open requests of other trades (any, for a supplier with no known trade) whose query shares a word key with the
 * supplier's words (`supplierWordKeys`), deadline ahead, maybe within reach, not its own: the reverse of the
 * forward run's search of every trade by the request's words. A superset; the supplier's text relevance to each
 * decides. Null when the supplier has no words.
 */
export function openRequestsByWordsFilter(
  supplier: SupplierToMatch,
  wordKeys: readonly string[],
  now: Date,
): string[] | null {
  if (wordKeys.length === 0) return null;
  const filter = [`queryKeys IN ${codeList(wordKeys)}`];
  const trades = openRequestsFilter(supplier, now)?.[0];
  // Those are found by their trade already.
  if (trades) filter.push(`NOT ${trades}`);
  filter.push(`quoteDeadline > ${now.getTime()}`, requestsInReachFilter(supplier));
  if (supplier.organizationId) filter.push(`organizationId != ${quoteFilterValue(supplier.organizationId)}`);
  return filter;
}

/** The open requests `openRequestsByWordsFilter` admits, each with its query text to judge the supplier's words by. */
export async function openRequestsByWordsFor(
  search: SearchHandle,
  indexName: string,
  input: { supplier: SupplierToMatch; wordKeys: readonly string[]; now: Date },
): Promise<{ id: string; queryText: string }[]> {
  const filter = openRequestsByWordsFilter(input.supplier, input.wordKeys, input.now);
  if (!filter) return [];
  const index = search.client.index(indexName);
  const found: { id: string; queryText: string }[] = [];
  // Unsorted, in large pages: a common word can bring most open requests in reach, and the caller ranks them by
  // the supplier's fit anyway.
  for (let offset = 0; ; offset += wordsPageSize) {
    const page = await index.search("", {
      filter,
      offset,
      limit: wordsPageSize,
      attributesToRetrieve: ["id", "queryText"],
    });
    for (const hit of page.hits) found.push({ id: String(hit.id), queryText: String(hit.queryText ?? "") });
    if (page.hits.length < wordsPageSize) return found;
  }
}

/** The ids of the open requests `openRequestsFilter` admits for the supplier, soonest deadline first. */
export async function openRequestIdsFor(
  search: SearchHandle,
  indexName: string,
  input: { supplier: SupplierToMatch; now: Date },
): Promise<string[]> {
  const filter = openRequestsFilter(input.supplier, input.now);
  if (!filter) return [];
  const index = search.client.index(indexName);
  const ids: string[] = [];
  for (let offset = 0; ; offset += requestPageSize) {
    const page = await index.search("", {
      filter,
      offset,
      limit: requestPageSize,
      attributesToRetrieve: ["id"],
      sort: ["quoteDeadline:asc"],
    });
    ids.push(...page.hits.map((hit) => String(hit.id)));
    if (page.hits.length < requestPageSize) return ids;
  }
}
