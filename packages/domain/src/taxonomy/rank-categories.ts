// The one category resolver: from the words people write for a trade ("Thùng carton xuất khẩu", "gia cong cnc",
// "Automotive injection moulded parts", "nắp chai nhựa") to taxonomy entries, ranked, each with a confidence.
// Used by the supplier import, request category inference, GET /v1/categories?q= and the pickers.
//
// How it reads a text: fold it to words (no case, diacritics or punctuation), stem English lightly ("molded" →
// "mould", "boxes" → "box"), and find every phrase it knows — the taxonomy's names and synonyms and the lexicon's
// products and trade words — as whole words. Each category scores the words its phrases cover; the head of the
// name counts extra (the first word in Vietnamese, "thùng carton xuất khẩu"; the last in English, "export
// cartons"), and words after a purpose marker ("đựng", "cho", "for", "packed in") count little, because they name
// what the item is for, not the item. Legal forms and words like "sản xuất" count for nothing; market and quality
// words ("xuất khẩu", "food-grade") are returned as qualifiers.
import { foldToWords } from "../text/fold.js";
import { type Category, categories } from "./categories.js";
import {
  boilerplateWords,
  categoryLexicon,
  categoryQualifiers,
  needMarkers,
  purposeMarkers,
} from "./category-lexicon.js";

export interface RankedCategory {
  code: string;
  /** 0–1: the share of the text's meaningful words the category's phrases account for (1: an exact name). */
  confidence: number;
  /** The known phrases that matched, folded ("thung carton"). */
  matched: string[];
  /** Whether it accounts for the head of the name: "thùng" in "thùng carton xuất khẩu", "cartons" in English. */
  head: boolean;
}

export interface CategoryReading {
  /** Best first; empty when nothing known was found. */
  candidates: RankedCategory[];
  /** Market, grade or quality words found around the trade ("xuat khau", "food grade"), folded. */
  qualifiers: string[];
}

export interface RankCategoriesOptions {
  /**
   * `name`: the text is a category name (a spreadsheet cell, a search box). `text`: running text (a request title),
   * where terms that only identify a category standing alone ("vải", "tiện") are not read.
   */
  mode?: "name" | "text";
  limit?: number;
}

// ── Words ────────────────────────────────────────────────────────────────────────────────────────────────────

/** American spellings and inflections onto one stem, so "molded", "moulding" and "mould" meet. */
const spellings: Readonly<Record<string, string>> = {
  mold: "mould",
  aluminum: "aluminium",
  color: "colour",
  fibre: "fiber",
  galvanis: "galvaniz",
  anodis: "anodiz",
};

function stem(word: string): string {
  let w = word;
  for (const [from, to] of Object.entries(spellings)) if (w.startsWith(from)) w = to + w.slice(from.length);
  // The process and the tool differ: "moulded", "moulding" are the process, "moulds" the tools.
  if (/^mould(ed|ing|ings)$/.test(w)) return "moulding";
  if (w.length > 5 && w.endsWith("ings")) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ied")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(xes|ches|shes|sses)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.slice(0, -1);
  return w;
}

/** Folded, stemmed words of a text. */
function wordsOf(text: string): string[] {
  const folded = foldToWords(text);
  return folded ? folded.split(" ").map(stem) : [];
}

// ── The phrase index ─────────────────────────────────────────────────────────────────────────────────────────

type PhraseKind = "category" | "boilerplate" | "qualifier" | "purpose" | "need";

interface PhraseHit {
  kind: PhraseKind;
  code?: string;
  /** Only identifies the category standing alone; skipped in running text. */
  standalone?: boolean;
  phrase: string;
}

interface Node {
  next: Map<string, Node>;
  hits: PhraseHit[];
}

const root: Node = { next: new Map(), hits: [] };

function addPhrase(text: string, hit: Omit<PhraseHit, "phrase">): void {
  const words = wordsOf(text);
  if (words.length === 0) return;
  const phrase = words.join(" ");
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map(), hits: [] };
      node.next.set(word, child);
    }
    node = child;
  }
  if (!node.hits.some((h) => h.kind === hit.kind && h.code === hit.code)) node.hits.push({ ...hit, phrase });
}

