import { describe, expect, it } from "vitest";
import {
  htmlHighlight,
  quoteFilterValue,
  type SupplierSearch,
  type SupplierSource,
  supplierDocument,
  supplierIndexSettings,
  supplierSearchFilter,
  supplierSearchRequest,
  synonymsFromGroups,
} from "../src/index.js";
import { unmarkLegalForms } from "../src/supplier-search.js";

const base: SupplierSearch = {
  text: "thùng carton",
  categories: [],
  certifications: [],
  verifiedOnly: false,
  languages: [],
  sort: "relevance",
  facets: false,
  page: 1,
  hitsPerPage: 20,
};

describe("supplierSearchFilter", () => {
  it("always hides paused profiles", () => {
    expect(supplierSearchFilter(base)).toEqual(['status = "active"']);
  });

  it("ORs categories, ANDs certifications and languages, and ORs the two province eras", () => {
    const filter = supplierSearchFilter({
      ...base,
      categories: ["packaging", "packaging.corrugated-cartons"],
      certifications: ["iso-9001", "fsc"],
      languages: ["en", "ja"],
      province: { current: ["Ho Chi Minh City"], former: ["HCMC"] },
    });
    expect(filter).toContain('categoryCodes IN ["packaging", "packaging.corrugated-cartons"]');
    expect(filter).toContain('certifications = "iso-9001"');
    expect(filter).toContain('certifications = "fsc"');
    expect(filter).toContain('languages = "ja"');
    expect(filter).toContain('(province2025 IN ["Ho Chi Minh City"] OR formerProvince IN ["HCMC"])');
  });

  it("turns a radius in km into metres and a capacity into a unit-and-amount filter", () => {
    const filter = supplierSearchFilter({
      ...base,
      near: { lat: 10.93, lng: 106.71, radiusKm: 12.5 },
      minCapacity: { value: 1000, unit: "pieces" },
      verifiedOnly: true,
    });
    expect(filter).toContain("_geoRadius(10.93, 106.71, 12500)");
    expect(filter).toContain('capacityUnit = "pieces" AND capacityValue >= 1000');
    expect(filter).toContain("verified = true");
  });

  it("escapes quotes so a value cannot break out of the filter", () => {
    expect(quoteFilterValue('a" OR status = "paused')).toBe('"a\\" OR status = \\"paused"');
  });

  it("sorts by distance only when asked and a point is given; facets only when asked", () => {
    const near = { lat: 10.9, lng: 106.7, radiusKm: 30 };
    expect(supplierSearchRequest({ ...base, near, sort: "distance" }).sort).toEqual([
      "_geoPoint(10.9, 106.7):asc",
    ]);
    expect(supplierSearchRequest({ ...base, near }).sort).toBeUndefined();
    expect(supplierSearchRequest({ ...base, facets: true }).facets).toContain("certifications");
    expect(supplierSearchRequest(base).facets).toBeUndefined();
  });
});

describe("synonymsFromGroups", () => {
  it("maps every term of a group to the others, both ways, lowercased", () => {
    expect(synonymsFromGroups([["Thùng Carton", "corrugated box", "carton box"]])).toEqual({
      "thùng carton": ["corrugated box", "carton box"],
      "corrugated box": ["thùng carton", "carton box"],
      "carton box": ["thùng carton", "corrugated box"],
    });
  });

  it("keeps at most 50 synonyms per term, which is all Meilisearch reads", () => {
    const group = Array.from({ length: 60 }, (_, i) => `term ${i}`);
    expect(synonymsFromGroups([group])["term 0"]).toHaveLength(50);
  });
});

describe("supplierDocument", () => {
  const supplier: SupplierSource = {
    id: "0190a000-0000-7000-8000-000000000001",
    organizationId: null,
    legalName: "Công ty TNHH Bao Bì Phú Cường",
    tradeName: null,
    taxCode: "0312687878",
    descriptionVi: "Thùng carton 5 lớp",
    descriptionEn: null,
    categories: ["packaging.corrugated-cartons"],
    processes: [],
    materials: [],
    exampleProducts: [],
    ownCategories: [],
    certifications: [
      { code: "iso-9001", expiresOn: "2026-11-21" },
      { code: "fsc", expiresOn: "2026-11-22" },
      { code: "iso-14001" },
    ],
    monthlyCapacity: { value: 5000, unit: "pieces" },
    moq: null,
    leadTimeDays: null,
    exportMarkets: [],
    languages: ["vi"],
    staffSize: null,
    yearFounded: null,
    zoneId: "kcn-vsip-1",
    province2025: "Ho Chi Minh City",
    formerProvince: "Binh Duong",
    lat: 10.93,
    lng: 106.71,
    deliveryRadiusKm: null,
    verificationStatus: "verified",
    status: "active",
    version: 3,
    updatedAt: new Date("2026-11-01T00:00:00Z"),
  };
  // 2026-11-22 08:00 in Ho Chi Minh City.
  const now = new Date("2026-11-22T01:00:00Z");

  it("counts certificates valid through their expiry day in Ho Chi Minh City, and drops expired ones", () => {
    const document = supplierDocument(supplier, undefined, now);
    expect(document.certifications).toEqual(["fsc", "iso-14001"]);
    expect(document.certificationNames).toEqual(["FSC", "ISO 14001"]);
  });

  it("is searched by its names without legal forms, never by 'Công ty' or 'TNHH'", () => {
    const document = supplierDocument(
      { ...supplier, tradeName: "Phú Cường Co., Ltd" },
      undefined,
      new Date("2026-11-22T01:00:00Z"),
    );
    expect(document.names).toEqual(["Phú Cường", "Bao Bì Phú Cường"]);
    const searchable = supplierIndexSettings().searchableAttributes ?? [];
    expect(searchable).toContain("names");
    expect(searchable).not.toContain("legalName");
    expect(searchable).not.toContain("tradeName");
  });

  it("carries the categories' ancestors and their names and synonyms in both languages", () => {
    const document = supplierDocument(
      supplier,
      { id: "kcn-vsip-1", nameVi: "KCN VSIP I", nameEn: "VSIP I" },
      now,
    );
    expect(document.categoryCodes).toEqual(["packaging.corrugated-cartons", "packaging"]);
    expect(document.categoryTerms).toEqual(expect.arrayContaining(["thùng giấy", "corrugated box"]));
    expect(document.zoneNames).toEqual(["KCN VSIP I", "VSIP I"]);
    expect(document._geo).toEqual({ lat: 10.93, lng: 106.71 });
    expect(document.verified).toBe(true);
  });
});

