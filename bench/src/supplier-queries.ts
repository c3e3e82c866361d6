// The fixed mix of 200 supplier searches: what buyers type (Vietnamese with and without diacritics, English),
// alone and with the filters the product offers. Each becomes an API URL and the equivalent Meilisearch request,
// so both paths answer exactly the same question.
import { expandCategoryCodes, resolveProvince } from "@ketnoi/domain";
import type { SupplierSearch } from "@ketnoi/search";

const texts = [
  "thùng carton 5 lớp",
  "thung carton 5 lop",
  "5-ply corrugated carton",
  "gia công cnc",
  "gia cong cnc",
  "cnc machining aluminium",
  "ép phun nhựa",
  "injection molding",
  "tem nhãn decal",
  "printed labels",
  "túi nilon",
  "plastic bags",
  "xi mạ kẽm",
  "powder coating",
  "khuôn ép nhựa",
  "dập kim loại",
  "bó dây điện",
  "wire harness",
  "dây kéo",
  "pallet gỗ",
  "",
];
const categorySets = [
  [],
  ["packaging"],
  ["metal.cnc-machining"],
  ["plastics.injection-moulding"],
  ["electronics"],
];
const certificationSets = [[], ["iso-9001"], ["iso-9001", "iso-14001"]];
const provinces = [undefined, "Bình Dương", "Đồng Nai", "TP.HCM"];
const nearZones = [undefined, "kcn-vsip-1", "kcn-song-than-1", "kcn-nhon-trach-2"];

export interface BenchQuery {
  apiPath: string;
  search: SupplierSearch;
}

/** Deterministic: the i-th query combines text and filters by simple arithmetic on i. */
export function supplierQueryMix(zoneCentre: (id: string) => { lat: number; lng: number }): BenchQuery[] {
  const queries: BenchQuery[] = [];
  for (let i = 0; i < 200; i++) {
    const text = texts[i % texts.length] ?? "";
    const categories = categorySets[Math.floor(i / 3) % categorySets.length] ?? [];
    const certifications = certificationSets[Math.floor(i / 5) % certificationSets.length] ?? [];
    const province = i % 4 === 1 ? provinces[Math.floor(i / 4) % provinces.length] : undefined;
    const nearZone = i % 4 === 3 ? nearZones[Math.floor(i / 4) % nearZones.length] : undefined;
    const near = nearZone ? { ...zoneCentre(nearZone), radiusKm: 30 } : undefined;
    const sortByDistance = nearZone !== undefined && i % 8 === 7;
    const verifiedOnly = i % 7 === 0;
    const page = i % 10 === 9 ? 2 : 1;
    const params = new URLSearchParams();
    if (text) params.set("q", text);
    if (categories.length > 0) params.set("categories", categories.join(","));
    if (certifications.length > 0) params.set("certifications", certifications.join(","));
    if (province) params.set("province", province);
    if (nearZone) {
      params.set("near", nearZone);
      params.set("radiusKm", "30");
      if (sortByDistance) params.set("sort", "distance");
    }
    if (verifiedOnly) params.set("verified", "true");
    // A later page asks for hits only, as the web does when it has its first page's counts (lib/facet-counts.ts).
    if (page > 1) {
      params.set("page", String(page));
      params.set("facets", "false");
    }
    queries.push({
      apiPath: `/v1/suppliers/search?${params.toString()}`,
      search: {
        text,
        // As the API sends them: groups expanded, province names resolved.
        categories: expandCategoryCodes(categories).codes,
        certifications,
        zoneId: undefined,
        province: province ? resolveProvince(province) : undefined,
        verifiedOnly,
        minCapacity: undefined,
        languages: [],
        near,
        sort: sortByDistance ? "distance" : "relevance",
        facets: page === 1,
        page,
        hitsPerPage: 20,
      },
    });
  }
  return queries;
}
