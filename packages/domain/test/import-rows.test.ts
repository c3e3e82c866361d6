import { describe, expect, it } from "vitest";
import {
  type ImportRowResult,
  importColumnCatalog,
  importColumns,
  importRowToProfile,
  mapImportHeaders,
  parseCoordinate,
  parseImportNumber,
  parseQuantityUnit,
  resolveExportMarket,
} from "../src/suppliers/import-rows.js";

const zones: Record<string, string> = {
  "kcn-song-than-1": "kcn-song-than-1",
  "vsip i": "kcn-vsip-1",
  "kcn song than 1": "kcn-song-than-1",
};
const lookups = {
  findZone: (ref: string) => {
    const id = zones[ref.toLowerCase()];
    return id ? { id } : undefined;
  },
};

const minimal = {
  tax_code: "0312687878",
  legal_name: "Công ty TNHH Bao Bì Minh Phát",
  categories: "Thùng carton",
  zone: "kcn-song-than-1",
};

function expectOk(result: ImportRowResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.input;
}

function expectErrors(result: ImportRowResult) {
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("mapImportHeaders", () => {
  it("maps the Vietnamese headers associations use, whatever the case, diacritics or punctuation", () => {
    const mapping = mapImportHeaders([
      "STT",
      "Mã số thuế",
      "TÊN DOANH NGHIỆP",
      "Tên giao dịch",
      "Ngành hàng",
      "Chứng nhận",
      "KCN",
      "Người liên hệ",
      "Email",
      "Điện thoại",
      "Năng lực/tháng",
      "Đơn vị",
      "Thời gian giao hàng (ngày)",
      "Ghi chú",
    ]);
    expect(mapping.columns).toEqual([
      undefined,
      "tax_code",
      "legal_name",
      "trade_name",
      "categories",
      "certifications",
      "zone",
      "contact_name",
      "contact_email",
      "contact_phone",
      "monthly_capacity",
      "capacity_unit",
      "lead_time_days",
      undefined,
    ]);
    expect(mapping.unknown).toEqual(["STT", "Ghi chú"]);
    expect(mapping.missingRequired).toEqual([]);
    expect(mapping.duplicated).toEqual([]);
  });

  it("accepts the canonical snake_case names and headers without diacritics or with notes", () => {
    const mapping = mapImportHeaders([
      "tax_code",
      "Ten cong ty",
      "Linh vuc",
      "Khu cong nghiep",
      "Email (bắt buộc)",
    ]);
    expect(mapping.columns).toEqual(["tax_code", "legal_name", "categories", "zone", "contact_email"]);
  });

  it("names missing required columns, and the address columns when the file took that route", () => {
    expect(mapImportHeaders(["Tên công ty", "Email"]).missingRequired).toEqual([
      "tax_code",
      "categories",
      "zone",
    ]);
    expect(
      mapImportHeaders(["MST", "Tên công ty", "Ngành hàng", "Địa chỉ", "Tỉnh/Thành"]).missingRequired,
    ).toEqual(["lat", "lng"]);
    expect(
      mapImportHeaders(["MST", "Tên công ty", "Ngành hàng", "Địa chỉ", "Tỉnh", "Vĩ độ", "Kinh độ"])
        .missingRequired,
    ).toEqual([]);
  });

  it("reports a column named twice", () => {
    const mapping = mapImportHeaders(["MST", "Mã số thuế", "Tên công ty", "Ngành hàng", "KCN"]);
    expect(mapping.duplicated).toEqual(["tax_code"]);
    expect(mapping.columns).toEqual(["tax_code", undefined, "legal_name", "categories", "zone"]);
  });

  it("has a catalog entry for every column and no alias shared between columns", () => {
    expect(importColumnCatalog.map((spec) => spec.column)).toEqual([...importColumns]);
    // The module refuses to load on a shared alias; mapping each alias back proves it reaches its own column.
    for (const spec of importColumnCatalog) {
      for (const alias of spec.aliases) expect(mapImportHeaders([alias]).columns[0], alias).toBe(spec.column);
    }
  });
});

describe("parseImportNumber", () => {
  it.each([
    ["1000000", 1_000_000],
    ["1.000.000", 1_000_000],
    ["1,000,000", 1_000_000],
    ["1 000 000", 1_000_000],
    ["1,5", 1.5],
    ["2.5", 2.5],
    ["1.500", 1500],
    ["1,500", 1500],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    ["1.234.567,89", 1_234_567.89],
    ["1,234,567.89", 1_234_567.89],
    ["-5", -5],
  ])("reads %s as %d", (text, value) => {
    expect(parseImportNumber(text)).toBe(value);
  });

  it.each(["", "abc", "1.00.0", "1,2,3", "12a", "1.2.3,4.5"])("rejects %j", (text) => {
    expect(parseImportNumber(text)).toBeUndefined();
  });
});

describe("parseCoordinate", () => {
  it("reads decimal degrees with a point or a comma and never groups thousands", () => {
    expect(parseCoordinate("10.897")).toBe(10.897);
    expect(parseCoordinate("10,897")).toBe(10.897);
    expect(parseCoordinate("-33.5")).toBe(-33.5);
    expect(parseCoordinate("10°53'N")).toBeUndefined();
  });
});

describe("units, markets", () => {
  it("understands Vietnamese and English unit names", () => {
    expect(parseQuantityUnit("cái")).toBe("pieces");
    expect(parseQuantityUnit("Tấn")).toBe("tonnes");
    expect(parseQuantityUnit("m²")).toBe("m2");
    expect(parseQuantityUnit("bộ/tháng")).toBe("sets");
    expect(parseQuantityUnit("barrels")).toBeUndefined();
  });

  it("resolves export markets by ISO code, Vietnamese or English name", () => {
    expect(resolveExportMarket("jp")).toBe("JP");
    expect(resolveExportMarket("Nhật Bản")).toBe("JP");
    expect(resolveExportMarket("Japan")).toBe("JP");
    expect(resolveExportMarket("Mỹ")).toBe("US");
    expect(resolveExportMarket("Hàn Quốc")).toBe("KR");
    expect(resolveExportMarket("UK")).toBe("GB");
    expect(resolveExportMarket("Châu Âu")).toBe("EU");
    expect(resolveExportMarket("Đức")).toBe("DE");
    expect(resolveExportMarket("Narnia")).toBeUndefined();
    expect(resolveExportMarket("XX")).toBeUndefined();
  });
});

describe("importRowToProfile", () => {
  it("turns a minimal row into profile input with the zone resolved", () => {
    const input = expectOk(importRowToProfile(minimal, lookups));
    expect(input).toMatchObject({
      taxCode: "0312687878",
      legalName: "Công ty TNHH Bao Bì Minh Phát",
      categories: ["packaging.corrugated-cartons"],
      location: { zoneId: "kcn-song-than-1" },
    });
  });

  it("reads a fully filled row written the way association sheets write it", () => {
    const input = expectOk(
      importRowToProfile(
        {
          ...minimal,
          tax_code: "312687878",
          trade_name: "MINPACK",
          categories: "Bao bì giấy; Hộp giấy | packaging.paper-bags",
          certifications: "ISO 9001 (hết hạn 2027-05-01); FSC\nISO 14001 - exp 31/12/2026",
          zone: "VSIP I",
          processes: "in flexo, bế hộp; dán thùng",
          materials: "giấy kraft",
          products: "thùng carton 5 lớp",
          monthly_capacity: "1.000.000",
          capacity_unit: "cái",
          moq: "2,000",
          lead_time_days: "7-10 ngày",
          languages: "Tiếng Việt, English, ja",
          export_markets: "Nhật Bản; Hàn Quốc, US",
          staff_size: "100 - 200",
          year_founded: "15/03/2008",
          delivery_radius_km: "80 km",
          rooftop_solar_kwp: "450,5",
          recycled_material_percent: "60%",
          contact_name: "Nguyễn Thị Lan",
          contact_email: "lan@minpack.vn",
          contact_phone: "903123456",
          website: "minpack.vn",
        },
        lookups,
      ),
    );
    expect(input).toMatchObject({
      taxCode: "0312687878",
      tradeName: "MINPACK",
      processes: ["in flexo", "bế hộp", "dán thùng"],
      monthlyCapacity: { value: 1_000_000, unit: "pieces" },
      moq: { value: 2000, unit: "pieces" },
      leadTimeDays: 10,
      languages: ["vi", "en", "ja"],
      exportMarkets: ["JP", "KR", "US"],
      staffSize: 100,
      yearFounded: 2008,
      deliveryRadiusKm: 80,
      green: { rooftopSolarKwp: 450.5, recycledMaterialPercent: 60 },
      contact: { name: "Nguyễn Thị Lan", email: "lan@minpack.vn", phone: "0903123456" },
      website: "https://minpack.vn",
      location: { zoneId: "kcn-vsip-1" },
    });
    expect(input.categories).toEqual([
      "packaging.corrugated-cartons",
      "packaging.paper-boxes",
      "packaging.paper-bags",
    ]);
    expect(input.certifications).toEqual([
      { code: "iso-9001", expiresOn: "2027-05-01" },
      { code: "fsc" },
      { code: "iso-14001", expiresOn: "2026-12-31" },
    ]);
  });

  it.each([
    ["ISO 9001: 2027-05-01", { code: "iso-9001", expiresOn: "2027-05-01" }],
    ["ISO 9001:2015 (2027-12-31)", { code: "iso-9001", expiresOn: "2027-12-31" }],
    ["Chứng nhận BSCI hiệu lực đến 30.06.2028", { code: "amfori-bsci", expiresOn: "2028-06-30" }],
    ["fsc", { code: "fsc" }],
  ])("reads the certification %j", (text, expected) => {
    const input = expectOk(importRowToProfile({ ...minimal, certifications: text }, lookups));
    expect(input.certifications).toEqual([expected]);
  });

  it("splits categories on commas when the whole entry is not a category", () => {
    const input = expectOk(importRowToProfile({ ...minimal, categories: "Thùng carton, Hộp giấy" }, lookups));
    expect(input.categories).toEqual(["packaging.corrugated-cartons", "packaging.paper-boxes"]);
    const mixed = importRowToProfile({ ...minimal, categories: "Thùng carton, Đồ chơi gỗ" }, lookups);
    expect(expectOk(mixed)).toMatchObject({
      categories: ["packaging.corrugated-cartons"],
      ownCategories: ["Đồ chơi gỗ"],
    });
    expect(mixed.warnings).toEqual([
      {
        column: "categories",
        code: "unknown_category",
        params: { value: "Đồ chơi gỗ", suggestions: expect.any(Array) },
        message: expect.stringContaining('"Đồ chơi gỗ"'),
        suggestions: expect.any(Array),
      },
    ]);
  });

  it("never refuses a row for its category names: longer trade names resolve, the rest are kept as written", () => {
    const resolved = importRowToProfile(
      {
        ...minimal,
        categories: "Thùng carton xuất khẩu; Gia công ép nhựa linh kiện ô tô; Precision machining",
      },
      lookups,
    );
    expect(expectOk(resolved)).toMatchObject({
      categories: ["packaging.corrugated-cartons", "plastics.injection-moulding", "metal.cnc-machining"],
      // Their wording, qualifiers and all, stays beside the codes.
      ownCategories: ["Thùng carton xuất khẩu", "Gia công ép nhựa linh kiện ô tô"],
    });
    expect(resolved.warnings).toEqual([]);

    const unknown = importRowToProfile({ ...minimal, categories: "Đồ chơi gỗ" }, lookups);
    expect(expectOk(unknown)).toMatchObject({ categories: [], ownCategories: ["Đồ chơi gỗ"] });
    expect(unknown.warnings[0]).toMatchObject({
      column: "categories",
      message: expect.stringMatching(/"Đồ chơi gỗ" is kept in the supplier's own words/),
    });

    const ambiguous = importRowToProfile({ ...minimal, categories: "nhãn mác" }, lookups);
    expect(expectOk(ambiguous).ownCategories).toEqual(["nhãn mác"]);
    expect(ambiguous.warnings[0]?.suggestions).toEqual(
      expect.arrayContaining(["packaging.labels-stickers", "textile.trims.labels-tags"]),
    );
  });

  it("reads staff ranges written as open ('1000+', 'trên 500') as the figure they start from", () => {
    expect(expectOk(importRowToProfile({ ...minimal, staff_size: "1000+" }, lookups)).staffSize).toBe(1000);
    expect(
      expectOk(importRowToProfile({ ...minimal, staff_size: "trên 500 người" }, lookups)).staffSize,
    ).toBe(500);
    expect(expectErrors(importRowToProfile({ ...minimal, staff_size: "nhiều" }, lookups))).toEqual([
      {
        column: "staff_size",
        code: "not_a_staff_count",
        params: { value: "nhiều" },
        message: '"nhiều" is not a number of staff',
      },
    ]);
  });

  it("reports every problem of a row with its canonical column", () => {
    const errors = expectErrors(
      importRowToProfile(
        {
          tax_code: "0312687879",
          legal_name: "",
          categories: "Thùng carton",
          zone: "KCN Không Tồn Tại",
          monthly_capacity: "-5",
          capacity_unit: "cái",
          contact_email: "not-an-email",
          certifications: "ISO 9001 (31/02/2027)",
          languages: "Klingon",
        },
        lookups,
      ),
    );
    const byColumn = Object.fromEntries(errors.map((e) => [e.column, e.message]));
    expect(Object.keys(byColumn).sort()).toEqual([
      "certifications",
      "contact_email",
      "languages",
      "legal_name",
      "monthly_capacity",
      "tax_code",
      "zone",
    ]);
    expect(byColumn.tax_code).toMatch(/not a valid Vietnamese tax code/);
    expect(byColumn.legal_name).toBe("is required");
    expect(byColumn.zone).toMatch(/"KCN Không Tồn Tại" is not an industrial zone/);
    expect(byColumn.monthly_capacity).toBe("must be greater than 0");
    expect(byColumn.certifications).toMatch(/"31\/02\/2027" .* is not a date/);
    // Each problem is also a code with what its wording fills in, for the report in the reader's language.
    expect(Object.fromEntries(errors.map((e) => [e.column, [e.code, e.params]]))).toEqual({
      tax_code: ["invalid_tax_code", { value: "0312687879", reason: expect.any(String) }],
      legal_name: ["required", {}],
      zone: ["unknown_zone", { value: "KCN Không Tồn Tại" }],
      monthly_capacity: ["not_positive", { value: "-5" }],
      contact_email: ["invalid_email", { value: "not-an-email" }],
      certifications: ["invalid_date", { value: "31/02/2027", entry: "ISO 9001 (31/02/2027)" }],
      languages: ["unknown_language", { value: "Klingon", known: expect.stringContaining("vi, en") }],
    });
  });

  it("checks an address location: province known, coordinates inside Vietnam", () => {
    const address = { address: "12 Đường số 3", province: "Bình Dương", lat: "10,9", lng: "106.7" };
    const { zone: _zone, ...withoutZone } = minimal;
    const input = expectOk(importRowToProfile({ ...withoutZone, ...address }, lookups));
    expect(input.location).toEqual({
      address: "12 Đường số 3",
      province: "Bình Dương",
      lat: 10.9,
      lng: 106.7,
    });

    const outside = expectErrors(importRowToProfile({ ...withoutZone, ...address, lat: "48.85" }, lookups));
    expect(outside).toEqual([
      {
        column: "lat",
        code: "outside_vietnam",
        params: { value: "48.85", min: 8, max: 23.5 },
        message: "is outside Vietnam (expected 8.0 to 23.5)",
      },
    ]);

    const nowhere = expectErrors(importRowToProfile(withoutZone, lookups));
    expect(nowhere).toEqual([
      {
        column: "zone",
        code: "location_required",
        params: {},
        message: expect.stringContaining("is required"),
      },
    ]);
  });

  it("asks for a unit with a quantity and falls back to the capacity unit for the MOQ", () => {
    const missing = expectErrors(importRowToProfile({ ...minimal, monthly_capacity: "500" }, lookups));
    expect(missing).toEqual([
      {
        column: "capacity_unit",
        code: "unit_required",
        params: { quantityColumn: "monthly_capacity" },
        message: expect.stringContaining("is required"),
      },
    ]);
    const inline = expectOk(
      importRowToProfile({ ...minimal, monthly_capacity: "12 tấn", moq: "1" }, lookups),
    );
    expect(inline.monthlyCapacity).toEqual({ value: 12, unit: "tonnes" });
    const fallback = expectOk(
      importRowToProfile({ ...minimal, monthly_capacity: "500", capacity_unit: "bộ", moq: "10" }, lookups),
    );
    expect(fallback.moq).toEqual({ value: 10, unit: "sets" });
  });

  it("explains a tax code that Excel turned into a number", () => {
    const errors = expectErrors(importRowToProfile({ ...minimal, tax_code: "3.12688E+9" }, lookups));
    expect(errors[0]).toMatchObject({
      column: "tax_code",
      code: "tax_code_as_number",
      params: { value: "3.12688E+9" },
      message: expect.stringContaining("format the column as Text"),
    });
  });

  it("uses the company as contact when the sheet lists only an email or a phone", () => {
    const input = expectOk(importRowToProfile({ ...minimal, contact_phone: "028 3822 1234" }, lookups));
    expect(input.contact).toEqual({ name: minimal.legal_name, phone: "028 3822 1234" });
  });

  it("reads a percentage cell's fraction as a percentage", () => {
    const input = expectOk(importRowToProfile({ ...minimal, recycled_material_percent: "0.6" }, lookups));
    expect(input.green).toEqual({ recycledMaterialPercent: 60 });
  });
});
