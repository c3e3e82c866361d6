// Legal-form words and name boilerplate: "Công ty TNHH Sản xuất Thương mại Minh Phát" says what the firm is
// called, not what it makes. Left in, "công" of "Công ty" matched "gia công" (machining) and every firm ranked for
// a CNC query. Search and matching read names without them.
import { foldVietnamese } from "../text/fold.js";

/**
 * Written as firms write them, with and without diacritics; longer phrases first so "cổ phần" goes before a
 * lone "cp". English "Co." only with its dot or before "Ltd": a bare "co" is the Vietnamese "cơ" (mechanics) once
 * diacritics are gone.
 */
const legalFormPhrases: readonly string[] = [
  // Vietnamese legal forms
  "công ty trách nhiệm hữu hạn",
  "trách nhiệm hữu hạn",
  "một thành viên",
  "hai thành viên trở lên",
  "công ty cổ phần",
  "cổ phần",
  "doanh nghiệp tư nhân",
  "hợp tác xã",
  "chi nhánh",
  "công ty",
  "tập đoàn",
  "tnhh",
  "mtv",
  "ctcp",
  "cty",
  "c.ty",
  "dntn",
  "htx",
  // Words every other name carries: what it does in general, not what it makes
  "sản xuất thương mại dịch vụ",
  "thương mại dịch vụ",
  "xuất nhập khẩu",
  "sản xuất",
  "thương mại",
  "dịch vụ",
  "đầu tư",
  "tm",
  "dv",
  "sx",
  "xnk",
  "tm-dv",
  "sx-tm",
  // English
  "joint stock company",
  "company limited",
  "co., ltd.",
  "co., ltd",
  "co.,ltd.",
  "co.,ltd",
  "co. ltd",
  "co ltd",
  "co.",
  "company",
  "limited",
  "ltd.",
  "ltd",
  "jsc",
  "llc",
  "inc.",
  "inc",
  "corporation",
  "corp.",
  "corp",
  "trading",
  "manufacturing",
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A phrase after a word's start: spaces match any run of spaces; one ending in a dot needs no boundary after it. */
function phrasePattern(phrase: string): string {
  const body = phrase.split(/\s+/).map(escapeRegExp).join("\\s*[,]?\\s*");
  const end = /[.]$/.test(phrase) ? "" : "(?![\\p{L}\\p{N}])";
  return `${body}${end}`;
}

const variants = [...new Set(legalFormPhrases.flatMap((phrase) => [phrase, foldVietnamese(phrase)]))].sort(
  (a, b) => b.length - a.length,
);
// The word-start check comes once, before the alternatives, rather than in each: inside a word the match then
// fails at once instead of after trying a hundred phrases (matching reads the names of hundreds of suppliers a run).
const legalForms = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.map(phrasePattern).join("|")})`, "giu");

/**
 * The words the phrases are made of, folded, split where a search engine splits a word ("c.ty", "tm-dv",
 * "co.,ltd"): text that is none of them, nor the start of one, lies inside no legal form.
 */
const legalFormWords = [
  ...new Set(variants.flatMap((phrase) => foldVietnamese(phrase).split(/[\s,.-]+/)).filter((w) => w !== "")),
];

/**
 * Whether a word of a name (or its start, as a search engine marks a prefix) may belong to a legal form: a cheap
 * test that spares running `legalFormSpans`, a regular expression of 120 phrases, on names where nothing marked
 * can be one.
 */
export function mayBeLegalFormWord(word: string): boolean {
  const folded = foldVietnamese(word).trim();
  return folded !== "" && legalFormWords.some((legal) => legal.startsWith(folded));
}

/** Where the legal-form words of a name are, as [start, end) offsets into the name as given (NFC). */
export function legalFormSpans(name: string): [number, number][] {
  // An exec loop, not `matchAll`: matchAll copies the regular expression on every call, and for this one the copy
  // cost five times the matching (about 13 µs against 2.5 µs a name, issue #16).
  const text = name.normalize("NFC");
  const spans: [number, number][] = [];
  legalForms.lastIndex = 0;
  for (let m = legalForms.exec(text); m !== null; m = legalForms.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * The name without legal-form words and boilerplate ("Công ty TNHH Cơ khí Minh Phát" → "Cơ khí Minh Phát"), for
 * search and matching; shown names keep them. A name made only of such words is returned empty.
 */
export function withoutLegalForm(name: string): string {
  return name
    .normalize("NFC")
    .replace(legalForms, " ")
    .replace(/\s*[,&-]\s*(?=[,&-]|$)/g, " ")
    .replace(/^[\s,&-]+|[\s,&-]+$/g, "")
    .replace(/\s+/g, " ");
}
