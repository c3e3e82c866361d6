// Lookups over the taxonomy. Everything matches on folded text (no case, diacritics or punctuation), because the
// same term arrives as "Thùng carton", "thung carton" and "THUNG-CARTON". Indexes are built once at module load.

import { foldToWords, foldVietnamese } from "../text/fold.js";
import { type Category, categories } from "./categories.js";
import { type Certification, certifications } from "./certifications.js";
import { rankCategories } from "./rank-categories.js";

export interface CategoryNode extends Category {
  children: CategoryNode[];
}

export interface CategorySearchHit {
  category: Category;
  /** The name or synonym that matched, as written in the taxonomy, or the phrase the resolver read (folded). */
  matched: string;
  /** 0–1: how much of the query the category accounts for (1: the query is one of its names). */
  confidence: number;
}

export interface CategoryMention {
  code: string;
  /** The taxonomy's own name or synonym that was found ("thùng carton 5 lớp"). */
  term: string;
  /** The words as they appear in the input ("Thung Carton 5 lop"). */
  text: string;
  /** UTF-16 offsets of `text` in the input, end exclusive. */
  start: number;
  end: number;
}

/** Every term in a synonym group expands searches for all the others, so groups stay small. */
const maxSynonymGroupSize = 50;

// ── Tree structure ───────────────────────────────────────────────────────────────────────────────────────────

const byCode = new Map<string, Category>(categories.map((category) => [category.code, category]));
const childrenOf = new Map<string | null, Category[]>();
for (const category of categories) {
  const siblings = childrenOf.get(category.parent) ?? [];
  siblings.push(category);
  childrenOf.set(category.parent, siblings);
}
const depthOf = new Map<string, number>();
for (const category of categories) depthOf.set(category.code, category.code.split(".").length);

function isLeaf(category: Category): boolean {
  return !childrenOf.has(category.code);
}

/** The category with this exact code. */
export function getCategory(code: string): Category | undefined {
  return byCode.get(code);
}

/** Direct children in taxonomy order; `null` gives the top-level groups. Empty for a leaf or an unknown code. */
export function categoryChildren(code: string | null): Category[] {
  return [...(childrenOf.get(code) ?? [])];
}

/** Whether the code names a leaf, the level suppliers are normally tagged at. False for unknown codes. */
export function isLeafCategory(code: string): boolean {
  const category = byCode.get(code);
  return category !== undefined && isLeaf(category);
}

/** All leaves in taxonomy order. */
export function leafCategories(): Category[] {
  return categories.filter(isLeaf);
}

function pushWithDescendants(code: string, out: string[], seen: Set<string>): void {
  if (!seen.has(code)) {
    seen.add(code);
    out.push(code);
  }
  for (const child of childrenOf.get(code) ?? []) pushWithDescendants(child.code, out, seen);
}

/**
 * Each known code followed by all its descendants, so filtering on a group finds suppliers tagged with any of its
 * leaves. Deduplicated, in input order; codes the taxonomy does not know come back separately in `unknown`.
 */
export function expandCategoryCodes(codes: readonly string[]): { codes: string[]; unknown: string[] } {
  const out: string[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const code of codes) {
    if (byCode.has(code)) pushWithDescendants(code, out, seen);
    else if (!unknown.includes(code)) unknown.push(code);
  }
  return { codes: out, unknown };
}

/**
 * The groups above these categories, nearest first, without the categories themselves: a supplier filed under
 * one of them claims the trade, if not this product, and is a candidate for it.
 */
export function ancestorCategoryCodes(codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const code of codes) {
    for (
      let parent = byCode.get(code)?.parent ?? null;
      parent !== null;
      parent = byCode.get(parent)?.parent ?? null
    )
      if (!out.includes(parent) && !codes.includes(parent)) out.push(parent);
  }
  return out;
}

/** A fresh nested copy of the tree, safe for the caller to modify. */
export function categoryTree(): CategoryNode[] {
  const build = (parent: string | null): CategoryNode[] =>
    (childrenOf.get(parent) ?? []).map((category) => ({ ...category, children: build(category.code) }));
  return build(null);
}

// ── Terms ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Names and synonyms of a category, as written in the data, names first. */
function termsOf(category: Category): string[] {
  return [category.nameVi, category.nameEn, ...category.synonyms.vi, ...category.synonyms.en];
}

