// Reading the list cells of an import whose entries must be things we know: categories and certifications (by
// code or any Vietnamese or English name), languages and export markets. Each entry that is not known is reported
// on its own, so one pass over the file fixes them all.
import {
  getCategory,
  rankCategories,
  resolveCategory,
  resolveCategoryCandidates,
  resolveCertification,
} from "../taxonomy/index.js";
import { foldToWords } from "../text/fold.js";
import { type ImportIssue, importIssue } from "./import-issues.js";
import { datePattern, isoDateOf, splitList, strongSeparator } from "./import-values.js";
import type { businessLanguages, SupplierProfileRawInput } from "./profile-schema.js";

type BusinessLanguage = (typeof businessLanguages)[number];
type HeldCertification = NonNullable<SupplierProfileRawInput["certifications"]>[number];
/** Reports a problem with one entry of the cell. */
type Fail = (issue: ImportIssue) => void;

/** The categories a cell names, and the entries kept in the supplier's own words because they name none. */
export interface CategoryCell {
  codes: string[];
  ownWords: string[];
  /** One per entry kept in the supplier's words: what it said and the categories it may mean. */
  unresolved: { entry: string; suggestions: string[] }[];
}

/**
 * Below this confidence a name is kept in the supplier's own words rather than filed under a guess; the words
 * are searchable and used in matching either way, and the warning offers the guesses.
 */
const minImportConfidence = 0.5;

/**
 * Reads a categories cell without ever refusing an entry: codes and exact names resolve; other names go through
 * the resolver ("Thùng carton xuất khẩu" → cartons); what it cannot file with confidence is kept as written.
 * Entries are separated by ";", "|" or new lines, and by commas when the entry does not resolve as a whole but
 * some comma-separated piece does.
 */
export function readCategoryCell(text: string): CategoryCell {
  const cell: CategoryCell = { codes: [], ownWords: [], unresolved: [] };
  const addCode = (code: string) => {
    if (!cell.codes.includes(code)) cell.codes.push(code);
  };
  for (const entry of splitList(text, strongSeparator)) {
    const whole = resolveCategoryName(entry);
    if (whole) {
      addCode(whole);
      // Read rather than looked up ("Thùng carton xuất khẩu"): the supplier's wording, qualifier and all, stays.
      if (!resolveCategory(entry) && !cell.ownWords.includes(entry)) cell.ownWords.push(entry);
      continue;
    }
    const pieces = splitList(entry, /,/);
    const resolvedPieces = pieces.map(resolveCategoryName);
    const split = pieces.length > 1 && resolvedPieces.some((code) => code !== undefined);
    for (const [index, piece] of (split ? pieces : [entry]).entries()) {
      const code = split ? resolvedPieces[index] : undefined;
      if (code) addCode(code);
      else keepOwnWords(cell, piece);
    }
  }
  return cell;
}

function keepOwnWords(cell: CategoryCell, entry: string): void {
  if (cell.ownWords.includes(entry)) return;
  cell.ownWords.push(entry);
  cell.unresolved.push({
    entry,
    suggestions: rankCategories(entry, { limit: 3 }).candidates.map((c) => c.code),
  });
}

/** The one category an entry names with confidence: a code, an exact name, or the resolver's clear first. */
function resolveCategoryName(entry: string): string | undefined {
  const exact = resolveCategory(entry);
  if (exact) return exact.code;
  if (resolveCategoryCandidates(entry).length > 1) return undefined;
  const [first, second] = rankCategories(entry, { limit: 2 }).candidates;
  if (!first || first.confidence < minImportConfidence) return undefined;
  // Two trades read equally well ("nhãn mác": printed or woven labels) is a question, not an answer.
  if (second && second.confidence >= first.confidence && !isAncestor(second.code, first.code))
    return undefined;
  return first.code;
}

function isAncestor(ancestor: string, code: string): boolean {
  for (let parent = getCategory(code)?.parent ?? null; parent; parent = getCategory(parent)?.parent ?? null) {
    if (parent === ancestor) return true;
  }
  return false;
}

