import { describe, expect, it } from "vitest";
import type { ReferenceData, Zone } from "../lib/directory";
import { resolveNearZone } from "../lib/near-zone";

const zone = (id: string, nameVi: string, nameEn: string): Zone => ({
  id,
  nameVi,
  nameEn,
  kind: "KCN",
  formerProvince: "Binh Duong",
  province2025: "Ho Chi Minh City",
  formerDistrict: null,
  lat: 10.9,
  lng: 106.7,
  coordQuality: "estimated",
  areaHa: null,
  operator: null,
  mainIndustries: null,
  sourceUrl: null,
  status: "operating",
  notes: null,
});
const zones = [
  zone("kcn-song-than-1", "Khu công nghiệp Sóng Thần 1", "Song Than 1 Industrial Park"),
  zone("kcn-song-than-2", "Khu công nghiệp Sóng Thần 2", "Song Than 2 Industrial Park"),
  zone("kcn-tan-phu-trung", "Khu công nghiệp Tân Phú Trung", "Tan Phu Trung Industrial Park"),
];
const reference = {
  zones,
  zonesById: new Map(zones.map((z) => [z.id, z])),
} as unknown as ReferenceData;

describe("'near a zone' from what a person typed", () => {
  it("takes a zone id from a link as it is", () => {
    expect(resolveNearZone("kcn-tan-phu-trung", reference)).toEqual({
      kind: "zone",
      zone: zones[2],
      alternatives: [],
    });
  });

  it("finds a name without diacritics, and offers the other zones the words could mean", () => {
    const near = resolveNearZone("song than", reference);
    expect(near.kind === "zone" && near.zone.id).toBe("kcn-song-than-1");
    expect(near.kind === "zone" && near.alternatives.map((z) => z.id)).toEqual(["kcn-song-than-2"]);
    const exact = resolveNearZone("KCN Tân Phú Trung", reference);
    expect(exact.kind === "zone" && exact.zone.id).toBe("kcn-tan-phu-trung");
  });

  it("says it found nothing rather than guessing, and needs nothing when nothing was asked", () => {
    expect(resolveNearZone("Hà Nội", reference)).toEqual({ kind: "unknown", text: "Hà Nội" });
    expect(resolveNearZone("vsip", undefined)).toEqual({ kind: "unknown", text: "vsip" });
    expect(resolveNearZone(undefined, reference)).toEqual({ kind: "none" });
  });
});
