// A buyer may leave categories empty; we read them from what they wrote, and show what we read so they can
// correct it.
import {
  type CategoryMention,
  extractCategoryMentions,
  getCategory,
  rankCategories,
} from "../taxonomy/index.js";
import type { RuleIssue } from "./request-schema.js";

export interface InferredCategory {
  code: string;
  /** The words of the title or description that named it, as the buyer wrote them. */
  terms: string[];
}

/** At most this many: a long description mentions materials and processes that are not what is being bought. */
export const maxInferredCategories = 5;

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Buyers describe the part ("injection moulded housings") where the taxonomy names the process ("injection
 * moulding"), so English participles are also read as the process. Word for word, so a mention found in the
 * variant maps back onto the buyer's own words.
 */
function processVariant(text: string): string {
  return text.replace(wordPattern, (word) =>
    word.length >= 6 && /^[a-z]+ed$/i.test(word) ? `${word.slice(0, -2)}ing` : word,
  );
}

function mentionsIn(text: string): CategoryMention[] {
  const direct = extractCategoryMentions(text);
  const variant = processVariant(text);
  if (variant === text) return direct;
  const originalWords = [...text.matchAll(wordPattern)];
  const variantWords = [...variant.matchAll(wordPattern)];
  const mapped = extractCategoryMentions(variant).flatMap((mention) => {
    const first = variantWords.findIndex((w) => w.index === mention.start);
    const last = variantWords.findIndex((w) => w.index + w[0].length === mention.end);
    const from = originalWords[first];
    const to = originalWords[last];
    if (!from || !to) return [];
    const start = from.index;
    const end = to.index + to[0].length;
    return [{ ...mention, text: text.slice(start, end), start, end }];
  });
  return [...direct, ...mapped].sort((a, b) => a.start - b.start);
}

function isAncestorOf(ancestor: string, code: string): boolean {
  for (let parent = getCategory(code)?.parent ?? null; parent; parent = getCategory(parent)?.parent ?? null) {
    if (parent === ancestor) return true;
  }
  return false;
}

/**
 * The trades of the item a text asks for, best first: the resolver's first reading, and any other it reads as
 * strongly ("thùng carton và xốp EPE"). Trades merely mentioned — a process applied to the part ("mạ niken"), what
 * it ships in ("packed in cartons"), the buyer's own industry ("xưởng may … cần") — read weaker and are left out.
 */
export function itemCategories(text: string): string[] {
  const [first, ...rest] = rankCategories(text, { mode: "text", limit: 5 }).candidates;
  if (!first) return [];
  // A second trade counts when the text joins it to the first ("và", "and", "&", "+"); otherwise a reading that
  // misses the head word is a modifier of the item ("heat-treated pallets", "khay nhựa định hình").
  const joined = /\s(và|va|and)\s|[&+]/i.test(text);
  const alike = rest.filter(
    (candidate) =>
      (joined || candidate.head || !first.head) &&
      candidate.confidence >= Math.max(0.3, 0.75 * first.confidence) &&
      !isAncestorOf(candidate.code, first.code) &&
      !isAncestorOf(first.code, candidate.code),
  );
  return [first.code, ...alike.map((candidate) => candidate.code)];
}

/**
 * The categories read from a request's words, the item's own trades first (from the title, else the
 * description), then the others its words name, each with the words that named it as the buyer wrote them.
 */
export function inferRequestCategories(title: string, description: string): InferredCategory[] {
  const found = new Map<string, string[]>();
  const items = itemCategories(title);
  for (const code of items.length > 0 ? items : itemCategories(description)) found.set(code, []);
  for (const mention of [...mentionsIn(title), ...mentionsIn(description)]) {
    const terms = found.get(mention.code) ?? [];
    if (!terms.includes(mention.text)) terms.push(mention.text);
    found.set(mention.code, terms);
  }
  return [...found].slice(0, maxInferredCategories).map(([code, terms]) => ({ code, terms }));
}

/**
 * The categories a request is published with when the buyer chose none: the trades of the item its title asks
 * for, or when the title names none, the first of those read from its description. A description also mentions
 * what the item is for and how it is handled ("for our electronics plant", "carton marking"), not what is bought.
 */
export function categoriesFromInference(title: string, inferred: readonly InferredCategory[]): string[] {
  const items = itemCategories(title);
  if (items.length > 0) return items;
  return inferred.slice(0, 1).map((category) => category.code);
}

/** The categories a request is published with: the buyer's own, or else the inferred ones; never none. */
export function publishingCategories(
  chosen: readonly string[],
  title: string,
  inferred: readonly InferredCategory[],
): { ok: true; categories: string[] } | { ok: false; issue: RuleIssue } {
  if (chosen.length > 0) return { ok: true, categories: [...chosen] };
  if (inferred.length === 0) {
    return {
      ok: false,
      issue: { path: ["categories"], message: "could not infer a category; choose at least one" },
    };
  }
  return { ok: true, categories: categoriesFromInference(title, inferred) };
}
