import { describe, expect, it } from "vitest";
import {
  importBlanks,
  importColumnAt,
  importColumnCatalog,
  importRowToProfile,
} from "../src/suppliers/import-rows.js";

const lookups = { findZone: (ref: string) => (ref === "VSIP I" ? { id: "kcn-vsip-1" } : undefined) };

describe("one spec per column", () => {
  it("leads every column's own profile path back to that column", () => {
    for (const spec of importColumnCatalog) expect(importColumnAt(spec.path), spec.column).toBe(spec.column);
  });

  it("finds the column of a problem inside a value, and the first column of a group for the group", () => {
    expect(importColumnAt(["monthlyCapacity", "value"])).toBe("monthly_capacity");
    expect(importColumnAt(["monthlyCapacity", "unit"])).toBe("capacity_unit");
    expect(importColumnAt(["moq"])).toBe("moq");
    expect(importColumnAt(["certifications", 2, "expiresOn"])).toBe("certifications");
    expect(importColumnAt(["location"])).toBe("zone");
    expect(importColumnAt(["location", "lng"])).toBe("lng");
    expect(importColumnAt(["contact"])).toBe("contact_name");
    expect(importColumnAt(["contact", "phone"])).toBe("contact_phone");
    expect(importColumnAt(["green", "notes"])).toBe("rooftop_solar_kwp");
    expect(importColumnAt(["green", "recycledMaterialPercent"])).toBe("recycled_material_percent");
    expect(importColumnAt(["status"])).toBe("tax_code");
  });

  it("says what the blank cells of the file's columns store, and leaves the rest as stored", () => {
    expect(
      importBlanks([
        "tax_code",
        "trade_name",
        "processes",
        "certifications",
        "monthly_capacity",
        "capacity_unit",
        "languages",
        "contact_email",
        "rooftop_solar_kwp",
        "zone",
        "website",
      ]),
    ).toEqual({
      tradeName: null,
      processes: [],
      certifications: [],
      monthlyCapacity: null,
      contact: null,
      green: {},
      website: null,
    });
    expect(importBlanks([])).toEqual({});
  });

  it("reports a row's problems in the order the row is read, schema problems last", () => {
    const result = importRowToProfile(
      {
        tax_code: "0312687878",
        legal_name: "Công ty TNHH Bao Bì Minh Phát",
        categories: "Thùng carton",
        zone: "KCN Mặt Trăng",
        monthly_capacity: "nhiều",
        staff_size: "đông",
        languages: "Klingon",
        contact_email: "not-an-email",
      },
      lookups,
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.column)).toEqual([
      "monthly_capacity",
      "staff_size",
      "languages",
      "zone",
      "contact_email",
    ]);
  });
});
