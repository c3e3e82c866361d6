// A buyer may leave categories empty; we read them from what they wrote, and show what we read so they can
// correct it.
import { type CategoryMention, extractCategoryMentions } from "../taxonomy/index.js";
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

/** Categories named in the title, then those named only in the description, each with its matched words. */
export function inferRequestCategories(title: string, description: string): InferredCategory[] {
  const found = new Map<string, string[]>();
  for (const mention of [...mentionsIn(title), ...mentionsIn(description)]) {
    const terms = found.get(mention.code) ?? [];
    if (!terms.includes(mention.text)) terms.push(mention.text);
    found.set(mention.code, terms);
  }
  return [...found].slice(0, maxInferredCategories).map(([code, terms]) => ({ code, terms }));
}

/**
 * The categories a request is published with when the buyer chose none: those its title names, or all the
 * inferred ones when the title names none. The title says what is bought; a description also mentions what it is
 * for and how it is handled ("for our electronics plant", "carton marking"), which are not what is bought.
 */
export function categoriesFromInference(title: string, inferred: readonly InferredCategory[]): string[] {
  const named = new Set(mentionsIn(title).map((mention) => mention.code));
  const fromTitle = inferred.filter((category) => named.has(category.code));
  return (fromTitle.length > 0 ? fromTitle : inferred).map((category) => category.code);
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
