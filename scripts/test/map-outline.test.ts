import { describe, expect, it } from "vitest";
import {
  clipRing,
  countryRings,
  maxDeviation,
  type Ring,
  ringArea,
  simplifyRing,
} from "../src/map-outline/derive-outline.js";

describe("deriving the zone map's outline", () => {
  it("decodes quantised, delta-encoded arcs and walks a negative arc backwards", () => {
    const topology = {
      transform: { scale: [0.5, 0.5] as [number, number], translate: [100, 10] as [number, number] },
      // Arc 0 runs (0,0) → (2,0) → (2,2); arc 1 runs (0,0) → (0,2) → (2,2): the square's two halves.
      arcs: [
        [
          [0, 0],
          [2, 0],
          [0, 2],
        ],
        [
          [0, 0],
          [0, 2],
          [2, 0],
        ],
      ] as [number, number][][],
      objects: { countries: { geometries: [{ type: "Polygon", id: "704", arcs: [[0, ~1]] }] } },
    };
    expect(countryRings(topology, "countries", "704")).toEqual([
      [
        [100, 10],
        [101, 10],
        [101, 11],
        [100, 11],
        [100, 10],
      ],
    ]);
    expect(() => countryRings(topology, "countries", "116")).toThrow(/no geometry 116/);
  });

  it("clips a ring to the rectangle, replacing what lies outside with the rectangle's edge", () => {
    const square: Ring = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const clipped = clipRing(square, { west: 2, east: 10, south: -1, north: 3 });
    expect(ringArea(clipped)).toBeCloseTo(6);
    expect(clipped.every(([x, y]) => x >= 2 && y <= 3)).toBe(true);
    expect(clipRing(square, { west: 5, east: 6, south: 5, north: 6 })).toEqual([]);
  });

  it("simplifies a wiggly coast within the tolerance and drops the points that add nothing", () => {
    const coast: Ring = [];
    for (let i = 0; i <= 200; i++) coast.push([i / 100, 0.001 * Math.sin(i)]);
    coast.push([2, 1], [0, 1]);
    const simplified = simplifyRing(coast, 0.002);
    expect(simplified.length).toBeLessThan(10);
    expect(maxDeviation(coast, simplified)).toBeLessThanOrEqual(0.002);
    const strict = simplifyRing(coast, 0.0001);
    expect(strict.length).toBeGreaterThan(100);
  });
});
