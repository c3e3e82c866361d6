// The supplier search page's URL is its state (/vi/suppliers?q=…&page=2&certifications=iso-9001): links and plain
// GET forms drive it, so it works without JavaScript. Values out of range are dropped and named on the page instead
// of failing the request.

export type SearchSort = "relevance" | "distance";

export interface SearchState {
  q: string;
  page: number;
  verified: boolean;
  categories: string[];
  certifications: string[];
  /** Languages the supplier must speak, all of them (vi, en, zh, ja, ko…). */
  languages: string[];
  /** A province as the API resolves it: a 2025 one (with the former ones merged into it) or a former one. */
  province: string | undefined;
  /** Only suppliers located in this zone (its id). */
  zone: string | undefined;
  /** Near a zone: its id, or a name as a person typed it (the page resolves it to one zone). */
  near: string | undefined;
  /** With `near`: how far from the zone, in km. */
  radiusKm: number | undefined;
  /** Relevance or distance; unset, a search near a zone without words is sorted by distance. */
  sort: SearchSort | undefined;
  /** At least this much a month, in `capacityUnit`; the two go together. */
  minCapacity: number | undefined;
  capacityUnit: string | undefined;
}

/** A search parameter's name, as the page names it back when it had to ignore it. */
export type SearchField =
  | "q"
  | "page"
  | "verified"
  | "categories"
  | "certifications"
  | "languages"
  | "province"
  | "zone"
  | "near"
  | "radiusKm"
  | "sort"
  | "minCapacity";

export interface ParsedSearch {
  state: SearchState;
  /** Parameters that were present but unusable, by name. */
  ignored: SearchField[];
  /** What was typed into a field the page could not use, to show it back in that field. */
  typed: { minCapacity?: string };
}

export const maxPage = 100;
export const hitsPerPage = 10;
const maxQueryLength = 200;
const maxRadiusKm = 200;
export const radiusChoicesKm = [10, 25, 50, 100] as const;
export const defaultRadiusKm = 50;
const listPattern = /^[A-Za-z0-9._-]{1,80}$/;
const zonePattern = /^[a-z0-9-]{1,100}$/;
const unitPattern = /^[a-z0-9]{1,20}$/;

type RawParams = Record<string, string | string[] | undefined>;

export const emptySearch: SearchState = {
  q: "",
  page: 1,
  verified: false,
  categories: [],
  certifications: [],
  languages: [],
  province: undefined,
  zone: undefined,
  near: undefined,
  radiusKm: undefined,
  sort: undefined,
  minCapacity: undefined,
  capacityUnit: undefined,
};