export const readCertifications = (text: string, fail: Fail) =>
  resolveList(text, resolveCertificationEntry, fail);
export const readLanguages = (text: string, fail: Fail) => resolveList(text, resolveLanguageEntry, fail);
export const readExportMarkets = (text: string, fail: Fail) => resolveList(text, resolveMarketEntry, fail);

type Resolved<T> = { ok: true; values: T[] } | { ok: false; issue: ImportIssue };

/**
 * Resolves each entry of a list cell. Entries are separated by ";", "|" or new lines; a comma separates too, but
 * only when the text does not resolve as a whole and every comma-separated piece does, because names may hold
 * commas where codes never do.
 */
function resolveList<T>(text: string, resolveOne: (entry: string) => Resolved<T>, fail: Fail): T[] {
  const values: T[] = [];
  for (const entry of splitList(text, strongSeparator)) {
    const whole = resolveOne(entry);
    if (whole.ok) {
      values.push(...whole.values);
      continue;
    }
    const pieces = splitList(entry, /,/);
    if (pieces.length < 2) {
      fail(whole.issue);
      continue;
    }
    for (const piece of pieces) {
      const resolved = resolveOne(piece);
      if (resolved.ok) values.push(...resolved.values);
      else fail(resolved.issue);
    }
  }
  return values;
}

function resolveCertificationEntry(entry: string): Resolved<HeldCertification> {
  const date = datePattern.exec(entry);
  let expiresOn: string | undefined;
  let name = entry;
  if (date) {
    expiresOn = isoDateOf(date);
    if (!expiresOn) {
      return { ok: false, issue: importIssue("invalid_date", { value: date[0], entry }) };
    }
    name = entry.slice(0, date.index) + entry.slice(date.index + date[0].length);
  }
  const certification = resolveCertification(withoutExpiryWords(foldToWords(name)));
  if (!certification) {
    return { ok: false, issue: importIssue("unknown_certification", { value: entry }) };
  }
  return { ok: true, values: [{ code: certification.code, ...(expiresOn ? { expiresOn } : {}) }] };
}

function resolveLanguageEntry(entry: string): Resolved<BusinessLanguage> {
  const code = languageIndex.get(foldToWords(entry));
  if (code) return { ok: true, values: [code] };
  const known = Object.keys(languageAliases).join(", ");
  return { ok: false, issue: importIssue("unknown_language", { value: entry, known }) };
}

function resolveMarketEntry(entry: string): Resolved<string> {
  const code = resolveExportMarket(entry);
  if (code) return { ok: true, values: [code] };
  return { ok: false, issue: importIssue("unknown_market", { value: entry }) };
}

const languageAliases: Record<BusinessLanguage, readonly string[]> = {
  vi: ["vi", "vie", "tiếng Việt", "Việt", "Vietnamese"],
  en: ["en", "eng", "tiếng Anh", "Anh", "English"],
  zh: ["zh", "tiếng Trung", "tiếng Hoa", "Trung", "Hoa", "Chinese", "Mandarin"],
  ja: ["ja", "jp", "tiếng Nhật", "Nhật", "Japanese"],
  ko: ["ko", "kr", "tiếng Hàn", "Hàn", "Korean"],
  th: ["th", "tiếng Thái", "Thái", "Thai"],
  fr: ["fr", "tiếng Pháp", "Pháp", "French"],
  de: ["de", "tiếng Đức", "Đức", "German"],
};
const languageIndex = new Map<string, BusinessLanguage>();
for (const [code, aliases] of Object.entries(languageAliases) as [BusinessLanguage, readonly string[]][]) {
  for (const alias of aliases) languageIndex.set(foldToWords(alias), code);
}

// Country names come from the runtime's CLDR data in English and Vietnamese; the table adds what traders write
// that CLDR does not ("Mỹ", "Hàn", "UK", "Châu Âu"). Codes outside real countries (private-use ranges, "UN",
// "ZZ") are left out; "EU" stays because directories list it as one market.

