// Vietnamese text folding: people type with full diacritics, without any, or with Telex leftovers; comparisons
// and search keys work on the folded form.

/**
 * Lowercases, removes tone and vowel marks, maps đ to d and collapses whitespace:
 * "Khu công nghiệp Đồng An" → "khu cong nghiep dong an".
 *
 * Matching folds every word of hundreds of supplier profiles per run, so Latin text (ASCII, the Latin-1 and Latin
 * Extended blocks, the combining marks and Vietnamese's Latin Extended Additional) is folded one character at a
 * time from a table built once by the general rule; anything else (Greek, CJK, emoji) takes the general rule
 * itself. Both give the same result for every string (test/fold.test.ts compares them).
 */
export function foldVietnamese(text: string): string {
  if (isAscii(text)) return text.toLowerCase().replace(/\s+/g, " ").trim();
  const foldedLatin = latinTable();
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = code < foldedLatin.length ? foldedLatin[code] : undefined;
    if (char === undefined) return foldAnyText(text);
    folded += char;
  }
  return folded.replace(/\s+/g, " ").trim();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The general rule, for any text. */
export function foldAnyText(text: string): string {
  return foldCharacters(text).replace(/\s+/g, " ").trim();
}

function foldCharacters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/**
 * Each Latin character folded alone (undefined outside the Latin blocks). For these blocks folding is
 * per character: canonical decomposition is, the marks it produces are all removed whatever their order, and
 * lowercasing depends on no neighbour (Greek's final sigma is the one case that does, and Greek is not here).
 */
function latinTable(): (string | undefined)[] {
  latinFolds ??= buildLatinTable();
  return latinFolds;
}

/** Built on first use: a page that imports the domain but never folds does not pay for it. */
let latinFolds: (string | undefined)[] | undefined;

function buildLatinTable(): (string | undefined)[] {
  const latinBlocks = [
    [0x0000, 0x024f], // Basic Latin, Latin-1 Supplement, Latin Extended-A and -B
    [0x0300, 0x036f], // Combining Diacritical Marks (decomposed input)
    [0x1e00, 0x1eff], // Latin Extended Additional (ạ, ế, ữ, …)
  ] as const;
  const table: (string | undefined)[] = new Array(0x1f00).fill(undefined);
  for (const [first, last] of latinBlocks)
    for (let code = first; code <= last; code++) table[code] = foldCharacters(String.fromCharCode(code));
  return table;
}

/** Folded text reduced to letters and digits separated by single spaces ("Bà Rịa-Vũng Tàu" → "ba ria vung tau"). */
export function foldToWords(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
