// How association spreadsheets write values: numbers in Vietnamese or English notation, coordinates, ranges,
// dates day first, lists, and what Excel does to tax codes and phone numbers typed as numbers.

/** Separators of a plain list (processes, materials, products): commas count too. */
export const anySeparator = /[;\n|,]/;
/** Separators of a list whose entries are names we resolve; commas only split as a last resort (resolveList). */
export const strongSeparator = /[;\n|]/;

export function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Spaces, including the no-break and narrow no-break spaces that office software puts in numbers. */
export const blanks = /[\s\u00a0\u202f]/g;

/**
 * A number in Vietnamese or English notation: "1.000.000", "1,000,000", "1,5", "2.5", "1.234,5". A single
 * separator followed by exactly three digits ("1.500", "1,500") groups thousands, the reading both notations share;
 * "0.500" stays a decimal. Undefined when the text is not a number.
 */
export function parseImportNumber(text: string): number | undefined {
  const s = text.replace(blanks, "");
  const match = /^([+-]?)(\d[\d.,]*)$/.exec(s);
  if (!match) return undefined;
  const sign = match[1] === "-" ? -1 : 1;
  const body = match[2] ?? "";
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  let normalised: string | undefined;
  if (dots === 0 && commas === 0) normalised = body;
  else if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole = "", fraction, extra] = body.split(decimal);
    if (extra === undefined && fraction && isGrouped(whole, group)) {
      normalised = `${whole.split(group).join("")}.${fraction}`;
    }
  } else {
    const separator = dots > 0 ? "." : ",";
    const parts = body.split(separator);
    if (parts.length > 2) {
      if (isGrouped(body, separator)) normalised = parts.join("");
    } else {
      const [whole = "", fraction = ""] = parts;
      if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) normalised = whole + fraction;
      else if (whole && fraction) normalised = `${whole}.${fraction}`;
    }
  }
  if (normalised === undefined) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? sign * value : undefined;
}

function isGrouped(text: string, group: string): boolean {
  const [first = "", ...rest] = text.split(group);
  return /^\d{1,3}$/.test(first) && rest.every((part) => /^\d{3}$/.test(part));
}

/** A coordinate: a plain decimal, with a point or a comma ("10.8975", "10,8975"); never grouped thousands. */
export function parseCoordinate(text: string): number | undefined {
  const s = text.replace(blanks, "");
  const normalised = /^[+-]?\d+,\d+$/.test(s) ? s.replace(",", ".") : s;
  if (!/^[+-]?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

export const datePattern = /(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;

export function isoDateOf(match: RegExpExecArray): string | undefined {
  const [year, month, day] = match[1]
    ? [match[1], match[2], match[3]]
    : [match[6] ?? "", match[5] ?? "", match[4] ?? ""];
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// Words around an expiry date: "(hết hạn 2027-05-01)", "- exp 31/12/2026", "hiệu lực đến 30/06/2028".

export function restoreTaxCode(text: string): string {
  return /^\d{9}$|^\d{12}$/.test(text) ? `0${text}` : text;
}

/** The same for phone numbers: a Vietnamese number without its trunk zero ("2838221234", "903123456"). */
export function restorePhone(text: string): string {
  return /^[1-9]\d{8,9}$/.test(text) && !text.startsWith("84") ? `0${text}` : text;
}

export function websiteUrl(text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

/** The upper or lower end of a range ("7-10", "50 – 100"), or the single number, after dropping unit words. */
export function parseRange(text: string, end: "lower" | "upper", words: RegExp): number | undefined {
  // "1000+", "trên 1.000", "over 1,000", ">500": an open range, read as the figure it starts from.
  const stripped = text
    .replace(words, "")
    .trim()
    .replace(/^(?:trên|tren|hơn|hon|over|more than|above|>=?|≥)\s*/i, "")
    .replace(/\s*\+$/, "")
    .trim();
  const range = /^(.+?)\s*(?:-|–|—|~|đến|to)\s*(.+)$/i.exec(stripped);
  if (range?.[1] && range[2]) {
    const low = parseImportNumber(range[1]);
    const high = parseImportNumber(range[2]);
    if (low === undefined || high === undefined) return undefined;
    return end === "lower" ? Math.min(low, high) : Math.max(low, high);
  }
  return parseImportNumber(stripped);
}