const byCode = new Map<string, Category>(categories.map((c) => [c.code, c]));
const taxonomyOrder = new Map<string, number>(categories.map((c, i) => [c.code, i]));
const hasChildren = new Set(categories.map((c) => c.parent).filter((p): p is string => p !== null));
/** Words that occur in Vietnamese phrases only, to tell which end of a name is its head. */
const vietnameseWords = new Set<string>();
const englishWords = new Set<string>();

for (const category of categories) {
  const standalone = new Set((category.standaloneOnly ?? []).map((t) => wordsOf(t).join(" ")));
  const vi = [category.nameVi, ...category.synonyms.vi];
  const en = [category.nameEn, ...category.synonyms.en];
  for (const term of [...vi, ...en, ...(categoryLexicon[category.code] ?? [])]) {
    addPhrase(term, {
      kind: "category",
      code: category.code,
      standalone: standalone.has(wordsOf(term).join(" ")),
    });
  }
  for (const term of vi) for (const w of wordsOf(term)) vietnameseWords.add(w);
  for (const term of en) for (const w of wordsOf(term)) englishWords.add(w);
}
for (const term of Object.values(categoryLexicon).flat()) {
  if (foldToWords(term) !== term.toLowerCase()) for (const w of wordsOf(term)) vietnameseWords.add(w);
}
for (const w of [...vietnameseWords]) if (englishWords.has(w)) vietnameseWords.delete(w);
for (const w of [...englishWords]) if (vietnameseWords.has(w)) englishWords.delete(w);
for (const term of boilerplateWords) addPhrase(term, { kind: "boilerplate" });
for (const term of categoryQualifiers) addPhrase(term, { kind: "qualifier" });
for (const term of purposeMarkers) addPhrase(term, { kind: "purpose" });
for (const term of needMarkers) addPhrase(term, { kind: "need" });

interface Mention {
  first: number;
  last: number;
  hit: PhraseHit;
}

function mentionsIn(words: readonly string[]): Mention[] {
  const found: Mention[] = [];
  for (let first = 0; first < words.length; first++) {
    let node: Node | undefined = root;
    for (let last = first; last < words.length; last++) {
      node = node.next.get(words[last]!);
      if (!node) break;
      for (const hit of node.hits) found.push({ first, last, hit });
    }
  }
  return found;
}

// ── Ranking ──────────────────────────────────────────────────────────────────────────────────────────────────

/** What a word after a purpose marker is worth: it names what the item is for, not the item. */
const purposeWeight = 0.25;
/** The extra a category earns for covering the head of the name. */
const headBonus = 0.75;

function isLeaf(code: string): boolean {
  return !hasChildren.has(code);
}

/**
 * Ranks the categories a text names, best first, with a confidence each and the qualifiers around the trade.
 * A taxonomy code given as such resolves to itself with confidence 1.
 */
