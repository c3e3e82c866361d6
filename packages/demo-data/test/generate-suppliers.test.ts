import {
  categoryChildren,
  leafCategories,
  parseTaxCode,
  type SupplierProfileInput,
  supplierProfileInputSchema,
} from "@ketnoi/domain";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type DemoZone,
  generateSupplierArray,
  generateSuppliers,
  supplierRowFromProfile,
  taxCodeCheckDigit,
} from "../src/index.js";

// A few real zones from packages/db/reference-data, one or two per former province; the generator does no I/O.
const zones: DemoZone[] = [
  {
    id: "kcx-tan-thuan",
    lat: 10.758,
    lng: 106.737,
    province2025: "Ho Chi Minh City",
    formerProvince: "HCMC",
  },
  { id: "kcn-tan-tao", lat: 10.754, lng: 106.588, province2025: "Ho Chi Minh City", formerProvince: "HCMC" },
  {
    id: "kcn-song-than-1",
    lat: 10.897,
    lng: 106.752,
    province2025: "Ho Chi Minh City",
    formerProvince: "Binh Duong",
  },
  {
    id: "kcn-vsip-1",
    lat: 10.93,
    lng: 106.71,
    province2025: "Ho Chi Minh City",
    formerProvince: "Binh Duong",
  },
  {
    id: "kcn-phu-my-1",
    lat: 10.588,
    lng: 107.03,
    province2025: "Ho Chi Minh City",
    formerProvince: "Ba Ria-Vung Tau",
  },
  { id: "kcn-amata", lat: 10.953, lng: 106.873, province2025: "Dong Nai", formerProvince: "Dong Nai" },
  { id: "kcn-nhon-trach-1", lat: 10.745, lng: 106.935, province2025: "Dong Nai", formerProvince: "Dong Nai" },
  { id: "kcn-duc-hoa-1", lat: 10.855, lng: 106.46, province2025: "Tay Ninh", formerProvince: "Long An" },
  { id: "kcn-phuoc-dong", lat: 11.095, lng: 106.29, province2025: "Tay Ninh", formerProvince: "Tay Ninh" },
];
const zonesById = new Map(zones.map((zone) => [zone.id, zone]));
const seed = 20261122;

const groupOf = (code: string) => code.split(".")[0] as string;

