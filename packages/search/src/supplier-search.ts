// Turns a supplier search (already interpreted and validated by the API) into a Meilisearch request, and a
// Meilisearch response back into hits with distances. Pure: no client here, so it is unit-tested on its own.
import { distanceKm, escapeHtml, legalFormSpans, mayBeLegalFormWord, withoutLegalForm } from "@ketnoi/domain";
import type { SearchParams, SearchResponse } from "meilisearch";
import type { SupplierDocument } from "./supplier-document.js";

export interface SupplierSearch {
  text: string;
  /** Any of these (a group code matches its members: documents carry their categories' ancestors). */
  categories: string[];
  /** All of these, valid today. */
  certifications: string[];
  zoneId?: string | undefined;
  province?: { current: string[]; former: string[] } | undefined;
  verifiedOnly: boolean;
  minCapacity?: { value: number; unit: string } | undefined;
  /** All of these. */
  languages: string[];
  near?: { lat: number; lng: number; radiusKm: number } | undefined;
  sort: "relevance" | "distance";
  facets: boolean;
  page: number;
  hitsPerPage: number;
  /**
   * The language the hits are read in: only that description is highlighted and cropped around the match (a
   * result shows one). Unset, both.
   */
  descriptionLanguage?: "vi" | "en" | undefined;
}

/**
 * What a search counts per value, for a page's filters: the category tree (a group counts its members), certificates,
 * the zone and the province both after and before the 2025 merger, languages, verification, and the units capacity
 * is stated in (a minimum capacity only compares within one unit).
 */
export const supplierFacetAttributes = [
  "categoryCodes",
  "certifications",
  "zoneId",
  "province2025",
  "formerProvince",
  "languages",
  "verified",
  "capacityUnit",
];

/**
 * What a result shows with its matched words marked: the name (trade name, else legal name), the legal name under
 * a trade name, and the description in the page's language, cropped around the match. Meilisearch's cost per hit
 * grows with every attribute it marks (issue #16), so products and category names, which no result list shows,
 * are not marked.
 */
const supplierHighlightAttributes = ["tradeName", "legalName", "descriptionVi", "descriptionEn"] as const;

/**
 * What a hit shows (the API's search answer), and nothing else: whole documents carry descriptions, products and
 * category terms in two languages, several times the bytes of what a result list needs.
 */
export const supplierHitAttributes = [
  "id",
  "legalName",
  "tradeName",
  "categories",
  "certifications",
  "zoneId",
  "province2025",
  "formerProvince",
  "verified",
  "capacityValue",
  "capacityUnit",
  "moqValue",
  "moqUnit",
  "leadTimeDays",
  "languages",
  "_geo",
] as const;

// Meilisearch wraps matched words in whatever tags it is given and leaves the stored text around them as it is,
// so `<mark>` tags next to a supplier's own "<img onerror=…>" would be indistinguishable. It marks with two Unicode
// noncharacters instead — reserved for a program's internal use, refused in every text people give us
// (clean-text.ts) — and `htmlHighlight` escapes the whole text before turning only those markers into tags.
const highlightStart = "\ufdd0";
const highlightEnd = "\ufdd1";

/**
 * A highlighted value as safe HTML: the stored text escaped, with `<mark>`…`</mark>` around the matched words and
 * no other tag. Markers that do not pair up (only text stored before markers were refused could hold them) are
 * dropped, so the tags always balance.
 */
export function htmlHighlight(formatted: string): string {
  let html = "";
  let open = false;
  for (const part of formatted.split(/([\ufdd0\ufdd1])/)) {
    if (part === highlightStart) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === highlightEnd) {
      if (open) html += "</mark>";
      open = false;
    } else html += escapeHtml(part);
  }
  return open ? `${html}</mark>` : html;
}

/**
 * Meilisearch marks a query word wherever it appears in a highlighted attribute, searched or not: "gia công" would
 * mark "Công" of "Công ty" in every legal name. Marks inside legal-form words are dropped, since those never match.
 */
export function unmarkLegalForms(formatted: string): string {
  // Finding legal forms is a large regular expression, and most names in a result have no marked word that could
  // be part of one ("Bao Bì" for "bao bì"): those are left as they are without running it.
  const marked = [...formatted.matchAll(/\ufdd0([^\ufdd0\ufdd1]*)\ufdd1/g)].map((m) => m[1] ?? "");
  if (!marked.some(mayBeLegalFormWord)) return formatted;
  const plain = formatted.replace(/[\ufdd0\ufdd1]/g, "");
  const spans = legalFormSpans(plain);
  if (spans.length === 0) return formatted;
  let offset = 0;
  let out = "";
  for (const part of formatted.split(/(\ufdd0[^\ufdd0\ufdd1]*\ufdd1)/)) {
    if (part.startsWith(highlightStart) && part.endsWith(highlightEnd)) {
      const inner = part.slice(1, -1);
      const inside = spans.some(([start, end]) => offset >= start && offset + inner.length <= end);
      out += inside ? inner : part;
      offset += inner.length;
    } else {
      out += part;
      offset += part.replace(/[\ufdd0\ufdd1]/g, "").length;
    }
  }
  return out;
}

