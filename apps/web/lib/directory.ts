// What the public pages read from the API: supplier search and profiles, and the names behind the codes the
// search returns (categories, certifications, zones). The names are reference data that changes with a
// release, so each process keeps them for an hour instead of asking on every render.
import type { paths } from "@ketnoi/api-client";
import { api } from "./api";
import type { Locale } from "./i18n/locales";
import { hitsPerPage, type SearchState } from "./search-params";

type SearchQuery = NonNullable<paths["/v1/suppliers/search"]["get"]["parameters"]["query"]>;
type SupplierSearchResult =
  paths["/v1/suppliers/search"]["get"]["responses"][200]["content"]["application/json"];
export type SupplierSearchHit = SupplierSearchResult["hits"][number];
export type SupplierProfile =
  paths["/v1/suppliers/{id}"]["get"]["responses"][200]["content"]["application/json"];

export type SearchOutcome =
  | { kind: "results"; result: SupplierSearchResult }
  /** The API refused a parameter (an unknown category code…): the fields it named. */
  | { kind: "invalid"; fields: string[] }
  | { kind: "unavailable" };

export async function searchSuppliers(state: SearchState): Promise<SearchOutcome> {
  const query: SearchQuery = {
    q: state.q,
    page: state.page,
    hitsPerPage,
    ...(state.categories.length > 0 ? { categories: state.categories.join(",") } : {}),
    ...(state.certifications.length > 0 ? { certifications: state.certifications.join(",") } : {}),
    ...(state.languages.length > 0 ? { languages: state.languages.join(",") } : {}),
    ...(state.province ? { province: state.province } : {}),
    ...(state.verified ? { verified: "true" as const } : {}),
  };
  try {
    const { data, error, response } = await api().GET("/v1/suppliers/search", { params: { query } });
    if (data) return { kind: "results", result: data };
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

export async function getSupplierProfile(id: string): Promise<ProfileOutcome> {
  try {
    const { data, response } = await api().GET("/v1/suppliers/{id}", { params: { path: { id } } });
    if (data) return { kind: "found", supplier: data };
    if (response.status === 404 || response.status === 400) return { kind: "missing" };
    return { kind: "unavailable" };
  } catch {
    return { kind: "unavailable" };
  }
}

export interface Names {
  category(code: string): string;
  certification(code: string): string;
  zone(id: string): string | undefined;
}

interface NameTables {
  categories: Map<string, { vi: string; en: string }>;
  certifications: Map<string, { vi: string; en: string }>;
  zones: Map<string, { vi: string; en: string }>;
}

const referenceTtlMs = 60 * 60 * 1000;
let tables: { loadedAt: number; value: Promise<NameTables> } | undefined;

async function loadNameTables(): Promise<NameTables> {
  const client = api();
  const [categories, certifications, zones] = await Promise.all([
    client.GET("/v1/categories", {}),
    client.GET("/v1/certifications", {}),
    client.GET("/v1/zones", { params: { query: { limit: 200 } } }),
  ]);
  if (!categories.data || !certifications.data || !zones.data) throw new Error("reference data unavailable");
  const categoryNames = new Map<string, { vi: string; en: string }>();
  type Node = NonNullable<typeof categories.data.tree>[number];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      categoryNames.set(node.code, { vi: node.nameVi, en: node.nameEn });
      visit(node.children as Node[]);
    }
  };
  visit(categories.data.tree ?? []);
  return {
    categories: categoryNames,
    // Certificates are known by their short name in both languages ("ISO 9001", "FSC").
    certifications: new Map(certifications.data.items.map((c) => [c.code, { vi: c.name, en: c.name }])),
    zones: new Map(zones.data.items.map((z) => [z.id, { vi: z.nameVi, en: z.nameEn }])),
  };
}

/** Names in the page's language; a code without a name (reference data unreachable) shows as itself. */
export async function namesFor(locale: Locale): Promise<Names> {
  if (!tables || Date.now() - tables.loadedAt > referenceTtlMs) {
    const value = loadNameTables();
    tables = { loadedAt: Date.now(), value };
    // A failed load is not kept: the next render asks again.
    value.catch(() => {
      tables = undefined;
    });
  }
  const loaded = await tables.value.catch(() => undefined);
  return {
    category: (code) => loaded?.categories.get(code)?.[locale] ?? code,
    certification: (code) => loaded?.certifications.get(code)?.[locale] ?? code,
    zone: (id) => loaded?.zones.get(id)?.[locale],
  };
}
