import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseZonesCsv, ZonesCsvError, zoneSearchKey, zonesCsvPath } from "../src/zones/load-zones.js";

const header =
  "id,name_vi,name_en,kind,former_province,province_2025,former_district,lat,lng,area_ha,operator," +
  "main_industries,source_url,coord_quality,status,notes";
const goodLine =
  'kcn-a,Khu công nghiệp A,A Industrial Park,KCN,Binh Duong,Ho Chi Minh City,"Thuận An, cũ",10.9,106.7,,,,,' +
  "estimated,operating,";

function errorOf(run: () => unknown): ZonesCsvError {
  try {
    run();
  } catch (error) {
    if (error instanceof ZonesCsvError) return error;
    throw error;
  }
  throw new Error("expected a ZonesCsvError");
}

describe("parseZonesCsv on the shipped CSV", () => {
  it("reads all 121 zones with unique ids", async () => {
    const rows = parseZonesCsv(await readFile(zonesCsvPath, "utf8"));
    expect(rows).toHaveLength(121);
    expect(new Set(rows.map((row) => row.id)).size).toBe(121);
  });

  it("keeps quoted commas inside a cell and turns empty cells into null", async () => {
    const rows = parseZonesCsv(await readFile(zonesCsvPath, "utf8"));
    const tanThuan = rows.find((row) => row.id === "kcx-tan-thuan");
    expect(tanThuan).toMatchObject({
      nameVi: "Khu chế xuất Tân Thuận",
      kind: "KCX",
      formerProvince: "HCMC",
      province2025: "Ho Chi Minh City",
      lat: 10.758,
      lng: 106.737,
      areaHa: 300,
      mainIndustries: null,
    });
    expect(rows.filter((row) => row.formerProvince === "Binh Duong")).toHaveLength(34);
  });
});

describe("parseZonesCsv on bad input", () => {
  it("accepts a minimal valid row", () => {
    expect(parseZonesCsv(`${header}\n${goodLine}\n`)).toEqual([
      expect.objectContaining({ id: "kcn-a", formerDistrict: "Thuận An, cũ", areaHa: null, notes: null }),
    ]);
  });

  it("rejects a latitude outside Vietnam and an unknown kind, naming each row", () => {
    const badLat = goodLine.replace("kcn-a", "kcn-b").replace("10.9", "1.09");
    const badKind = goodLine.replace("kcn-a", "kcn-c").replace(",KCN,", ",KCZ,");
    const error = errorOf(() => parseZonesCsv([header, goodLine, badLat, badKind].join("\n")));
    expect(error.rows.map((r) => [r.row, r.id])).toEqual([
      [2, "kcn-b"],
      [3, "kcn-c"],
    ]);
    expect(error.message).toContain(
      'row 2 (line 3, kcn-b): lat must be a number between 8 and 24 (got "1.09")',
    );
    expect(error.message).toContain('row 3 (line 4, kcn-c): kind must be one of KCN, KCX, KCNC (got "KCZ")');
  });

  it("rejects a non-numeric longitude, a missing name, a duplicate id and a bad status in one report", () => {
    const bad = goodLine
      .replace("106.7", "east")
      .replace("Khu công nghiệp A", "")
      .replace("operating", "open");
    const error = errorOf(() => parseZonesCsv([header, goodLine, bad].join("\n")));
    expect(error.rows).toHaveLength(1);
    expect(error.rows[0]?.problems).toEqual([
      "name_vi is required",
      'lng must be a number between 102 and 110 (got "east")',
      'status must be one of operating, developing, planned, converting (got "open")',
      "duplicate id kcn-a",
    ]);
  });

  it("rejects a file without the expected columns", () => {
    expect(() => parseZonesCsv("id,name\nkcn-a,A\n")).toThrow(/missing column\(s\) name_vi, name_en/);
  });

  it("rejects a file with no zones", () => {
    expect(() => parseZonesCsv(`${header}\n`)).toThrow(/no zones/);
  });
});

describe("zoneSearchKey", () => {
  it("folds names, district and the id's words", () => {
    expect(
      zoneSearchKey({
        id: "kcn-song-than-1",
        nameVi: "Khu công nghiệp Sóng Thần 1",
        nameEn: "Song Than 1 Industrial Park",
        formerDistrict: "Dĩ An",
      }),
    ).toBe("khu cong nghiep song than 1 song than 1 industrial park di an kcn song than 1");
  });
});