describe("legal forms in a search", () => {
  it("leaves them out of the query, so a firm's name as written finds it", () => {
    expect(supplierSearchRequest({ ...base, text: "Công ty TNHH Bao Bì Phú Cường" }).q).toBe(
      "Bao Bì Phú Cường",
    );
    expect(supplierSearchRequest({ ...base, text: "gia cong cnc" }).q).toBe("gia cong cnc");
    // Nothing but a legal form: searched as typed rather than as an empty query listing everyone.
    expect(supplierSearchRequest({ ...base, text: "công ty" }).q).toBe("công ty");
  });

  it("drops the search engine's marks inside legal-form words of a name, and keeps the others", () => {
    expect(unmarkLegalForms("\ufdd0Công\ufdd1 ty TNHH Gia \ufdd0Công\ufdd1 CNC")).toBe(
      "Công ty TNHH Gia \ufdd0Công\ufdd1 CNC",
    );
    expect(unmarkLegalForms("Bao Bì \ufdd0Phú\ufdd1 Cường")).toBe("Bao Bì \ufdd0Phú\ufdd1 Cường");
  });

  it("unmarks legal-form words however the engine split them, and prefixes of them", () => {
    const [start, end] = ["\ufdd0", "\ufdd1"];
    const mark = (word: string) => `${start}${word}${end}`;
    // The engine splits "C.ty" and "TM-DV" into words and may mark only a word's start ("Côn" of "Công").
    expect(unmarkLegalForms(`${mark("C")}.${mark("ty")} ${mark("TM")}-${mark("DV")} Bao Bì`)).toBe(
      "C.ty TM-DV Bao Bì",
    );
    expect(unmarkLegalForms(`${mark("Côn")}g ty Cơ khí Minh Phát`)).toBe("Công ty Cơ khí Minh Phát");
    expect(unmarkLegalForms(`ABC ${mark("Co")}.,${mark("Ltd")}`)).toBe("ABC Co.,Ltd");
    expect(unmarkLegalForms(`CONG TY ${mark("TNHH")} ${mark("Bao")} Bi`)).toBe(
      `CONG TY TNHH ${mark("Bao")} Bi`,
    );
  });
});

describe("htmlHighlight", () => {
  const start = "\ufdd0";
  const end = "\ufdd1";

  it("escapes the stored text and turns only the search engine's markers into <mark> tags", () => {
    expect(htmlHighlight(`${start}Bao${end} <img src=x onerror=alert(1)> "A" & 'B' &amp;`)).toBe(
      "<mark>Bao</mark> &lt;img src=x onerror=alert(1)&gt; &quot;A&quot; &amp; &#39;B&#39; &amp;amp;",
    );
  });

  it("leaves a literal <mark> in the text as text", () => {
    expect(htmlHighlight(`<mark>fake</mark> ${start}real${end}`)).toBe(
      "&lt;mark&gt;fake&lt;/mark&gt; <mark>real</mark>",
    );
  });

  it("keeps the tags balanced when stored text holds stray markers", () => {
    expect(htmlHighlight(`a${end}b ${start}c${start}d${end}${end} ${start}e`)).toBe(
      "ab <mark>cd</mark> <mark>e</mark>",
    );
  });

  it("asks Meilisearch to mark with the noncharacters it later replaces", () => {
    const request = supplierSearchRequest(base);
    expect(request.highlightPreTag).toBe(start);
    expect(request.highlightPostTag).toBe(end);
  });

  it("marks and crops only the description of the language the hits are read in, both when none is given", () => {
    expect(supplierSearchRequest({ ...base, descriptionLanguage: "en" })).toMatchObject({
      attributesToHighlight: ["tradeName", "legalName", "descriptionEn"],
      attributesToCrop: ["descriptionEn"],
    });
    expect(supplierSearchRequest({ ...base, descriptionLanguage: "vi" }).attributesToCrop).toEqual([
      "descriptionVi",
    ]);
    expect(supplierSearchRequest(base)).toMatchObject({
      attributesToHighlight: ["tradeName", "legalName", "descriptionVi", "descriptionEn"],
      attributesToCrop: ["descriptionVi", "descriptionEn"],
    });
  });
});
