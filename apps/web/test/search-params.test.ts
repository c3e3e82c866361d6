import { describe, expect, it } from "vitest";
import { effectiveSort, parseSearchParams, searchHref } from "../lib/search-params";

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
      zone: undefined,
      near: undefined,
      radiusKm: undefined,
      sort: undefined,
      minCapacity: undefined,
      capacityUnit: undefined,
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

  it("reads a zone, 'near a zone' with a radius and sort, and a minimum capacity with its unit", () => {
    const { state, ignored } = parseSearchParams({
      zone: "kcn-vsip-1",
      near: " song than ",
      radiusKm: "25",
      sort: "distance",
      minCapacity: "10.000",
      capacityUnit: "pieces",
    });
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({
      zone: "kcn-vsip-1",
      near: "song than",
      radiusKm: 25,
      sort: "distance",
      minCapacity: 10_000,
      capacityUnit: "pieces",
    });
    expect(searchHref("vi", state)).toBe(
      "/vi/suppliers?zone=kcn-vsip-1&near=song+than&radiusKm=25&sort=distance&minCapacity=10000&capacityUnit=pieces",
    );
  });

  it("names what is out of range: a radius, a capacity, a sort by distance without a zone, a bad zone id", () => {
    const { state, ignored } = parseSearchParams({
      zone: "<b>",
      near: "vsip",
      radiusKm: "5000",
      minCapacity: "-3",
      capacityUnit: "pieces",
    });
    expect(ignored).toEqual(["zone", "radiusKm", "minCapacity"]);
    expect(state).toMatchObject({ zone: undefined, radiusKm: undefined, minCapacity: undefined });
    expect(parseSearchParams({ sort: "distance" }).ignored).toEqual(["sort"]);
    expect(parseSearchParams({ minCapacity: "1000" }).ignored).toEqual(["minCapacity"]);
    expect(parseSearchParams({ minCapacity: "lots", capacityUnit: "kg" }).typed).toEqual({
      minCapacity: "lots",
    });
  });

  it("treats blank form fields as absent, and a radius without a zone as nothing to complain about", () => {
    const { state, ignored } = parseSearchParams({
      near: "",
      radiusKm: "50",
      minCapacity: "",
      capacityUnit: "kg",
    });
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ near: undefined, radiusKm: undefined, minCapacity: undefined });
  });

  it("sorts 'near a zone' by distance when there are no words, by relevance otherwise", () => {
    const near = parseSearchParams({ near: "kcn-vsip-1" }).state;
    expect(effectiveSort(near, true)).toBe("distance");
    expect(effectiveSort({ ...near, q: "carton" }, true)).toBe("relevance");
    expect(effectiveSort({ ...near, q: "carton", sort: "distance" }, true)).toBe("distance");
    expect(effectiveSort(near, false)).toBe("relevance");
  });
});
