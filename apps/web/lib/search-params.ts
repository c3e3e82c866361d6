// The supplier search page's URL is its state (/vi/suppliers?q=…&page=2&certifications=iso-9001): links and a
// plain GET form drive it, so it works without JavaScript. Values out of range are dropped and named on the
// page instead of failing the request.

export interface SearchState {
  q: string;
  page: number;
  verified: boolean;
  categories: string[];
  certifications: string[];
  /** Languages the supplier must speak, all of them (vi, en, zh, ja, ko…). */
  languages: string[];
  province: string | undefined;
}

export interface ParsedSearch {
  state: SearchState;
  /** Parameters that were present but unusable, by name. */
  ignored: string[];
}

const maxPage = 100;
export const hitsPerPage = 10;
const maxQueryLength = 200;
const listPattern = /^[A-Za-z0-9._-]{1,80}$/;

type RawParams = Record<string, string | string[] | undefined>;

function single(raw: RawParams, name: string): string | undefined {
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

function codeList(raw: RawParams, name: string, max: number, ignored: string[]): string[] {
  const value = single(raw, name);
  if (value === undefined || value.trim() === "") return [];
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

export function parseSearchParams(raw: RawParams): ParsedSearch {
  const ignored: string[] = [];
  let q = (single(raw, "q") ?? "").trim();
  if (q.length > maxQueryLength) {
    ignored.push("q");
    q = q.slice(0, maxQueryLength);
  }
  let page = 1;
  const pageText = single(raw, "page");
  if (pageText !== undefined && pageText !== "") {
    const parsed = Number(pageText);
    if (Number.isInteger(parsed) && parsed >= 1 && parsed <= maxPage) page = parsed;
    else ignored.push("page");
  }
  const verifiedText = single(raw, "verified");
  if (verifiedText !== undefined && verifiedText !== "true" && verifiedText !== "") ignored.push("verified");
  const provinceText = single(raw, "province")?.trim();
  let province: string | undefined;
  if (provinceText) {
    if (provinceText.length <= 100) province = provinceText;
    else ignored.push("province");
  }
  return {
    state: {
      q,
      page,
      verified: verifiedText === "true",
      categories: codeList(raw, "categories", 20, ignored),
      certifications: codeList(raw, "certifications", 10, ignored),
      languages: codeList(raw, "languages", 8, ignored),
      province,
    },
    ignored,
  };
}

/** The page's URL for a state; filters changed, the page goes back to 1 unless the change names one. */
export function searchHref(locale: string, state: SearchState, change: Partial<SearchState> = {}): string {
  const next: SearchState = { ...state, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.categories.length > 0) params.set("categories", next.categories.join(","));
  if (next.certifications.length > 0) params.set("certifications", next.certifications.join(","));
  if (next.languages.length > 0) params.set("languages", next.languages.join(","));
  if (next.province) params.set("province", next.province);
  if (next.verified) params.set("verified", "true");
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return `/${locale}/suppliers${query ? `?${query}` : ""}`;
}

export function hasFilters(state: SearchState): boolean {
  return (
    state.verified ||
    state.categories.length > 0 ||
    state.certifications.length > 0 ||
    state.languages.length > 0 ||
    Boolean(state.province)
  );
}

/** The same search without any filter: what "clear all filters" links to. */
export function withoutFilters(state: SearchState): SearchState {
  return {
    ...state,
    verified: false,
    categories: [],
    certifications: [],
    languages: [],
    province: undefined,
  };
}

/** Adds a code to a list filter, or takes it away when it is there. */
export function toggled(list: string[], code: string): string[] {
  return list.includes(code) ? list.filter((item) => item !== code) : [...list, code];
}
