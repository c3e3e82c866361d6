import { readFileSync } from "node:fs";
import { distanceKm } from "@ketnoi/domain/geo";
import { describe, expect, it } from "vitest";
import { insideRings, isOnMap, kmToRings, mapHeight, mapWidth, project } from "../lib/map/projection";
import { cambodiaLand, regionBounds, vietnamLand } from "../lib/map/region-outline";

const zones = readFileSync(
  new URL("../../../packages/db/reference-data/industrial-zones.csv", import.meta.url),
  "utf8",
)
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    // Quoted cells may hold commas; the columns we read come before any of them can shift.
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, "")) ?? [];
    const [id, , , , , , , lat, lng] = cells;
    return { id: id ?? "", lat: Number(lat), lng: Number(lng) };
  });

describe("the zone map's outline", () => {
  it("frames every zone of the reference data", () => {
    expect(zones.length).toBeGreaterThan(100);
    for (const zone of zones) expect(isOnMap(zone.lng, zone.lat), zone.id).toBe(true);
  });

  it("puts every zone on Vietnam's land or within 3 km of its coast, never in Cambodia", () => {
    // Natural Earth's 1:10m coast is generalised: Long Sơn island (2.9 km off the drawn coast) is missing and the
    // Thị Vải river bank at Phú Mỹ I is drawn as water (docs/decisions.md, zone map).
    const offLand = zones
      .filter((zone) => !insideRings(vietnamLand, zone.lng, zone.lat))
      .map((zone) => ({ id: zone.id, km: kmToRings(vietnamLand, zone.lng, zone.lat) }));
    expect(offLand.filter((zone) => zone.km > 3)).toEqual([]);
    expect(offLand.length).toBeLessThanOrEqual(3);
    const inCambodia = zones.filter((zone) => insideRings(cambodiaLand, zone.lng, zone.lat)).map((z) => z.id);
    expect(inCambodia).toEqual([]);
  });

  it("leaves the sea off Vũng Tàu and Cambodia's Svay Rieng outside Vietnam", () => {
    expect(insideRings(vietnamLand, 107.3, 10.25)).toBe(false);
    expect(insideRings(vietnamLand, 105.95 + 0.05, 11.1)).toBe(false);
    expect(insideRings(cambodiaLand, 105.95 + 0.05, 11.1)).toBe(true);
  });

  it("projects with true proportions: 10 km east and 10 km north are the same length on the map", () => {
    const origin = { lat: 10.8, lng: 106.7 };
    const east = { lat: 10.8, lng: 106.7 + 10 / (111.32 * Math.cos((10.8 * Math.PI) / 180)) };
    const north = { lat: 10.8 + 10 / 110.57, lng: 106.7 };
    expect(distanceKm(origin, east)).toBeCloseTo(10, 1);
    const [x0, y0] = project(origin.lng, origin.lat);
    const [xe] = project(east.lng, east.lat);
    const [, yn] = project(north.lng, north.lat);
    expect(Math.abs(xe - x0) / Math.abs(y0 - yn)).toBeCloseTo(1, 1);
    expect(project(regionBounds.west, regionBounds.north)).toEqual([0, 0]);
    expect(project(regionBounds.east, regionBounds.south)).toEqual([mapWidth, mapHeight]);
  });
});
