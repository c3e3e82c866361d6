// What the public pages read from the API: supplier search and profiles, and the reference data behind the codes
// the search returns (the category tree, certificates, zones). Reference data changes with a release, so each
// process keeps it for an hour instead of asking on every render.
import type { components, paths } from "@ketnoi/api-client";
import { cache } from "react";
import { api } from "./api";
import { webConfig } from "./config";
import { type FacetCountCache, facetCountCache } from "./facet-counts";
import type { Locale } from "./i18n/locales";
import { keptFresh } from "./kept-fresh";
import { effectiveSort, hitsPerPage, type SearchState } from "./search-params";

type SearchQuery = NonNullable<paths["/v1/suppliers/search"]["get"]["parameters"]["query"]>;
type SupplierSearchResult =
  paths["/v1/suppliers/search"]["get"]["responses"][200]["content"]["application/json"];
export type SupplierSearchHit = SupplierSearchResult["hits"][number];
export type SupplierProfile =
  paths["/v1/suppliers/{id}"]["get"]["responses"][200]["content"]["application/json"];
export type Zone = components["schemas"]["Zone"];
export type CategoryNode = components["schemas"]["CategoryNode"];

export type SearchOutcome =
  | { kind: "results"; result: SupplierSearchResult }
  /** The API refused a parameter (an unknown category code…): the fields it named. */
  | { kind: "invalid"; fields: string[] }
  | { kind: "unavailable" };

let facetCounts: FacetCountCache | undefined;
function recentFacetCounts(): FacetCountCache {
  facetCounts ??= facetCountCache({ maxAgeMs: webConfig().FACET_COUNTS_MAX_AGE_SECONDS * 1000 });
  return facetCounts;
}

/**
 * Runs a search from the page's state. `state.near` must already be a zone id (the page resolves names first);
 * `pageSize` serves listings that show more or fewer than the search page; a listing that shows no counts asks
 * for none (`facets: false`), which spares the API counting them over every match; `locale` asks for the
 * highlights of that language's description only. A search this process counted
 * a few minutes ago shows those counts again and asks only for its hits (lib/facet-counts.ts).
 */
export async function searchSuppliers(
  state: SearchState,
  {
    pageSize = hitsPerPage,
    facets = true,
    locale,
  }: {
    pageSize?: number;
    facets?: boolean;
    /** The page's language: the API marks and crops only that description (the one a card shows). */
    locale?: Locale;
  } = {},
): Promise<SearchOutcome> {
  const filters: Omit<SearchQuery, "page" | "hitsPerPage"> = {
    q: state.q,
    sort: effectiveSort(state, Boolean(state.near)),
    ...(state.categories.length > 0 ? { categories: state.categories.join(",") } : {}),
    ...(state.certifications.length > 0 ? { certifications: state.certifications.join(",") } : {}),
    ...(state.languages.length > 0 ? { languages: state.languages.join(",") } : {}),
    ...(state.province ? { province: state.province } : {}),
    ...(state.zone ? { zone: state.zone } : {}),
    ...(state.near ? { near: state.near, ...(state.radiusKm ? { radiusKm: state.radiusKm } : {}) } : {}),
    ...(state.minCapacity !== undefined && state.capacityUnit
      ? { minCapacity: state.minCapacity, capacityUnit: state.capacityUnit }
      : {}),
    ...(state.verified ? { verified: "true" as const } : {}),
  };
  const facetKey = JSON.stringify(filters);
  const knownFacets = facets ? recentFacetCounts().get(facetKey) : undefined;
  const query: SearchQuery = {
    ...filters,
    page: state.page,
    hitsPerPage: pageSize,
    ...(!facets || knownFacets ? { facets: "false" as const } : {}),
    ...(locale ? { lang: locale } : {}),
  };
  try {
    const { data, error, response } = await api().GET("/v1/suppliers/search", { params: { query } });
    if (data) {
      if (knownFacets) return { kind: "results", result: { ...data, facets: knownFacets } };
      if (facets) recentFacetCounts().set(facetKey, data.facets);
      return { kind: "results", result: data };
    }
    if (response.status === 400 && error && "errors" in error && Array.isArray(error.errors)) {
      return { kind: "invalid", fields: error.errors.map((e) => String(e.field).replace(/^query\./, "")) };
    }
    return { kind: "unavailable" };
  } catch {
    return { kind: "unavailable" };
  }
}