/** A filter value as a quoted Meilisearch string literal. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const list = (values: string[]) => `[${values.map(quoteFilterValue).join(", ")}]`;

/** What of a search filters; the rest ranks, sorts and pages. */
type SupplierFilters = Omit<SupplierSearch, "text" | "sort" | "facets" | "page" | "hitsPerPage">;

export function supplierSearchFilter(search: SupplierFilters): string[] {
  const filter = ['status = "active"'];
  if (search.categories.length > 0) filter.push(`categoryCodes IN ${list(search.categories)}`);
  for (const code of search.certifications) filter.push(`certifications = ${quoteFilterValue(code)}`);
  if (search.zoneId) filter.push(`zoneId = ${quoteFilterValue(search.zoneId)}`);
  if (search.province) {
    const parts = [];
    if (search.province.current.length > 0) parts.push(`province2025 IN ${list(search.province.current)}`);
    if (search.province.former.length > 0) parts.push(`formerProvince IN ${list(search.province.former)}`);
    filter.push(parts.length > 0 ? `(${parts.join(" OR ")})` : "province2025 IN []");
  }
  if (search.verifiedOnly) filter.push("verified = true");
  if (search.minCapacity) {
    filter.push(
      `capacityUnit = ${quoteFilterValue(search.minCapacity.unit)} AND capacityValue >= ${search.minCapacity.value}`,
    );
  }
  for (const language of search.languages) filter.push(`languages = ${quoteFilterValue(language)}`);
  if (search.near) {
    filter.push(
      `_geoRadius(${search.near.lat}, ${search.near.lng}, ${Math.round(search.near.radiusKm * 1000)})`,
    );
  }
  return filter;
}

export function supplierSearchRequest(
  search: SupplierSearch,
): SearchParams & { q: string; page: number; hitsPerPage: number } {
  // Marking and cropping the words found is the engine's work per hit and per attribute: only what a result shows.
  const descriptions = search.descriptionLanguage
    ? [search.descriptionLanguage === "vi" ? "descriptionVi" : "descriptionEn"]
    : ["descriptionVi", "descriptionEn"];
  // "Công ty TNHH Minh Phát" searches for "Minh Phát": the index holds names without legal forms, and Meilisearch
  // would otherwise drop the name's own words first, keeping "công ty".
  return {
    q: withoutLegalForm(search.text) || search.text,
    filter: supplierSearchFilter(search),
    page: search.page,
    hitsPerPage: search.hitsPerPage,
    ...(search.sort === "distance" && search.near
      ? { sort: [`_geoPoint(${search.near.lat}, ${search.near.lng}):asc`] }
      : {}),
    ...(search.facets ? { facets: supplierFacetAttributes } : {}),
    attributesToRetrieve: [...supplierHitAttributes],
    attributesToHighlight: ["tradeName", "legalName", ...descriptions],
    highlightPreTag: highlightStart,
    highlightPostTag: highlightEnd,
    attributesToCrop: descriptions,
    cropLength: 30,
  };
}

/** The part of a document a search hit carries (see supplierHitAttributes). */
export type SupplierHitDocument = Pick<SupplierDocument, (typeof supplierHitAttributes)[number]>;

export interface SupplierHit {
  document: SupplierHitDocument;
  distanceKm: number | null;
  /** Safe HTML per attribute (see htmlHighlight); only values where something matched. */
  highlights: Record<string, string | string[]>;
}

export function supplierHits(
  response: SearchResponse<SupplierDocument>,
  from: { lat: number; lng: number } | undefined,
): SupplierHit[] {
  return response.hits.map((hit) => {
    // _geoDistance appears only when sorting by distance; strip it with the other search-time fields.
    const { _formatted, _rankingScore, _geoDistance, _matchesPosition, _rankingScoreDetails, ...document } =
      hit as typeof hit & { _geoDistance?: number };
    const highlights: Record<string, string | string[]> = {};
    for (const attribute of supplierHighlightAttributes) {
      const raw = (_formatted as Record<string, unknown> | undefined)?.[attribute];
      const value =
        typeof raw === "string" && (attribute === "legalName" || attribute === "tradeName")
          ? unmarkLegalForms(raw)
          : raw;
      const hasMark = (v: unknown): v is string => typeof v === "string" && v.includes(highlightStart);
      if (Array.isArray(value)) {
        const marked = value.filter(hasMark);
        if (marked.length > 0) highlights[attribute] = marked.map(htmlHighlight);
      } else if (hasMark(value)) highlights[attribute] = htmlHighlight(value);
    }
    return {
      document: document as SupplierHitDocument,
      distanceKm: from ? Math.round(distanceKm(from, document._geo) * 10) / 10 : null,
      highlights,
    };
  });
}
