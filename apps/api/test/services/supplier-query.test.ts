import { readFileSync } from "node:fs";
import { parseZonesCsv, zonesCsvPath } from "@ketnoi/db";
import { describe, expect, it } from "vitest";
import { interpretSupplierQuery } from "../../src/services/supplier-query.js";
import { ZoneDirectory } from "../../src/services/zone-directory.js";

const zones = new ZoneDirectory(
  parseZonesCsv(readFileSync(zonesCsvPath, "utf8")).map((zone) => ({ ...zone, updatedAt: new Date() })),
);

describe("ZoneDirectory.findByName", () => {
  it.each([
    ["VSIP", "kcn-vsip-1"],
    ["vsip 2", "kcn-vsip-2"],
    ["VSIP II", "kcn-vsip-2"],
    ["KCN Sóng Thần 2", "kcn-song-than-2"],
    ["khu công nghiệp sóng thần 1", "kcn-song-than-1"],
    ["tan thuan", "kcx-tan-thuan"],
  ])("'%s' names %s", (phrase, id) => {
    expect(zones.findByName(phrase)?.id).toBe(id);
  });

  it("names nothing for words that are not a zone", () => {
    expect(zones.findByName("thùng carton")).toBeUndefined();
    expect(zones.findByName("")).toBeUndefined();
  });
});

describe("interpretSupplierQuery", () => {
  it("reads certificates and 'near <zone>' out of the text", () => {
    const result = interpretSupplierQuery("injection molding ISO 9001 near VSIP", zones);
    expect(result.text).toBe("injection molding");
    expect(result.certifications).toEqual(["iso-9001"]);
    expect(result.near?.id).toBe("kcn-vsip-1");
  });

  it("understands Vietnamese: 'gần KCN Sóng Thần 2'", () => {
    const result = interpretSupplierQuery("thùng carton FSC gần KCN Sóng Thần 2", zones);
    expect(result).toMatchObject({
      text: "thung carton",
      certifications: ["fsc"],
      near: { id: "kcn-song-than-2" },
    });
  });

  it("leaves a plain query as typed", () => {
    expect(interpretSupplierQuery("  thùng carton 5 lớp ", zones)).toEqual({
      text: "thùng carton 5 lớp",
      certifications: [],
      near: undefined,
    });
  });

  it("does not take 'in' for a place unless a zone follows", () => {
    expect(interpretSupplierQuery("in offset hộp giấy", zones).near).toBeUndefined();
  });
});
