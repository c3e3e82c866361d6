// Open sourcing requests in their own index, for the reverse direction of matching: when a supplier changes, the
// requests it may now fit are found by category without scanning Postgres. Only open requests are kept; the
// categories are expanded to their members so the filter mirrors the forward direction exactly (a request for a
// group reaches suppliers of its members; a supplier document carries its categories' ancestors).
import { expandCategoryCodes, matchReachKm, maxDeliveryDistanceKm } from "@ketnoi/domain";
import type { Settings } from "meilisearch";

export interface RequestSource {
  id: string;
  organizationId: string;
  title: string;
  categories: string[];
  status: string;
  quoteDeadline: Date;
  lat: number;
  lng: number;
  maxDistanceKm: number;
  version: number;
}

export interface RequestDocument {
  id: string;
  organizationId: string;
  title: string;
  /** The request's categories and all their descendants. */
  categoryCodes: string[];
  /** Epoch milliseconds, so "deadline still ahead" is a numeric filter. */
  quoteDeadline: number;
  _geo: { lat: number; lng: number };
  maxDistanceKm: number;
  version: number;
}

export function requestIndexName(namespace: string): string {
  return `${namespace}_requests`;
}

/** The document for an open request, or null when the request must not be in the index. */
export function requestDocument(request: RequestSource): RequestDocument | null {
  if (request.status !== "open") return null;
  return {
    id: request.id,
    organizationId: request.organizationId,
    title: request.title,
    categoryCodes: expandCategoryCodes(request.categories).codes,
    quoteDeadline: request.quoteDeadline.getTime(),
    _geo: { lat: request.lat, lng: request.lng },
    maxDistanceKm: request.maxDistanceKm,
    version: request.version,
  };
}

/** Only filtered on, never searched as text: text relevance is always judged on the supplier index. */
export function requestIndexSettings(): Settings {
  return {
    searchableAttributes: ["title"],
    filterableAttributes: ["categoryCodes", "organizationId", "quoteDeadline", "maxDistanceKm", "_geo"],
    sortableAttributes: ["quoteDeadline"],
    displayedAttributes: ["*"],
    // A supplier in a busy trade may fit thousands of open requests; the reverse job pages through them all.
    pagination: { maxTotalHits: 100_000 },
  };
}

/** Upper edges of the bands the buyers' distance limits are cut into, in km; the last is the largest allowed. */
const reachBandsKm = [25, 50, 100, 200, maxDeliveryDistanceKm];

/**
 * Open requests whose delivery point may lie within their matching reach (`matchReachKm`) of `point`.
 * Meilisearch cannot compare a document's distance with one of the document's own fields, so the limits are cut
 * into bands and each band is asked for at its widest reach: a superset of the requests in reach, which the caller
 * then cuts exactly. It keeps a supplier's reverse matching to its region instead of its whole trade.
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