export function rankCategories(text: string, options: RankCategoriesOptions = {}): CategoryReading {
  const limit = options.limit ?? 5;
  const direct = byCode.get(text.trim());
  if (direct)
    return { candidates: [{ code: direct.code, confidence: 1, matched: [], head: true }], qualifiers: [] };
  const words = wordsOf(text);
  if (words.length === 0) return { candidates: [], qualifiers: [] };
  const mentions = mentionsIn(words).filter((m) => !(options.mode === "text" && m.hit.standalone));

  // Words that carry no meaning: legal forms and filler, unless a category phrase spans them ("dịch vụ đóng gói").
  const role: ("content" | "boilerplate" | "qualifier")[] = words.map(() => "content");
  const categorySpan = new Uint8Array(words.length);
  for (const m of mentions) if (m.hit.kind === "category") categorySpan.fill(1, m.first, m.last + 1);
  const qualifiers: string[] = [];
  for (const m of mentions) {
    if (m.hit.kind !== "boilerplate" && m.hit.kind !== "qualifier") continue;
    let spansCategory = false;
    for (let i = m.first; i <= m.last; i++) if (categorySpan[i]) spansCategory = true;
    // "dịch vụ đóng gói" and "dây điện xe máy" are trade phrases, not filler around one.
    if (spansCategory) continue;
    for (let i = m.first; i <= m.last; i++) role[i] = m.hit.kind;
    if (m.hit.kind === "qualifier" && !qualifiers.includes(m.hit.phrase)) qualifiers.push(m.hit.phrase);
  }
  const insideCategory = (m: Mention) => {
    for (let i = m.first; i <= m.last; i++) if (categorySpan[i]) return true;
    return false;
  };
  // In running text, what comes before "cần" / "need" describes the buyer, not what is bought.
  let itemFrom = 0;
  if (options.mode === "text") {
    const need = mentions
      .filter((m) => m.hit.kind === "need" && m.first > 0 && !insideCategory(m))
      .sort((a, b) => a.first - b.first || b.last - a.last)[0];
    if (need) itemFrom = need.last + 1;
  }
  // Everything after the first purpose marker (outside a category phrase) names what the item is for.
  let purposeFrom = words.length;
  for (const m of mentions) {
    if (m.hit.kind !== "purpose" || m.first <= itemFrom || insideCategory(m)) continue;
    if (m.first < purposeFrom) purposeFrom = m.first;
  }
  const weight = words.map((_, i): number =>
    role[i] !== "content" ? 0 : i < itemFrom || i >= purposeFrom ? purposeWeight : 1,
  );
  const contentIndexes = words.flatMap((_, i) =>
    role[i] === "content" && i >= itemFrom && i < purposeFrom ? [i] : [],
  );
  const contentWeight = weight.reduce((sum, w) => sum + w, 0);

  // The head: the first meaningful word in Vietnamese, the last before any purpose clause in English.
  const vi = words.filter((w) => vietnameseWords.has(w)).length;
  const en = words.filter((w) => englishWords.has(w)).length;
  // Specifications trail a name ("pallets ISPM 15", "bulong M10"): a word with a digit, or one before a number,
  // is not its head.
  const headIndexes = contentIndexes.filter(
    (i) => !/\d/.test(words[i] ?? "") && !/^\d/.test(words[i + 1] ?? ""),
  );
  const heads = headIndexes.length > 0 ? headIndexes : contentIndexes;
  const head = vi >= en ? heads[0] : heads[heads.length - 1];

  const byCategory = new Map<string, { covered: Set<number>; matched: Set<string> }>();
  for (const m of mentions) {
    if (m.hit.kind !== "category" || !m.hit.code) continue;
    const entry = byCategory.get(m.hit.code) ?? { covered: new Set<number>(), matched: new Set<string>() };
    for (let i = m.first; i <= m.last; i++) entry.covered.add(i);
    entry.matched.add(m.hit.phrase);
    byCategory.set(m.hit.code, entry);
  }
  // A leaf named alongside its group's words covers them too: "denim fabric" is woven fabric, not just fabric.
  for (const [code, entry] of byCategory) {
    for (let parent = byCode.get(code)?.parent ?? null; parent; parent = byCode.get(parent)?.parent ?? null) {
      const inherited = byCategory.get(parent);
      if (inherited) for (const i of inherited.covered) entry.covered.add(i);
    }
  }
  const whole = words.filter((_, i) => role[i] === "content").join(" ");
  const scored = [...byCategory].map(([code, { covered, matched }]) => {
    let score = 0;
    for (const i of covered) score += weight[i] ?? 0;
    if (head !== undefined && covered.has(head)) score += headBonus;
    const exact = [...matched].some((phrase) => phrase === whole);
    const confidence = exact
      ? 1
      : contentWeight > 0
        ? Math.min(1, (score - (covered.has(head ?? -1) ? headBonus : 0)) / contentWeight)
        : 0;
    return {
      code,
      score: exact ? score + 1 : score,
      confidence: Math.round(confidence * 100) / 100,
      matched: [...matched],
      head: head !== undefined && covered.has(head),
    };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      Number(isLeaf(b.code)) - Number(isLeaf(a.code)) ||
      b.code.split(".").length - a.code.split(".").length ||
      (taxonomyOrder.get(a.code) ?? 0) - (taxonomyOrder.get(b.code) ?? 0),
  );
  return {
    candidates: scored
      .slice(0, limit)
      .map(({ code, confidence, matched, head }) => ({ code, confidence, matched, head })),
    qualifiers,
  };
}