function single(raw: RawParams, name: string): string | undefined {
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A present, non-blank value, trimmed; blank form fields count as absent. */
function filled(raw: RawParams, name: string): string | undefined {
  const value = single(raw, name)?.trim();
  return value ? value : undefined;
}

function codeList(raw: RawParams, name: SearchField, max: number, ignored: SearchField[]): string[] {
  const value = filled(raw, name);
  if (value === undefined) return [];
  const codes = [
    ...new Set(
      value
        .split(",")
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
  if (codes.length > max || codes.some((code) => !listPattern.test(code))) {
    ignored.push(name);
    return [];
  }
  return codes;
}

/** A page number from 1 to 100 (what the API pages through); anything else is ignored and named. */
export function parsePage(raw: RawParams, ignored: SearchField[]): number {
  const pageText = filled(raw, "page");
  if (pageText === undefined) return 1;
  const parsed = Number(pageText);
  if (Number.isInteger(parsed) && parsed >= 1 && parsed <= maxPage) return parsed;
  ignored.push("page");
  return 1;
}

export function parseSearchParams(raw: RawParams): ParsedSearch {
  const ignored: SearchField[] = [];
  let q = (single(raw, "q") ?? "").trim();
  if (q.length > maxQueryLength) {
    ignored.push("q");
    q = q.slice(0, maxQueryLength);
  }
  const page = parsePage(raw, ignored);
  const verifiedText = single(raw, "verified");
  if (verifiedText !== undefined && verifiedText !== "true" && verifiedText !== "") ignored.push("verified");
  const categories = codeList(raw, "categories", 20, ignored);
  const certifications = codeList(raw, "certifications", 10, ignored);
  const languages = codeList(raw, "languages", 8, ignored);
  const province = bounded(filled(raw, "province"), 100, "province", ignored);
  let zone = filled(raw, "zone");
  if (zone !== undefined && !zonePattern.test(zone)) {
    ignored.push("zone");
    zone = undefined;
  }
  const near = bounded(filled(raw, "near"), 100, "near", ignored);
  let radiusKm: number | undefined;
  const radiusText = filled(raw, "radiusKm");
  // A radius means nothing without a zone to measure from: dropped quietly, as a form sends both.
  if (radiusText !== undefined && near !== undefined) {
    const parsed = Number(radiusText);
    if (Number.isInteger(parsed) && parsed >= 1 && parsed <= maxRadiusKm) radiusKm = parsed;
    else ignored.push("radiusKm");
  }
  let sort: SearchSort | undefined;
  const sortText = filled(raw, "sort");
  if (sortText === "relevance" || (sortText === "distance" && near !== undefined)) sort = sortText;
  else if (sortText !== undefined) ignored.push("sort");
  const capacity = parseCapacity(filled(raw, "minCapacity"), filled(raw, "capacityUnit"), ignored);
  return {
    state: {
      q,
      page,
      verified: verifiedText === "true",
      categories,
      certifications,
      languages,
      province,
      zone,
      near,
      radiusKm,
      sort,
      ...capacity,
    },
    ignored,
    typed: ignored.includes("minCapacity") ? { minCapacity: filled(raw, "minCapacity") ?? "" } : {},
  };
}

function bounded(
  value: string | undefined,
  max: number,
  name: SearchField,
  ignored: SearchField[],
): string | undefined {
  if (value === undefined || value.length <= max) return value;
  ignored.push(name);
  return undefined;
}

function parseCapacity(
  valueText: string | undefined,
  unit: string | undefined,
  ignored: SearchField[],
): { minCapacity: number | undefined; capacityUnit: string | undefined } {
  const none = { minCapacity: undefined, capacityUnit: undefined };
  // The form always sends its unit; without a number there is no filter and nothing to complain about.
  if (valueText === undefined) return none;
  // People write "10.000" or "10,000": the separators of either language are not decimals here.
  const value = Number(valueText.replace(/[\s.,]/g, ""));
  if (!Number.isFinite(value) || value <= 0 || value > 1e12 || !unit || !unitPattern.test(unit)) {
    ignored.push("minCapacity");
    return none;
  }
  return { minCapacity: value, capacityUnit: unit };
}

/** The query string of a state, in one order, as links and forms write it. */
export function searchQuery(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.categories.length > 0) params.set("categories", state.categories.join(","));
  if (state.certifications.length > 0) params.set("certifications", state.certifications.join(","));
  if (state.languages.length > 0) params.set("languages", state.languages.join(","));
  if (state.province) params.set("province", state.province);
  if (state.zone) params.set("zone", state.zone);
  if (state.near) {
    params.set("near", state.near);
    if (state.radiusKm !== undefined) params.set("radiusKm", String(state.radiusKm));
    if (state.sort) params.set("sort", state.sort);
  } else if (state.sort === "relevance") params.set("sort", state.sort);
  if (state.minCapacity !== undefined && state.capacityUnit) {
    params.set("minCapacity", String(state.minCapacity));
    params.set("capacityUnit", state.capacityUnit);
  }
  if (state.verified) params.set("verified", "true");
  if (state.page > 1) params.set("page", String(state.page));
  return params;
}

/** The page's URL for a state; filters changed, the page goes back to 1 unless the change names one. */
export function searchHref(locale: string, state: SearchState, change: Partial<SearchState> = {}): string {
  const query = searchQuery({ ...state, page: 1, ...change }).toString();
  return `/${locale}/suppliers${query ? `?${query}` : ""}`;
}

export function hasFilters(state: SearchState): boolean {
  return (
    state.verified ||
    state.categories.length > 0 ||
    state.certifications.length > 0 ||
    state.languages.length > 0 ||
    Boolean(state.province) ||
    Boolean(state.zone) ||
    Boolean(state.near) ||
    state.minCapacity !== undefined
  );
}

/** The same search without any filter: what "clear all filters" links to. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...emptySearch, q: state.q };
}

/** Adds a code to a list filter, or takes it away when it is there. */
export function toggled(list: string[], code: string): string[] {
  return list.includes(code) ? list.filter((item) => item !== code) : [...list, code];
}

/** The sort a search runs with: distance for "near a zone" without words, unless the URL asks otherwise. */
export function effectiveSort(state: SearchState, nearResolved: boolean): SearchSort {
  if (!nearResolved) return "relevance";
  return state.sort ?? (state.q ? "relevance" : "distance");
}
