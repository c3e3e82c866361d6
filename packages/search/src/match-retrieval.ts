// Retrieval for matching, in both directions. The search engine only narrows down who is worth scoring (scoring,
// text relevance included, is the domain's); both directions look as far as the match reach, so a supplier found
// one way is found the other way too.
import { expandCategoryCodes, matchReachKm, maxDeliveryDistanceKm } from "@ketnoi/domain";
import type { SearchHandle } from "./client.js";
import { supplierCategoryCodes } from "./supplier-document.js";
import { quoteFilterValue, supplierSearchFilter } from "./supplier-search.js";

/**
 * How Meilisearch treats a candidate that lacks some query words: with "last" it still ranks, lower the more words
 * it lacks, so a supplier that names the material but not the buyer's phrasing keeps some text relevance.
 */
const queryMatchingStrategy = "last";
/** Requests read from the index per page; a supplier in a busy trade may fit thousands. */
const requestPageSize = 1000;

interface RequestToMatch {
  organizationId: string;
  categories: string[];
  lat: number;
  lng: number;
  maxDistanceKm: number;
}

interface SupplierToMatch {
  organizationId: string | null;
  categories: string[];
  lat: number;
  lng: number;
}

/**
 * Active suppliers of the request's trades (a group reaches its members) within its match reach, never of the
 * buyer's own organisation; null when the request names no trade, which no supplier can serve.
 */
export function candidateSuppliersFilter(request: RequestToMatch): string[] | null {
  const categories = expandCategoryCodes(request.categories).codes;
  if (categories.length === 0) return null;
  const filter = supplierSearchFilter({
    categories,
    // Not filtered: a supplier missing a certificate is shown as a near miss, so it knows what to fix.
    certifications: [],
    verifiedOnly: false,
    languages: [],
    near: { lat: request.lat, lng: request.lng, radiusKm: matchReachKm(request.maxDistanceKm) },
  });
  filter.push(`organizationId != ${quoteFilterValue(request.organizationId)}`);
  return filter;
}

/**
 * The ids of the suppliers worth scoring for a request: the best `limit` text matches for `queryText` among those
 * `candidateSuppliersFilter` admits, and (a placeholder search) up to `limit` others it admits, so a supplier whose
 * profile shares no word with the query is still scored rather than silently missing.
 */
export async function candidateSupplierIds(
  search: SearchHandle,
  indexName: string,
  input: { request: RequestToMatch; queryText: string; limit: number },
): Promise<string[]> {
  const filter = candidateSuppliersFilter(input.request);
  if (!filter) return [];
  const common = { indexUid: indexName, filter, limit: input.limit, attributesToRetrieve: ["id"] };
  const { results } = await search.client.multiSearch({
    queries: [
      { ...common, q: input.queryText, matchingStrategy: queryMatchingStrategy },
      { ...common, q: "" },
    ],
  });
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
  let lower = 0;
  const bands = reachBandsKm.map((upper) => {
    // A kilometre over: two haversine implementations must not disagree about a request at the very edge.
    const radiusMetres = Math.ceil((matchReachKm(upper) + 1) * 1000);
    const band = `(maxDistanceKm > ${lower} AND maxDistanceKm <= ${upper} AND _geoRadius(${point.lat}, ${point.lng}, ${radiusMetres}))`;
    lower = upper;
    return band;
  });
  return bands.join(" OR ");
}

/**
 * Open requests in the supplier's trades (a request for a group reaches its members) whose quote deadline is after
 * `now` and which may be within reach (`requestsInReachFilter`), never of the supplier's own organisation; null
 * when the supplier has no known trade.
 */
export function openRequestsFilter(supplier: SupplierToMatch, now: Date): string[] | null {
  const categoryCodes = supplierCategoryCodes(supplier.categories);
  if (categoryCodes.length === 0) return null;
  const filter = [
    `categoryCodes IN [${categoryCodes.map(quoteFilterValue).join(", ")}]`,
    `quoteDeadline > ${now.getTime()}`,
    requestsInReachFilter(supplier),
  ];
  if (supplier.organizationId) filter.push(`organizationId != ${quoteFilterValue(supplier.organizationId)}`);
  return filter;
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