function compact(key: string): string {
  return key.replace(/ /g, "");
}

function standaloneKeys(category: Category): Set<string> {
  return new Set((category.standaloneOnly ?? []).map(foldToWords));
}

/**
 * Orders categories sharing a term: leaves first (an import that says "cao su kỹ thuật" means the specific trade
 * even though the group lists it too), then deeper groups before shallower ones.
 */
function bySpecificity(a: Category, b: Category): number {
  const leafA = isLeaf(a);
  const leafB = isLeaf(b);
  if (leafA !== leafB) return leafA ? -1 : 1;
  if (leafA) return 0;
  return (depthOf.get(b.code) ?? 0) - (depthOf.get(a.code) ?? 0);
}

const taxonomyOrder = new Map<string, number>(categories.map((category, index) => [category.code, index]));

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

// Exact-match indexes: on the word form and, as a fallback, with spaces removed ("oring" = "o-ring"). Codes stay
// out: folded, "footwear.components" would read as the group's synonym "footwear components".
const exactIndex = new Map<string, Category[]>();
const compactIndex = new Map<string, Category[]>();
for (const category of categories) {
  for (const term of termsOf(category)) {
    const key = foldToWords(term);
    if (!key) continue;
    addTo(exactIndex, key, category);
    addTo(compactIndex, compact(key), category);
  }
}
for (const list of [...exactIndex.values(), ...compactIndex.values()]) {
  list.sort(
    (a, b) => bySpecificity(a, b) || (taxonomyOrder.get(a.code) ?? 0) - (taxonomyOrder.get(b.code) ?? 0),
  );
}

/**
 * The category with this exact code, or every category whose name or synonym equals the text after folding, most
 * specific first (leaves, then deeper groups). Spaces are ignored only when nothing matches with them.
 */
export function resolveCategoryCandidates(text: string): Category[] {
  const direct = byCode.get(text.trim());
  if (direct) return [direct];
  const key = foldToWords(text);
  if (!key) return [];
  return [...(exactIndex.get(key) ?? compactIndex.get(compact(key)) ?? [])];
}

/**
 * The one category a spreadsheet cell or form value names ("Bao bì giấy", "thung carton", "PCBA").
 *
 * Rule: when a term names both a leaf and a group, the leaf wins; among groups the deepest wins. When it names
 * two leaves (only the terms in `ambiguousCategoryTerms`), this returns undefined rather than guess; use
 * resolveCategoryCandidates to offer the choice.
 */
export function resolveCategory(text: string): Category | undefined {
  const candidates = resolveCategoryCandidates(text);
  const [first, second] = candidates;
  if (!first) return undefined;
  if (second && isLeaf(first) && isLeaf(second)) return undefined;
  return first;
}

// ── Search ───────────────────────────────────────────────────────────────────────────────────────────────────

interface SearchEntry {
  category: Category;
  term: string;
  key: string;
  compactKey: string;
  /** The key between single spaces, so word boundaries are plain substring tests. */
  padded: string;
}

const searchEntries: SearchEntry[] = [];
for (const category of categories) {
  const seen = new Set<string>();
  for (const term of termsOf(category)) {
    const key = foldToWords(term);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    searchEntries.push({ category, term, key, compactKey: compact(key), padded: ` ${key} ` });
  }
}

// Ranks, best first. Within "prefix" and "word" a match that ends on a word boundary ("in" → "in UV") beats one
// that stops inside a word ("in" → "insole").
const exactRank = 0;
const prefixRank = 1;
const wordRank = 3;

function matchRank(entry: SearchEntry, query: string, compactQuery: string): number | undefined {
  // Space-insensitive only for the exact rank: prefixes of a space-less key run across words ("thung" would
  // match "thử nghiệm").
  if (entry.key === query || entry.compactKey === compactQuery) return exactRank;
  if (entry.padded.startsWith(` ${query} `)) return prefixRank;
  if (entry.padded.startsWith(` ${query}`)) return prefixRank + 1;
  if (entry.padded.includes(` ${query} `)) return wordRank;
  if (entry.padded.includes(` ${query}`)) return wordRank + 1;
  return undefined;
}

/**
 * Categories for a search box and the pickers (`GET /v1/categories?q=`): what the query names as a whole (the
 * resolver, `rankCategories`: "Thùng carton xuất khẩu", "gia cong cnc", "automotive injection moulded parts"),
 * and names that start with what is being typed. A query that is exactly a name lists prefix matches first, as a
 * search box should; otherwise categories the resolver reads from the whole query come first, then the prefix
 * matches of the words typed so far.
 */
