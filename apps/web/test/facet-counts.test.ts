import { describe, expect, it } from "vitest";
import { facetCountCache } from "../lib/facet-counts";

const counts = (n: number) => ({ categoryCodes: { packaging: n } });

describe("facetCountCache", () => {
  it("gives a later visit of the same search, any page, the counts a first visit stored", () => {
    const cache = facetCountCache({ maxAgeMs: 60_000, maxSearches: 10 });
    cache.set('{"q":"thung carton"}', counts(3), 1_000);
    expect(cache.get('{"q":"thung carton"}', 2_000)).toEqual(counts(3));
    expect(cache.get('{"q":"bao bi"}', 2_000)).toBeUndefined();
  });

  it("counts again once the stored counts are too old", () => {
    const cache = facetCountCache({ maxAgeMs: 60_000, maxSearches: 10 });
    cache.set("a", counts(3), 1_000);
    expect(cache.get("a", 61_000)).toEqual(counts(3));
    expect(cache.get("a", 61_001)).toBeUndefined();
  });

  it("forgets the search stored longest ago when full, and a search stored again is new", () => {
    const cache = facetCountCache({ maxAgeMs: 60_000, maxSearches: 2 });
    cache.set("a", counts(1), 1);
    cache.set("b", counts(2), 2);
    cache.set("a", counts(3), 3);
    cache.set("c", counts(4), 4);
    expect(cache.get("b", 5)).toBeUndefined();
    expect(cache.get("a", 5)).toEqual(counts(3));
    expect(cache.get("c", 5)).toEqual(counts(4));
  });

  it("remembers nothing with a maximum age of 0 (counted on every visit)", () => {
    const cache = facetCountCache({ maxAgeMs: 0 });
    cache.set("a", counts(1), 1);
    expect(cache.get("a", 1)).toBeUndefined();
  });
});
