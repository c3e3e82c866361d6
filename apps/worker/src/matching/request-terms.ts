// What a request is about, as words: the key terms a search engine can use (Meilisearch reads only the first 10
// words of a query, so the description is never pasted in) and the terms shown back to people as "matches".
import type { SourcingRequest } from "@ketnoi/db";
import { foldVietnamese, itemPartOfTitle } from "@ketnoi/domain";

/** Meilisearch reads only the first 10 query words; the rest would be silently ignored. */
const maxQueryWords = 10;

/** Materials the buyer named, as written: "ABS, PC / PP" gives three terms. */
export function materialTerms(request: Pick<SourcingRequest, "specification">): string[] {
  return (request.specification.material ?? "")
    .split(/[,;/+]| và | and /i)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
}

/**
 * Words that say nothing about what is made: request phrasing ("cần mua", "looking for"), units and packaging of
 * the quantity. Folded, as compared.
 */
const fillerWords = new Set([
  "can",
  "mua",
  "tim",
  "dat",
  "dang",
  "cho",
  "va",
  "cua",
  "dung",
  "theo",
  "voi",
  "moi",
  "thang",
  "nam",
  "lam",
  "gia",
  "re",
  "nha",
  "cung",
  "cap",
  "yeu",
  "cau",
  "bao",
  "khoang",
  "tren",
  "duoi",
  "need",
  "needs",
  "needed",
  "want",
  "looking",
  "for",
  "of",
  "the",
  "a",
  "an",
  "and",
  "with",
  "to",
  "in",
  "per",
  "month",
  "monthly",
  "year",
  "supplier",
  "suppliers",
  "partner",
  "quote",
  "quotes",
  "rfq",
  "request",
  "pcs",
  "pc",
  "units",
  "unit",
  "cai",
  "chiec",
  "bo",
  "kg",
  "tan",
  "tons",
  "tonnes",
  "sets",
  "pairs",
  "doi",
  "lot",
  "lots",
]);

/** "20.000", "40,000", "500": quantities, not specifications (unlike "5" in "5 lớp" or "A6061"). */
const isQuantity = (word: string) => /^\d[\d.,]*$/.test(word) && word.replace(/\D/g, "").length >= 3;

/**
 * The query that ranks candidates: the materials first (the most telling words), then the title in the buyer's
 * own words up to what the item is for (`itemPartOfTitle`), then the names of the group members a vague request
 * names in its text (`focusNames`: "Packaging materials" says nothing the stretch-film maker's words could cover),
 * without filler and quantities, at most ten distinct words. Category names are left out: every
 * candidate already shares them (the filter saw to that), so they would only cost synonym expansion.
 */
export function requestQueryText(
  request: Pick<SourcingRequest, "title" | "specification">,
  focusNames: readonly string[] = [],
): string {
  // What the item is for or packed in ranks suppliers of the other thing ("caps for our HDPE bottles").
  const words = [...materialTerms(request), itemPartOfTitle(request.title), ...focusNames]
    // A comma between digits is a thousands or decimal separator ("40,000 pcs", "0,5 mm"), not a list.
    .flatMap((text) => text.split(/[\s;:()/+]+|,(?!\d)/))
    .map((word) => word.replace(/^[-–.#]+|[-–.]+$/g, ""))
    .filter((word) => word.length > 0 && !isQuantity(word) && !fillerWords.has(foldVietnamese(word)));
  return firstDistinctWords(words, maxQueryWords).join(" ");
}

/** The first `limit` words that differ once diacritics and case are folded. */
function firstDistinctWords(words: readonly string[], limit: number): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    const key = foldVietnamese(word);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    kept.push(word);
    if (kept.length === limit) break;
  }
  return kept;
}

/** The words worth quoting back to people: the materials and the words the category was inferred from. */
export function shownTerms(request: Pick<SourcingRequest, "specification" | "inferredCategories">): string[] {
  return [...materialTerms(request), ...request.inferredCategories.flatMap((c) => c.terms)];
}
