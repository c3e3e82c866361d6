// Open sourcing requests in their own index, for the reverse direction of matching: when a supplier changes, the
// requests it may now fit are found by category, or by the words that rank suppliers for them, without scanning
// Postgres. Only open requests are kept; the
// categories are expanded to their members so the filter mirrors the forward direction exactly (a request for a
// group reaches suppliers of its members; a supplier document carries its categories' ancestors).
import { ancestorCategoryCodes, expandCategoryCodes, queryWordKeys } from "@ketnoi/domain";
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
  maxDistanceKm: number | null;
  version: number;
  /** The words that rank suppliers for it, as the forward run reads them (the worker's `requestQueryText`). */
  queryText: string;
}

export interface RequestDocument {
  id: string;
  organizationId: string;
  title: string;
  /** The request's categories and all their descendants. */
  categoryCodes: string[];
  /** The groups above its categories: a supplier filed under one of them is a candidate (soft retrieval). */
  groupCodes: string[];
  /** Epoch milliseconds, so "deadline still ahead" is a numeric filter. */
  quoteDeadline: number;
  _geo: { lat: number; lng: number };
  /** null: no limit, so the request reaches suppliers at any distance (filtered with `IS NULL`). */
  maxDistanceKm: number | null;
  version: number;
  /** Read back by the reverse direction to judge a supplier's words against it without loading the request. */
  queryText: string;
  /**
   * What a supplier's words meet it by (`queryWordKeys`): the reverse direction finds the requests of other trades
   * a supplier's words may fit, as the forward run finds suppliers of any trade by its query.
   */
  queryKeys: string[];
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
    groupCodes: ancestorCategoryCodes(expandCategoryCodes(request.categories).codes),
    quoteDeadline: request.quoteDeadline.getTime(),
    _geo: { lat: request.lat, lng: request.lng },
    maxDistanceKm: request.maxDistanceKm,
    version: request.version,
    queryText: request.queryText,
    queryKeys: queryWordKeys(request.queryText),
  };
}

/** Only filtered on, never searched as text: text relevance is always judged on the supplier index. */
export function requestIndexSettings(): Settings {
  return {
    searchableAttributes: ["title"],
    filterableAttributes: [
      "categoryCodes",
      "groupCodes",
      "queryKeys",
      "organizationId",
      "quoteDeadline",
      "maxDistanceKm",
      "_geo",
    ],
    sortableAttributes: ["quoteDeadline"],
    displayedAttributes: ["*"],
    // A supplier in a busy trade may fit thousands of open requests; the reverse job pages through them all.
    pagination: { maxTotalHits: 100_000 },
  };
}