export function searchCategories(query: string, limit = 10): CategorySearchHit[] {
  if (limit <= 0) return [];
  const typed = prefixMatches(query, limit);
  const read = rankCategories(query, { mode: "name", limit }).candidates.flatMap((candidate) => {
    const category = byCode.get(candidate.code);
    return category
      ? [{ category, matched: candidate.matched[0] ?? category.nameVi, confidence: candidate.confidence }]
      : [];
  });
  const exactTyped = typed.some((hit) => hit.confidence === 1);
  const ordered = exactTyped ? [...typed, ...read] : [...read, ...typed];
  const seen = new Set<string>();
  return ordered
    .filter((hit) => {
      if (seen.has(hit.category.code)) return false;
      seen.add(hit.category.code);
      return true;
    })
    .slice(0, limit);
}

/**
 * Names that start with the query: exact match, then prefix ("cart" → "carton box"), then a later word starting
 * with the query ("carton" → "thùng carton"); within prefix and word matches, ending on a word boundary ranks first
 * ("in" → "in UV" before "insole"). Within a rank, shorter matched terms come first, then taxonomy order.
 */
function prefixMatches(query: string, limit: number): CategorySearchHit[] {
  const folded = foldToWords(query);
  if (!folded) return [];
  const compactQuery = compact(folded);
  const best = new Map<string, { entry: SearchEntry; rank: number }>();
  for (const entry of searchEntries) {
    const rank = matchRank(entry, folded, compactQuery);
    if (rank === undefined) continue;
    const current = best.get(entry.category.code);
    if (
      !current ||
      rank < current.rank ||
      (rank === current.rank && entry.key.length < current.entry.key.length)
    ) {
      best.set(entry.category.code, { entry, rank });
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.entry.key.length - b.entry.key.length ||
        (taxonomyOrder.get(a.entry.category.code) ?? 0) - (taxonomyOrder.get(b.entry.category.code) ?? 0),
    )
    .slice(0, limit)
    .map(({ entry, rank }) => ({
      category: entry.category,
      matched: entry.term,
      // What share of the name was typed: all of it for an exact match.
      confidence: rank === exactRank ? 1 : Math.round((folded.length / entry.key.length) * 100) / 100,
    }));
}

/**
 * One group per leaf of equivalent terms for a search engine's synonym settings: each name and synonym as
 * written, lowercased, and without diacritics, deduplicated, at most 50. Terms that are only safe standing alone
 * are left out, since the engine would apply them inside longer queries.
 */
export function categorySynonymGroups(): string[][] {
  return leafCategories().map((category) => {
    const skip = standaloneKeys(category);
    const originals = termsOf(category).filter((term) => !skip.has(foldToWords(term)));
    const forms = new Set<string>(originals);
    for (const term of originals) forms.add(term.toLowerCase());
    for (const term of originals) forms.add(foldVietnamese(term));
    return [...forms].slice(0, maxSynonymGroupSize);
  });
}

// ── Mentions in free text ────────────────────────────────────────────────────────────────────────────────────

interface TrieNode {
  next: Map<string, TrieNode>;
  hits?: { code: string; term: string }[];
}

const mentionTrie: TrieNode = { next: new Map() };
{
  // Collect which categories each folded term belongs to, then keep only the most specific ones, the same rule
  // resolveCategory applies.
  const owners = new Map<string, { category: Category; term: string }[]>();
  for (const category of categories) {
    const skip = standaloneKeys(category);
    for (const term of termsOf(category)) {
      const key = foldToWords(term);
      if (!key || skip.has(key)) continue;
      const list = owners.get(key) ?? [];
      if (!list.some((owner) => owner.category === category)) list.push({ category, term });
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    const leaves = list.filter((owner) => isLeaf(owner.category));
    const deepestGroup = list
      .filter((owner) => !isLeaf(owner.category))
      .sort((a, b) => bySpecificity(a.category, b.category))[0];
    const kept = leaves.length > 0 ? leaves : deepestGroup ? [deepestGroup] : [];
    let node = mentionTrie;
    for (const word of key.split(" ")) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.hits = kept.map((owner) => ({ code: owner.category.code, term: owner.term }));
  }
}

const asciiWord = /^[\x20-\x7e]*$/;

// Unicode normalisation dominates the scan, and Vietnamese has only a few thousand syllables, so folded words
// are memoised. The cap keeps adversarial input from growing the cache without bound.
const foldedWords = new Map<string, string>();
const maxFoldedWords = 50_000;

function foldWord(word: string): string {
  if (asciiWord.test(word)) return word.toLowerCase();
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldVietnamese(word);
    if (foldedWords.size >= maxFoldedWords) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

interface Candidate {
  first: number;
  last: number;
  /** Characters from the first word's start to the last word's end, to break ties between equal word counts. */
  span: number;
  hits: { code: string; term: string }[];
}

/**
 * Categories named in a free text, such as a sourcing request ("Cần 20.000 thùng carton 5 lớp in 2 màu" →
 * packaging.corrugated-cartons). Names and synonyms must occur as whole words after folding. Longer phrases win
 * over shorter overlapping ones ("khuôn ép nhựa" is the mould, not injection moulding), and no two mentions
 * overlap. A term shared by two leaves yields one mention for each. Results are in text order.
 */
export function extractCategoryMentions(text: string): CategoryMention[] {
  const words: { key: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const key = foldWord(match[0]);
    if (key) words.push({ key, start: match.index, end: match.index + match[0].length });
  }

  const candidates: Candidate[] = [];
  for (let first = 0; first < words.length; first++) {
    let node: TrieNode | undefined = mentionTrie;
    for (let last = first; last < words.length; last++) {
      node = node.next.get(words[last]!.key);
      if (!node) break;
      if (node.hits) {
        candidates.push({ first, last, span: words[last]!.end - words[first]!.start, hits: node.hits });
      }
    }
  }

  candidates.sort((a, b) => b.last - b.first - (a.last - a.first) || b.span - a.span || a.first - b.first);
  const taken = new Uint8Array(words.length);
  const accepted: Candidate[] = [];
  for (const candidate of candidates) {
    let free = true;
    for (let i = candidate.first; i <= candidate.last && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.first, candidate.last + 1);
    accepted.push(candidate);
  }
  accepted.sort((a, b) => a.first - b.first);

  return accepted.flatMap((candidate) => {
    const start = words[candidate.first]!.start;
    const end = words[candidate.last]!.end;
    return candidate.hits.map((hit) => ({
      code: hit.code,
      term: hit.term,
      text: text.slice(start, end),
      start,
      end,
    }));
  });
}

// ── Certifications ───────────────────────────────────────────────────────────────────────────────────────────

const certificationPrefixes = [
  "chung nhan ",
  "chung chi ",
  "tieu chuan ",
  "certified ",
  "certificate ",
  "certification ",
];
const certificationSuffixes = [
  " certified",
  " certificate",
  " certification",
  " compliant",
  " audit",
  " audited",
];

/** Folds a certification name to a comparison key without spaces, edition year, version or filler words. */
function certificationKey(text: string): string {
  let key = foldToWords(text);
  for (const prefix of certificationPrefixes) {
    if (key.startsWith(prefix) && key.length > prefix.length) key = key.slice(prefix.length);
  }
  for (const suffix of certificationSuffixes) {
    if (key.endsWith(suffix) && key.length > suffix.length) key = key.slice(0, -suffix.length);
  }
  // "ISO 9001:2015" and "FSSC 22000 v5.1" name the same certification as their undated forms.
  key = key.replace(/ v\d+( \d+)*$/, "").replace(/ (19|20)\d\d$/, "");
  return compact(key);
}

const certificationIndex = new Map<string, Certification>();
for (const certification of certifications) {
  for (const term of [
    certification.code,
    certification.name,
    certification.nameVi,
    certification.nameEn,
    ...certification.synonyms,
  ]) {
    const key = certificationKey(term);
    if (key && !certificationIndex.has(key)) certificationIndex.set(key, certification);
  }
}

/** The certification a supplier or buyer wrote: "ISO 9001:2015", "iso9001", "Chứng nhận BSCI", "FSC-COC". */
export function resolveCertification(text: string): Certification | undefined {
  const key = certificationKey(text);
  return key ? certificationIndex.get(key) : undefined;
}

/** The certification with this exact code. */
export function getCertification(code: string): Certification | undefined {
  return certifications.find((certification) => certification.code === code);
}
