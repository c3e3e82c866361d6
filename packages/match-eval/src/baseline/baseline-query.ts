// What the Postgres baseline searches for: every word the buyer wrote (title, description, specification) plus
// the names of the requested categories in both languages, folded like the documents, as one OR query. Unlike
// Meilisearch, Postgres reads the whole text, so nothing has to be cut to ten words.
import { foldToWords, getCategory } from "@ketnoi/domain";

/**
 * Words that say nothing about what is bought, folded. Kept short on purpose: folding merges Vietnamese words
 * ("đế" soles and "để" in order to are both "de"; "cơ" of "cơ khí" and "có" are both "co"), so a longer list
 * would drop trade words too.
 */
const stopWords = new Set([
  // Vietnamese
  "can",
  "mua",
  "cho",
  "cua",
  "va",
  "cac",
  "nhung",
  "mot",
  "la",
  "duoc",
  "voi",
  "tai",
  "theo",
  "trong",
  "khoang",
  "moi",
  "hang",
  "thang",
  "yeu",
  "cau",
  "ben",
  // English
  "a",
  "an",
  "and",
  "or",
  "of",
  "for",
  "to",
  "in",
  "on",
  "with",
  "per",
  "we",
  "our",
  "need",
  "needs",
  "from",
  "by",
  "at",
  "is",
  "are",
  "be",
  "the",
  "pcs",
  "month",
  "required",
]);

/** Above this many words ts_rank gets slow on large categories and adds little; the first words are the title. */
const maxQueryWords = 48;

export interface BaselineQueryInput {
  title: string;
  description: string;
  specification: { text: string; material?: string | undefined };
  categories: readonly string[];
}

/** The distinct folded words of the request, title first, without stop words and single letters. */
export function baselineQueryWords(request: BaselineQueryInput): string[] {
  const categoryNames = request.categories.flatMap((code) => {
    const category = getCategory(code);
    return category ? [category.nameVi, category.nameEn] : [];
  });
  const texts = [
    request.title,
    request.specification.material ?? "",
    ...categoryNames,
    request.description,
    request.specification.text,
  ];
  const words: string[] = [];
  for (const word of texts.flatMap((text) => foldToWords(text).split(" "))) {
    // Single letters are noise, single digits are not ("5 lớp" is 5-ply).
    if ((word.length < 2 && !/\d/.test(word)) || stopWords.has(word) || words.includes(word)) continue;
    words.push(word);
    if (words.length === maxQueryWords) break;
  }
  return words;
}

/**
 * A `to_tsquery('simple', …)` source matching any of the words. Words are letters and digits only after
 * folding, so they need no quoting; an empty request gives a query that matches nothing.
 */
export function orTsquery(words: readonly string[]): string {
  return words.length === 0 ? "" : words.join(" | ");
}
