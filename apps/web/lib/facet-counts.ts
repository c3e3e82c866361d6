// A search's facet counts do not depend on the page or on who asks: page 2 of "thùng carton" has the same filters
// and counts as page 1, and so has the next visitor's page 1. Counting them is a large share of what a search
// costs the engine (a third of Meilisearch's CPU per search page, issue #10), so a search this process counted
// recently reuses those counts and asks the API for hits only. Counts a few minutes old differ from fresh ones by
// the few suppliers that joined or changed since, which a visitor cannot tell; hits, their order and the total are
// always fresh. After a restart, on another process or past the maximum age it counts again, so a page always has
// them.

type FacetCounts = Record<string, Record<string, number>>;

/** Searches remembered; the oldest goes first. A few hundred kilobytes at most. */
const maxSearches = 500;

export interface FacetCountCache {
  get(key: string, now?: number): FacetCounts | undefined;
  set(key: string, counts: FacetCounts, now?: number): void;
}

/**
 * `maxAgeMs`: counts older than this are counted again (suppliers join, leave and change categories); 0 remembers
 * nothing.
 */
export function facetCountCache(options: { maxAgeMs: number; maxSearches?: number }): FacetCountCache {
  const limit = options.maxSearches ?? maxSearches;
  const entries = new Map<string, { at: number; counts: FacetCounts }>();
  return {
    get(key, now = Date.now()) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now - entry.at > options.maxAgeMs) {
        entries.delete(key);
        return undefined;
      }
      return entry.counts;
    },
    set(key, counts, now = Date.now()) {
      if (options.maxAgeMs <= 0) return;
      entries.delete(key);
      entries.set(key, { at: now, counts });
      // A Map iterates in insertion order, so the first key is the one stored longest ago.
      while (entries.size > limit) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
