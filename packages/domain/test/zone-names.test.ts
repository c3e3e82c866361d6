import { describe, expect, it } from "vitest";
import { zoneNameIndex } from "../src/geo/zone-names.js";

const zones = [
  { id: "kcn-song-than-1", nameVi: "Khu công nghiệp Sóng Thần 1", nameEn: "Song Than 1 Industrial Park" },
  { id: "kcn-song-than-2", nameVi: "Khu công nghiệp Sóng Thần 2", nameEn: "Song Than 2 Industrial Park" },
  {
    id: "kcn-vsip-1",
    nameVi: "Khu công nghiệp Việt Nam - Singapore (VSIP I)",
    nameEn: "Vietnam-Singapore Industrial Park I (VSIP I)",
  },
  {
    id: "kcn-vsip-2",
    nameVi: "Khu công nghiệp Việt Nam - Singapore II (VSIP II)",
    nameEn: "Vietnam-Singapore Industrial Park II (VSIP II)",
  },
  { id: "kcx-tan-thuan", nameVi: "Khu chế xuất Tân Thuận", nameEn: "Tan Thuan Export Processing Zone" },
];
const index = zoneNameIndex(zones);

describe("finding a zone by what people call it", () => {
  it.each([
    ["Sóng Thần 2", "kcn-song-than-2"],
    ["kcn song than 2", "kcn-song-than-2"],
    ["Tan Thuan Export Processing Zone", "kcx-tan-thuan"],
    ["khu che xuat tan thuan", "kcx-tan-thuan"],
    ["VSIP II", "kcn-vsip-2"],
  ])("'%s' is %s", (phrase, id) => {
    expect(index.findByName(phrase)?.id).toBe(id);
    expect(index.matching(phrase)[0]?.id).toBe(id);
  });

  it("a name shared by several zones picks the shortest, and lists all of them for a person to choose", () => {
    expect(index.findByName("song than")?.id).toBe("kcn-song-than-1");
    expect(index.matching("sóng thần").map((zone) => zone.id)).toEqual([
      "kcn-song-than-1",
      "kcn-song-than-2",
    ]);
    expect(index.matching("vsip").map((zone) => zone.id)).toEqual(["kcn-vsip-1", "kcn-vsip-2"]);
  });

  it("finds a word inside a name only when asked for candidates, and nothing for unknown words", () => {
    expect(index.findByName("singapore")).toBeUndefined();
    expect(index.matching("singapore").map((zone) => zone.id)).toEqual(["kcn-vsip-1", "kcn-vsip-2"]);
    expect(index.matching("hà nội")).toEqual([]);
    expect(index.matching("  ")).toEqual([]);
  });
});
