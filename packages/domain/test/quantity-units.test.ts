import { describe, expect, it } from "vitest";
import { countingUnitOf, parseQuantityUnit, quantityUnits } from "../src/units/quantity-units.js";

describe("quantity units", () => {
  it("knows every unit by its own code", () => {
    for (const unit of quantityUnits) expect(parseQuantityUnit(unit)).toBe(unit);
  });

  it("reads the words people write, with or without diacritics, per month or not", () => {
    expect(parseQuantityUnit("Chiếc")).toBe("pieces");
    expect(parseQuantityUnit("thung")).toBe("cartons");
    expect(parseQuantityUnit("m³")).toBe("m3");
    expect(parseQuantityUnit("tấn/tháng")).toBe("tonnes");
    expect(parseQuantityUnit("/ cuộn")).toBe("rolls");
    expect(parseQuantityUnit("pcs per month")).toBeUndefined();
  });

  it("counts cartons as pieces, so a carton maker's capacity compares with a buyer's cartons", () => {
    expect(countingUnitOf("cartons")).toBe("pieces");
    expect(countingUnitOf("thùng")).toBe(countingUnitOf("cái"));
    expect(countingUnitOf("kg")).not.toBe(countingUnitOf("tonnes"));
  });

  it("compares units it does not know as written, ignoring case and spaces", () => {
    expect(countingUnitOf(" Barrels ")).toBe("barrels");
    expect(countingUnitOf("bags")).not.toBe(countingUnitOf("pieces"));
  });
});
