import { describe, expect, it } from "vitest";
import { resolveProvince } from "../src/geo/resolve-province.js";

describe("resolveProvince", () => {
  it.each(["Bình Dương", "binh duong", "BINH DUONG", "Tỉnh Bình Dương", "  Binh  Duong "])(
    "resolves %j to former Binh Duong only",
    (query) => {
      expect(resolveProvince(query)).toEqual({ current: [], former: ["Binh Duong"] });
    },
  );

  it.each(["TP.HCM", "TP HCM", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "Hồ Chí Minh", "Sài Gòn"])(
    "resolves %j to current Ho Chi Minh City",
    (query) => {
      expect(resolveProvince(query)?.current).toEqual(["Ho Chi Minh City"]);
    },
  );

  it("resolves a province that kept its name to both its current and its former self", () => {
    expect(resolveProvince("Đồng Nai")).toEqual({ current: ["Dong Nai"], former: ["Dong Nai"] });
    expect(resolveProvince("dong nai")).toEqual({ current: ["Dong Nai"], former: ["Dong Nai"] });
  });

  it("resolves Vietnamese names written with đ without diacritics", () => {
    expect(resolveProvince("Dong Nai")).toEqual(resolveProvince("Đồng Nai"));
  });

  it("resolves abbreviations of former provinces", () => {
    expect(resolveProvince("BRVT")).toEqual({ current: [], former: ["Ba Ria-Vung Tau"] });
    expect(resolveProvince("Bà Rịa - Vũng Tàu")).toEqual({ current: [], former: ["Ba Ria-Vung Tau"] });
  });

  it.each(["Hà Nội", "Atlantis", "", "   "])("returns undefined for the unknown name %j", (query) => {
    expect(resolveProvince(query)).toBeUndefined();
  });
});
