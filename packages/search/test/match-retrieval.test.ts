import { maxDeliveryDistanceKm } from "@ketnoi/domain";
import { describe, expect, it } from "vitest";
import {
  candidateSuppliersFilter,
  openRequestsByWordsFilter,
  openRequestsFilter,
  requestsInReachFilter,
  supplierCategoryCodes,
} from "../src/index.js";

const request = {
  organizationId: "0190a000-0000-7000-8000-0000000000b1",
  categories: ["packaging.corrugated-cartons"],
  lat: 10.93,
  lng: 106.71,
  maxDistanceKm: 50,
};

describe("candidateSuppliersFilter", () => {
  it("admits active suppliers of the request's trades, or filed under the group above, within twice its distance limit, not the buyer's own", () => {
    expect(candidateSuppliersFilter(request)).toEqual([
      'status = "active"',
      '(categoryCodes IN ["packaging.corrugated-cartons"] OR categories IN ["packaging"])',
      "_geoRadius(10.93, 106.71, 100000)",
      'organizationId != "0190a000-0000-7000-8000-0000000000b1"',
    ]);
  });

  it("looks at every distance when the request has no limit", () => {
    expect(candidateSuppliersFilter({ ...request, maxDistanceKm: null })).toEqual([
      'status = "active"',
      '(categoryCodes IN ["packaging.corrugated-cartons"] OR categories IN ["packaging"])',
      'organizationId != "0190a000-0000-7000-8000-0000000000b1"',
    ]);
  });

  it("reaches the members of a requested group", () => {
    const filter = candidateSuppliersFilter({ ...request, categories: ["packaging"] });
    expect(filter?.[1]).toContain('"packaging.corrugated-cartons"');
    expect(filter?.[1]).toMatch(/^categoryCodes IN \["packaging", /);
    expect(filter?.[1]).not.toContain("categories IN");
  });

  it("admits nobody for a request that names no known trade", () => {
    expect(candidateSuppliersFilter({ ...request, categories: [] })).toBeNull();
    expect(candidateSuppliersFilter({ ...request, categories: ["no.such-trade"] })).toBeNull();
  });
});

describe("openRequestsFilter", () => {
  const supplier = {
    organizationId: "0190a000-0000-7000-8000-0000000000c2",
    categories: ["packaging.corrugated-cartons", "no.such-trade"],
    lat: 10.8,
    lng: 106.6,
  };
  const now = new Date("2026-11-22T01:00:00Z");

  it("admits open requests of the supplier's trades and groups, or for a member of a group it is filed under, deadline ahead, in reach, not its own", () => {
    expect(openRequestsFilter(supplier, now)).toEqual([
      '(categoryCodes IN ["packaging.corrugated-cartons", "packaging"] OR groupCodes IN ["packaging.corrugated-cartons"])',
      `quoteDeadline > ${now.getTime()}`,
      requestsInReachFilter(supplier),
      'organizationId != "0190a000-0000-7000-8000-0000000000c2"',
    ]);
  });

  it("leaves out the organisation clause for an imported profile nobody has claimed", () => {
    const filter = openRequestsFilter({ ...supplier, organizationId: null }, now);
    expect(filter).toHaveLength(3);
    expect(filter?.join(" ")).not.toContain("organizationId");
  });

  it("admits nothing for a supplier with no known trade", () => {
    expect(openRequestsFilter({ ...supplier, categories: ["no.such-trade"] }, now)).toBeNull();
  });

  it("quotes what it filters on, so a value cannot change the filter", () => {
    const filter = openRequestsFilter({ ...supplier, organizationId: 'x" OR organizationId = "y' }, now);
    expect(filter?.at(-1)).toBe('organizationId != "x\\" OR organizationId = \\"y"');
  });
});

describe("openRequestsByWordsFilter", () => {
  const supplier = {
    organizationId: "0190a000-0000-7000-8000-0000000000c2",
    categories: ["packaging.paper-boxes"],
    lat: 10.8,
    lng: 106.6,
  };
  const now = new Date("2026-11-22T01:00:00Z");

  it("admits open requests of other trades sharing a word key with the supplier, deadline ahead, in reach, not its own", () => {
    expect(openRequestsByWordsFilter(supplier, ["hop", "carto"], now)).toEqual([
      'queryKeys IN ["hop", "carto"]',
      'NOT (categoryCodes IN ["packaging.paper-boxes", "packaging"] OR groupCodes IN ["packaging.paper-boxes"])',
      `quoteDeadline > ${now.getTime()}`,
      requestsInReachFilter(supplier),
      'organizationId != "0190a000-0000-7000-8000-0000000000c2"',
    ]);
  });

  it("looks at every trade for a supplier with none the taxonomy knows, which only its words can place", () => {
    const filter = openRequestsByWordsFilter({ ...supplier, categories: [] }, ["hop"], now);
    expect(filter?.join(" ")).not.toContain("categoryCodes");
  });

  it("admits nothing for a supplier without words", () => {
    expect(openRequestsByWordsFilter(supplier, [], now)).toBeNull();
  });

  it("quotes the keys, so a word cannot change the filter", () => {
    expect(openRequestsByWordsFilter(supplier, ['a" OR x = "y'], now)?.[0]).toBe(
      'queryKeys IN ["a\\" OR x = \\"y"]',
    );
  });
});

describe("requestsInReachFilter", () => {
  const filter = requestsInReachFilter({ lat: 10.93, lng: 106.71 });
  const bands = [
    ...filter.matchAll(
      /maxDistanceKm > (\d+) AND maxDistanceKm <= (\d+) AND _geoRadius\(10\.93, 106\.71, (\d+)\)/g,
    ),
  ];

  it("covers every allowed distance limit once, without gaps", () => {
    expect(bands[0]?.[1]).toBe("0");
    for (let i = 1; i < bands.length; i++) expect(bands[i]?.[1]).toBe(bands[i - 1]?.[2]);
    expect(Number(bands.at(-1)?.[2])).toBe(maxDeliveryDistanceKm);
  });

  it("asks each band for twice its largest limit, plus a kilometre, and requests without a limit everywhere", () => {
    for (const band of bands) expect(Number(band[3])).toBe((2 * Number(band[2]) + 1) * 1000);
    expect(filter.split(" OR ")).toHaveLength(bands.length + 1);
    expect(filter.split(" OR ").at(-1)).toBe("maxDistanceKm IS NULL");
  });
});

describe("supplierCategoryCodes", () => {
  it("gives the known categories with all their ancestors, once each", () => {
    expect(
      supplierCategoryCodes([
        "packaging.corrugated-cartons",
        "no.such-trade",
        "packaging.corrugated-cartons",
      ]),
    ).toEqual(["packaging.corrugated-cartons", "packaging"]);
  });
});
