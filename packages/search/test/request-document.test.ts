import { maxDeliveryDistanceKm } from "@ketnoi/domain";
import { describe, expect, it } from "vitest";
import { requestDocument, requestsInReachFilter } from "../src/index.js";

const open = {
  id: "01a2",
  organizationId: "org-1",
  title: "Cần thùng carton 5 lớp",
  categories: ["packaging"],
  status: "open",
  quoteDeadline: new Date("2027-01-15T10:00:00Z"),
  lat: 10.93,
  lng: 106.71,
  maxDistanceKm: 50,
  version: 3,
};

describe("requestDocument", () => {
  it("indexes an open request with its categories expanded to their members", () => {
    const doc = requestDocument(open);
    expect(doc?.categoryCodes).toContain("packaging");
    expect(doc?.categoryCodes).toContain("packaging.corrugated-cartons");
    expect(doc).toMatchObject({
      quoteDeadline: open.quoteDeadline.getTime(),
      _geo: { lat: 10.93, lng: 106.71 },
    });
  });

  it("keeps every other status out of the index", () => {
    for (const status of ["draft", "awarded", "closed", "cancelled", "expired"]) {
      expect(requestDocument({ ...open, status })).toBeNull();
    }
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

  it("asks each band for twice its largest limit, plus a kilometre", () => {
    for (const band of bands) expect(Number(band[3])).toBe((2 * Number(band[2]) + 1) * 1000);
    expect(filter.split(" OR ")).toHaveLength(bands.length);
  });
});
