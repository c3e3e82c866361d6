// Vietnamese text folding: people type with full diacritics, without any, or with Telex leftovers; comparisons
// and search keys work on the folded form.

/**
 * Lowercases, removes tone and vowel marks, maps đ to d and collapses whitespace:
 * "Khu công nghiệp Đồng An" → "khu cong nghiep dong an".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Folded text reduced to letters and digits separated by single spaces ("Bà Rịa-Vũng Tàu" → "ba ria vung tau"). */
export function foldToWords(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
