// A search's facet counts do not depend on the page: page 2 of "thùng carton" has the same filters and counts as
// page 1. Counting them is a large share of what a search costs the engine (issue #16), so a later page reuses the
// counts its first page got in this process and asks the API for hits only; after a restart, on another process
// or past the time below it asks for counts again, so a page always has them.

type FacetCounts = Record<string, Record<string, number>>;

/** Counts older than this are counted again: suppliers join, leave and change categories. */
const maxAgeMs = 5 * 60 * 1000;
/** Searches remembered; the oldest goes first. A few hundred kilobytes at most. */
const maxSearches = 500;

export interface FacetCountCache {
  get(key: string, now?: number): FacetCounts | undefined;
  set(key: string, counts: FacetCounts, now?: number): void;
}

export function facetCountCache(options = { maxAgeMs, maxSearches }): FacetCountCache {
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
      entries.delete(key);
      entries.set(key, { at: now, counts });
      // A Map iterates in insertion order, so the first key is the one stored longest ago.
      while (entries.size > options.maxSearches) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
