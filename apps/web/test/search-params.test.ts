import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "../lib/search-params";

describe("search page parameters", () => {
  it("reads a query, filters and a page", () => {
    const { state, ignored } = parseSearchParams({
      q: " thùng carton ",
      page: "3",
      verified: "true",
      certifications: "iso-9001,iso-14001",
      categories: "packaging.corrugated-cartons",
      languages: "en,ja",
    });
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      q: "thùng carton",
      page: 3,
      verified: true,
      categories: ["packaging.corrugated-cartons"],
      certifications: ["iso-9001", "iso-14001"],
      languages: ["en", "ja"],
      province: undefined,
    });
  });

  it("drops values out of range and names them instead of failing", () => {
    const { state, ignored } = parseSearchParams({
      page: "9999",
      verified: "maybe",
      certifications: "<script>",
    });
    expect(state.page).toBe(1);
    expect(state.verified).toBe(false);
    expect(state.certifications).toEqual([]);
    expect(ignored).toEqual(["page", "verified", "certifications"]);
    expect(parseSearchParams({ page: "-1" }).ignored).toEqual(["page"]);
    expect(parseSearchParams({ page: "2.5" }).ignored).toEqual(["page"]);
  });

  it("builds links that reset the page when a filter changes", () => {
    const { state } = parseSearchParams({ q: "cnc", page: "4" });
    expect(searchHref("vi", state, { verified: true })).toBe("/vi/suppliers?q=cnc&verified=true");
    expect(searchHref("en", state, { page: 5 })).toBe("/en/suppliers?q=cnc&page=5");
    expect(searchHref("en", state, { languages: ["ja"] })).toBe("/en/suppliers?q=cnc&languages=ja");
  });
});
