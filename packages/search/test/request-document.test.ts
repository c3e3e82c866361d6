import { describe, expect, it } from "vitest";
import { requestDocument } from "../src/index.js";

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
  queryText: "thùng carton 5 lớp boxes",
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

  it("carries the groups above a leaf request, so a supplier filed under the group finds it, and no limit as null", () => {
    const doc = requestDocument({
      ...open,
      categories: ["metal.cnc-machining.turning"],
      maxDistanceKm: null,
    });
    expect(doc?.categoryCodes).toEqual(["metal.cnc-machining.turning"]);
    expect(doc?.groupCodes).toEqual(["metal.cnc-machining", "metal"]);
    expect(doc?.maxDistanceKm).toBeNull();
  });

  it("carries the words that rank suppliers for it, with the keys a supplier's words meet them by", () => {
    const doc = requestDocument(open);
    expect(doc?.queryText).toBe("thùng carton 5 lớp boxes");
    expect(doc?.queryKeys).toEqual(["thun", "cart", "5", "lop", "boxe", "box"]);
  });

  it("keeps every other status out of the index", () => {
    for (const status of ["draft", "awarded", "closed", "cancelled", "expired"]) {
      expect(requestDocument({ ...open, status })).toBeNull();
    }
  });
});