export type ProfileOutcome =
  | { kind: "found"; supplier: SupplierProfile }
  /** 404 (missing or paused), or 400 for an id that is not a UUID. */
  | { kind: "missing" }
  | { kind: "unavailable" };

/**
 * A supplier's profile as the API shows it to this viewer: with an access token the API decides whether the
 * contact details come along (a verified buyer's do); without one they never do. Cached for one render, which
 * asks for it twice (metadata and page).
 */
export const getSupplierProfile = cache(async function getSupplierProfile(
  id: string,
  accessToken: string | undefined,
): Promise<ProfileOutcome> {
  try {
    const { data, response } = await api().GET("/v1/suppliers/{id}", {
      params: { path: { id } },
      ...(accessToken ? { headers: { authorization: `Bearer ${accessToken}` } } : {}),
    });
    if (data) return { kind: "found", supplier: data };
    if (response.status === 404 || response.status === 400) return { kind: "missing" };
    return { kind: "unavailable" };
  } catch {
    return { kind: "unavailable" };
  }
});

export interface ReferenceData {
  /** The category tree, roots first, as the API serves it. */
  categoryTree: CategoryNode[];
  categories: Map<string, { node: CategoryNode; parent: CategoryNode | undefined }>;
  certifications: Map<string, string>;
  /** Every zone, whatever its status. */
  zones: Zone[];
  zonesById: Map<string, Zone>;
}

const referenceTtlMs = 60 * 60 * 1000;

async function loadReferenceData(): Promise<ReferenceData> {
  const client = api();
  const [categories, certifications, zones] = await Promise.all([
    client.GET("/v1/categories", {}),
    client.GET("/v1/certifications", {}),
    client.GET("/v1/zones", { params: { query: { limit: 200 } } }),
  ]);
  if (!categories.data || !certifications.data || !zones.data) throw new Error("reference data unavailable");
  const categoryIndex = new Map<string, { node: CategoryNode; parent: CategoryNode | undefined }>();
  const visit = (nodes: CategoryNode[], parent: CategoryNode | undefined) => {
    for (const node of nodes) {
      categoryIndex.set(node.code, { node, parent });
      visit(node.children, node);
    }
  };
  const tree = categories.data.tree ?? [];
  visit(tree, undefined);
  return {
    categoryTree: tree,
    categories: categoryIndex,
    // Certificates are known by their short name in both languages ("ISO 9001", "FSC").
    certifications: new Map(certifications.data.items.map((c) => [c.code, c.name])),
    zones: zones.data.items,
    zonesById: new Map(zones.data.items.map((zone) => [zone.id, zone])),
  };
}

const keptReferenceData = keptFresh(loadReferenceData, { ttlMs: referenceTtlMs, retryMs: 60 * 1000 });

/**
 * The reference data, or undefined while the API cannot give it (pages then say so or show codes). Kept for an
 * hour and then refreshed in the background: no render but a process's first waits for the three API calls.
 */
export async function referenceData(): Promise<ReferenceData | undefined> {
  return keptReferenceData().catch(() => undefined);
}

export interface Names {
  category(code: string): string;
  certification(code: string): string;
  zone(id: string): string | undefined;
}

export function zoneName(locale: Locale, zone: Pick<Zone, "nameVi" | "nameEn">): string {
  return locale === "vi" ? zone.nameVi : zone.nameEn;
}

export function categoryName(locale: Locale, node: Pick<CategoryNode, "nameVi" | "nameEn">): string {
  return locale === "vi" ? node.nameVi : node.nameEn;
}

/** Names in the page's language; a code without a name (reference data unreachable) shows as itself. */
export function namesFrom(locale: Locale, reference: ReferenceData | undefined): Names {
  return {
    category: (code) => {
      const found = reference?.categories.get(code)?.node;
      return found ? categoryName(locale, found) : code;
    },
    certification: (code) => reference?.certifications.get(code) ?? code,
    zone: (id) => {
      const found = reference?.zonesById.get(id);
      return found ? zoneName(locale, found) : undefined;
    },
  };
}