const marketAliases: Record<string, readonly string[]> = {
  US: ["Mỹ", "Hoa Kỳ", "USA", "U.S.", "America", "United States of America"],
  JP: ["Nhật", "Nhật Bản", "Japan"],
  KR: ["Hàn", "Hàn Quốc", "Nam Hàn", "Korea", "South Korea", "Republic of Korea"],
  CN: ["Trung Quốc", "Trung", "China", "Mainland China"],
  TW: ["Đài Loan", "Taiwan"],
  HK: ["Hồng Kông", "Hong Kong"],
  GB: ["Anh", "Vương quốc Anh", "UK", "England", "Britain", "Great Britain", "United Kingdom"],
  DE: ["Đức", "Germany"],
  FR: ["Pháp", "France"],
  IT: ["Ý", "Italia", "Italy"],
  NL: ["Hà Lan", "Netherlands", "Holland"],
  ES: ["Tây Ban Nha", "Spain"],
  AU: ["Úc", "Australia"],
  CA: ["Canada"],
  SG: ["Singapore"],
  MY: ["Malaysia", "Mã Lai"],
  TH: ["Thái Lan", "Thái", "Thailand"],
  ID: ["Indonesia", "Indo"],
  PH: ["Philippines", "Phi"],
  KH: ["Campuchia", "Cambodia"],
  LA: ["Lào", "Laos"],
  MM: ["Myanmar", "Miến Điện", "Burma"],
  IN: ["Ấn Độ", "India"],
  BD: ["Bangladesh"],
  AE: ["UAE", "Dubai", "Emirates"],
  RU: ["Nga", "Russia"],
  MX: ["Mexico", "Mễ Tây Cơ"],
  BR: ["Brazil", "Braxin"],
  NZ: ["New Zealand", "Niu Di-lân"],
  EU: ["EU", "Châu Âu", "Liên minh châu Âu", "Europe", "European Union"],
};
const notCountries = new Set(["AA", "UN", "EZ", "ZZ"]);
const marketIndex = new Map<string, string>();
const knownMarketCodes = new Set<string>();
{
  const names = [
    new Intl.DisplayNames(["en"], { type: "region" }),
    new Intl.DisplayNames(["vi"], { type: "region" }),
  ];
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (notCountries.has(code) || a === "Q" || (a === "X" && code !== "XK")) continue;
      const english = names[0]?.of(code);
      if (!english || english === code) continue;
      knownMarketCodes.add(code);
      for (const display of names) {
        const name = display.of(code) ?? "";
        for (const variant of [name, name.replace(/\([^)]*\)/g, "")]) {
          const key = foldToWords(variant);
          if (key && !marketIndex.has(key)) marketIndex.set(key, code);
        }
      }
    }
  }
  // The table wins over CLDR where they differ.
  for (const [code, aliases] of Object.entries(marketAliases)) {
    knownMarketCodes.add(code);
    for (const alias of aliases) marketIndex.set(foldToWords(alias), code);
  }
}

export function resolveExportMarket(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && knownMarketCodes.has(trimmed.toUpperCase())) {
    return trimmed.toUpperCase() === "UK" ? "GB" : trimmed.toUpperCase();
  }
  return marketIndex.get(foldToWords(trimmed));
}

/** A calendar date as YYYY-MM-DD from "2027-05-01" or "01/05/2027" (day first, as Vietnam writes it). */

const expiryWords = [
  "ngay het han",
  "het han ngay",
  "het han",
  "han den",
  "han",
  "hieu luc den",
  "hieu luc",
  "den ngay",
  "den",
  "hsd",
  "exp",
  "expires",
  "expiry",
  "expiring",
  "expiration",
  "valid until",
  "valid to",
  "valid thru",
  "valid through",
  "until",
  "to",
];

function withoutExpiryWords(folded: string): string {
  let rest = folded;
  let changed = true;
  while (changed) {
    changed = false;
    for (const words of expiryWords) {
      if (rest === words) return "";
      if (rest.endsWith(` ${words}`)) {
        rest = rest.slice(0, -words.length - 1);
        changed = true;
      }
    }
  }
  return rest;
}