describe("generateSuppliers", () => {
  it("gives the same suppliers for the same seed and different ones for another seed", () => {
    const first = JSON.stringify(generateSupplierArray({ count: 500, seed, zones }));
    const again = JSON.stringify(generateSupplierArray({ count: 500, seed, zones }));
    const other = JSON.stringify(generateSupplierArray({ count: 500, seed: seed + 1, zones }));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it("makes supplier i independent of how many are generated, so a seeded database can grow", () => {
    const small = generateSupplierArray({ count: 50, seed, zones });
    const large = generateSupplierArray({ count: 200, seed, zones });
    expect(large.slice(0, 50)).toEqual(small);
  });

  it("yields profiles lazily, one at a time", () => {
    const iterator = generateSuppliers({ count: 900_000, seed, zones });
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value?.legalName).toBeTruthy();
    iterator.return();
  });

  it("produces profiles the API's schema accepts unchanged", () => {
    for (const supplier of generateSupplierArray({ count: 2_000, seed, zones })) {
      const parsed = supplierProfileInputSchema.parse(supplier);
      // Equal after parsing: nothing for the schema to trim, deduplicate or normalise.
      expect(parsed).toEqual(supplier);
    }
  });

  it("refuses what it cannot generate", () => {
    expect(() => generateSupplierArray({ count: 1, seed, zones: [] })).toThrow(/no zones/);
    expect(() => generateSupplierArray({ count: -1, seed, zones })).toThrow(RangeError);
    expect(() => generateSupplierArray({ count: 1, seed: 1.5, zones })).toThrow(RangeError);
  });

  it("writes Vietnamese company names, descriptions and contacts", () => {
    const [supplier] = generateSupplierArray({ count: 1, seed, zones }) as [SupplierProfileInput];
    expect(supplier.legalName).toMatch(
      /^(Công ty TNHH|Công ty Cổ phần|Công ty TNHH MTV|Doanh nghiệp tư nhân) /,
    );
    expect(supplier.descriptionVi?.split(". ").length).toBeGreaterThanOrEqual(2);
    expect(supplier.contact?.phone).toMatch(/^\+84 \d{2,3} \d{3,4} \d{3,4}$/);
    expect(supplier.languages?.[0]).toBe("vi");
  });
});

describe("tax codes", () => {
  it("computes the check digit stdnum validates, and none where no digit fits", () => {
    for (let n = 0; n < 2_000; n++) {
      const firstNine = `03${String((n * 7_654_321 + 1_000_003) % 10_000_000).padStart(7, "0")}`;
      const check = taxCodeCheckDigit(firstNine);
      const validDigits = [...Array(10).keys()].filter((d) => parseTaxCode(`${firstNine}${d}`).valid);
      if (firstNine.slice(2) === "0000000") expect(validDigits).toEqual([]);
      else expect(validDigits).toEqual(check === undefined ? [] : [check]);
    }
  });
});

describe("100,000 suppliers", () => {
  const count = 100_000;
  const taxCodes = new Set<string>();
  const sampledTaxCodes: string[] = [];
  const mainGroups = new Map<string, number>();
  const leavesUsed = new Set<string>();
  const categoryCounts = new Map<number, number>();
  let generated = 0;
  let singleGroup = 0;
  let withIso9001 = 0;
  let datedCertificates = 0;
  let expiredCertificates = 0;
  let withEnglishDescription = 0;
  let atAddress = 0;

  beforeAll(() => {
    // About 1–3 s on a development machine (tsx, unbundled), well under the 5 s budget; asserted loosely below
    // because timing assertions flake on loaded CI runners.
    for (const supplier of generateSuppliers({ count, seed, zones })) {
      generated++;
      taxCodes.add(supplier.taxCode);
      if (generated % 97 === 0) sampledTaxCodes.push(supplier.taxCode);
      const [main = ""] = supplier.categories;
      mainGroups.set(groupOf(main), (mainGroups.get(groupOf(main)) ?? 0) + 1);
      for (const code of supplier.categories) leavesUsed.add(code);
      categoryCounts.set(
        supplier.categories.length,
        (categoryCounts.get(supplier.categories.length) ?? 0) + 1,
      );
      if (supplier.categories.every((code) => groupOf(code) === groupOf(main))) singleGroup++;
      for (const certificate of supplier.certifications ?? []) {
        if (certificate.code === "iso-9001") withIso9001++;
        if (certificate.expiresOn) {
          datedCertificates++;
          if (certificate.expiresOn < "2026-11-22") expiredCertificates++;
        }
      }
      if (supplier.descriptionEn) withEnglishDescription++;
      if (!supplier.location.zoneId) atAddress++;
    }
  }, 60_000);

  it("generates all of them", () => {
    expect(generated).toBe(count);
  });

  it("gives every supplier its own valid tax code", () => {
    expect(taxCodes.size).toBe(count);
    for (const taxCode of sampledTaxCodes) expect(parseTaxCode(taxCode)).toMatchObject({ valid: true });
  });

  it("has packaging, metal and plastics as the commonest trades and uses every leaf category", () => {
    const ranked = [...mainGroups].sort((a, b) => b[1] - a[1]).map(([group]) => group);
    expect(ranked.slice(0, 3).sort()).toEqual(["metal", "packaging", "plastics"]);
    expect(new Set(ranked)).toEqual(new Set(categoryChildren(null).map((group) => group.code)));
    expect(leavesUsed.size).toBe(leafCategories().length);
  });

  it("gives one to three categories, mostly from one group", () => {
    expect([...categoryCounts.keys()].sort()).toEqual([1, 2, 3]);
    expect(singleGroup / count).toBeGreaterThan(0.75);
  });

  it("matches the intended shares of certificates, English profiles and street addresses", () => {
    expect(withIso9001 / count).toBeCloseTo(0.55, 1);
    expect(expiredCertificates / datedCertificates).toBeCloseTo(0.1, 1);
    expect(withEnglishDescription / count).toBeCloseTo(0.6, 1);
    expect(atAddress / count).toBeCloseTo(0.2, 1);
  });
});

describe("supplierRowFromProfile", () => {
  const suppliers = generateSupplierArray({ count: 300, seed, zones });

  it("takes coordinates and provinces from the zone for a supplier in a zone", () => {
    const inZone = suppliers.find((s) => s.location.zoneId === "kcn-duc-hoa-1");
    expect(inZone).toBeDefined();
    const row = supplierRowFromProfile(inZone as SupplierProfileInput, zonesById);
    expect(row).toMatchObject({
      zoneId: "kcn-duc-hoa-1",
      address: null,
      lat: 10.855,
      lng: 106.46,
      province2025: "Tay Ninh",
      formerProvince: "Long An",
      taxCode: inZone?.taxCode,
    });
  });

  it("keeps a street address's own point and resolves both provinces from the name", () => {
    const atStreet = suppliers.filter((s) => s.location.address !== undefined);
    expect(atStreet.length).toBeGreaterThan(0);
    for (const supplier of atStreet) {
      const row = supplierRowFromProfile(supplier, zonesById);
      expect(row.zoneId).toBeNull();
      expect(row.lat).toBe(supplier.location.lat);
      expect(row.address).toBe(supplier.location.address);
      const nearest = zones.filter(
        (z) => z.province2025 === row.province2025 && z.formerProvince === row.formerProvince,
      );
      // Jittered within ~10 km of a zone in the province it names (0.1° is about 11 km).
      expect(
        nearest.some(
          (z) => Math.abs(z.lat - row.lat) < 0.1 && Math.abs(z.lng - row.lng) < 0.1 / Math.cos(0.19),
        ),
      ).toBe(true);
    }
  });

  it("fills absent lists with empty ones so an upsert clears them", () => {
    const [supplier] = suppliers as [SupplierProfileInput];
    const row = supplierRowFromProfile(
      { ...supplier, processes: undefined, certifications: undefined, green: undefined },
      zonesById,
    );
    expect(row).toMatchObject({ processes: [], certifications: [], green: {} });
  });

  it("refuses a zone it was not given", () => {
    const [supplier] = suppliers as [SupplierProfileInput];
    expect(() =>
      supplierRowFromProfile({ ...supplier, location: { zoneId: "kcn-nowhere" } }, zonesById),
    ).toThrow(/unknown zone kcn-nowhere/);
  });
});
