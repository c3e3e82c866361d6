// How well a supplier's own words cover a request's query words. Computed here rather than taken from the search
// engine's ranking score so that it is the same whichever direction matching runs in (one request against many
// suppliers, or one supplier against many requests), costs no round trip, and can be tested.

import { withoutLegalForm } from "../suppliers/legal-form.js";
import { getCategory } from "../taxonomy/index.js";
import { foldVietnamese } from "../text/fold.js";

/** What a supplier says about itself, as it is searchable. */
export interface SupplierText {
  legalName: string;
  tradeName: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  categories: readonly string[];
  /** Its own words for what it makes, where no category fits. */
  ownCategories?: readonly string[];
  processes: readonly string[];
  materials: readonly string[];
  exampleProducts: readonly string[];
}

const tokenPattern = /[\p{L}\p{N}]+/gu;

function tokens(text: string): string[] {
  return foldVietnamese(text).match(tokenPattern) ?? [];
}

/**
 * The folded words of everything a supplier is found by: its names (without legal forms), descriptions, products, processes and
 * materials, and the names and trade synonyms of its categories in both languages (so an English query meets a
 * supplier that wrote only Vietnamese, as in the search index).
 */
export function supplierWords(supplier: SupplierText): Set<string> {
  return foldSupplierText(supplier).words;
}

/**
 * A supplier's words (`supplierWords`) and its profile — descriptions, materials, processes and example products,
 * in that order — as one folded text, each text folded once: a match run prepares hundreds of suppliers, and
 * folding their descriptions was most of its time.
 */
export function foldSupplierText(supplier: SupplierText): { words: Set<string>; profile: string } {
  const profileTexts = [
    supplier.descriptionVi ?? "",
    supplier.descriptionEn ?? "",
    ...supplier.materials,
    ...supplier.processes,
    ...supplier.exampleProducts,
  ];
  // Folding is character by character and collapses whitespace, so the folded texts joined by a space are the
  // joined text folded; and words never span the space.
  const profile = profileTexts
    .map(foldVietnamese)
    .filter((folded) => folded !== "")
    .join(" ");
  // Legal forms say nothing about what is made ("Công ty" would match "gia công").
  const otherTexts = [
    withoutLegalForm(supplier.legalName),
    withoutLegalForm(supplier.tradeName ?? ""),
    ...(supplier.ownCategories ?? []),
  ];
  const words = new Set<string>();
  for (const word of [...(profile.match(tokenPattern) ?? []), ...otherTexts.flatMap(tokens)]) {
    words.add(word);
    words.add(singular(word));
  }
  // Category words come with their singulars already (folded once per process).
  for (const code of supplier.categories) for (const word of categoryWords(code)) words.add(word);
  return { words, profile };
}

/**
 * An English plural's singular ("caps" → "cap", "boxes" → "box"), else the word: short stems are matched exactly
 * (`minPrefixLength`), so "caps" would never meet "cap". No folded Vietnamese syllable ends in "s".
 */
function singular(word: string): string {
  if (word.length < 4 || !word.endsWith("s") || word.endsWith("ss")) return word;
  if (/(x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The folded words of a category's names and trade synonyms in both languages, with their singulars. The taxonomy is fixed for the life
 * of the process, so each category is folded once: folding them again for each of the hundreds of candidates a
 * match run scores took most of the run.
 */
function categoryWords(code: string): readonly string[] {
  let words = categoryWordsByCode.get(code);
  if (!words) {
    const category = getCategory(code);
    const folded = category
      ? [category.nameVi, category.nameEn, ...category.synonyms.vi, ...category.synonyms.en].flatMap(tokens)
      : [];
    words = [...new Set([...folded, ...folded.map(singular)])];
    categoryWordsByCode.set(code, words);
  }
  return words;
}

const categoryWordsByCode = new Map<string, readonly string[]>();

/** Words this short are matched exactly: as prefixes they would match half the vocabulary ("in" → "inox"). */
const minPrefixLength = 4;

function covers(words: Set<string>, word: string): boolean {
  if (words.has(word) || words.has(singular(word))) return true;
  if (word.length < minPrefixLength) return false;
  // "mould" finds "moulding", "anodiz" finds "anodized": buyers and suppliers inflect the same stem differently.
  for (const candidate of words)
    if (candidate.startsWith(word) || word.startsWith(candidate)) {
      if (Math.min(candidate.length, word.length) >= minPrefixLength) return true;
    }
  return false;
}

/**
 * The share of the query's distinct words the supplier's words cover, 0–1; 0 for an empty query. Diacritics and
 * case aside, whole words, or shared stems of four letters or more.
 */
export function textRelevance(queryText: string, words: Set<string>): number {
  const query = [...new Set(tokens(queryText))];
  if (query.length === 0) return 0;
  const covered = query.filter((word) => covers(words, word)).length;
  return Math.round((covered / query.length) * 1000) / 1000;
}

/** What a word shares with every word it covers or is covered by (`covers`): its first four letters, or itself. */
const retrievalKey = (word: string): string => word.slice(0, minPrefixLength);

/**
 * Keys for finding by an exact filter the open requests whose query a supplier's words may cover (the reverse
 * direction of soft retrieval): a query word the supplier's words cover shares a key with them
 * (`supplierWordKeys`), so a request sharing none has no text relevance to the supplier. A superset:
 * `textRelevance` decides.
 */
export function queryWordKeys(queryText: string): string[] {
  const keys = new Set<string>();
  for (const word of tokens(queryText)) {
    keys.add(retrievalKey(word));
    // "caps" is covered by "cap", whose key is shorter than "caps"'s.
    keys.add(retrievalKey(singular(word)));
  }
  return [...keys];
}

/** The keys of a supplier's words (`supplierWords`), to meet `queryWordKeys`. */
export function supplierWordKeys(words: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const word of words) keys.add(retrievalKey(word));
  return [...keys];
}
