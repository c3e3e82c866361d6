// The supplier index's settings, kept in code (and so versioned with it). The worker compares them with the
// server's on start and applies any difference; changing searchable or filterable attributes makes Meilisearch
// reindex in the background, so for large changes prefer `pnpm reindex`, which builds a new index and swaps.
import type { Settings } from "meilisearch";

export function supplierIndexName(namespace: string): string {
  return `${namespace}_suppliers`;
}

/**
 * Each term maps to the others of its group (Meilisearch synonyms are one-way unless listed both ways). The index
 * no longer uses them (see `synonyms` below); the synonyms bench applies them to measure what they would add.
 */
export function synonymsFromGroups(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.toLowerCase().trim()).filter((t) => t.length > 0))];
    for (const term of terms) {
      const others = synonyms[term] ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      synonyms[term] = others;
    }
  }
  // Meilisearch silently ignores synonyms past the 50th for a term.
  return Object.fromEntries(Object.entries(synonyms).map(([term, set]) => [term, [...set].slice(0, 50)]));
}

export function supplierIndexSettings(): Settings {
  return {
    // Names are searched without their legal forms (`names`), never as written.
    searchableAttributes: [
      "names",
      "categoryNames",
      "categoryTerms",
      "ownCategories",
      "products",
      "processes",
      "materials",
      "certificationNames",
      "descriptionVi",
      "descriptionEn",
      "zoneNames",
      "taxCode",
    ],
    filterableAttributes: [
      "categoryCodes",
      // The supplier's own categories: one filed under a group is a candidate for requests for its members.
      "categories",
      "certifications",
      "zoneId",
      "province2025",
      "formerProvince",
      "verified",
      "status",
      "capacityValue",
      "capacityUnit",
      "languages",
      "organizationId",
      "_geo",
    ],
    // Only distance is sorted on (`sort=distance`); every sortable attribute is one more facet structure built for
    // each document indexed (updatedAt and capacityValue were sortable and never sorted on).
    sortableAttributes: ["_geo"],
    displayedAttributes: ["*"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    // Codes are exact: a typo-tolerant tax code or certificate number would match the wrong company.
    typoTolerance: {
      enabled: true,
      // Folded Vietnamese syllables sit one letter apart ("thung" and "thuong", "tan" and "than"); a typo on a
      // five-letter word would match the wrong word everywhere. English words long enough still get one.
      minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 },
      disableOnAttributes: ["taxCode", "certificationNames"],
      disableOnNumbers: true,
    },
    // None at query time: every document carries its categories' names and synonyms in both languages
    // (categoryTerms), which finds the same suppliers (recall@20 on the 390 labelled names 0.936 without, 0.935
    // with the 2,696 category synonyms) at a twentieth of the cost (p50 4 ms against 88 ms): `pnpm bench`, suite
    // synonyms. Set to empty rather than left out, so an index made with them loses them on the next start.
    synonyms: {},
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { "*": "count" } },
    // Nothing searches within facet values (the filters list the counts a search returns), so the index need not
    // build what that search reads: less work for every document indexed (issue #16).
    facetSearch: false,
    pagination: { maxTotalHits: 5000 },
  };
}
