// How each kind of cell of an import row is read: text, numbers with their unit words, ranges, years,
// quantities with a unit inline or in a column of its own, zones, coordinates. A reader returns the value for the
// profile, or reports the problem in its column and returns undefined.
import { parseQuantityUnit, type QuantityUnit } from "../units/quantity-units.js";
import type { ImportColumn } from "./import-columns.js";
import { type ImportIssue, importIssue } from "./import-issues.js";
import {
  anySeparator,
  blanks,
  datePattern,
  isoDateOf,
  parseCoordinate,
  parseImportNumber,
  parseRange,
  restorePhone,
  restoreTaxCode,
  splitList,
} from "./import-values.js";

export interface ImportLookups {
  /** An industrial zone by id or by name ("kcn-song-than-1", "VSIP I", "KCN Sóng Thần 2"). */
  findZone(ref: string): { id: string } | undefined;
}

/** A data row as the column readers see it. */
export interface ImportRow extends ImportLookups {
  /** A cell's text, trimmed; "" when it is blank or the file has no such column. */
  cell(column: ImportColumn): string;
  /** Reports a problem in a column; the row is then not imported. */
  fail(column: ImportColumn, issue: ImportIssue): void;
  /** Reports something worth checking in a column; the row is still imported. */
  warn(column: ImportColumn, issue: ImportIssue): void;
  /** Keeps category entries no category matches, in the supplier's own words (the categories cell's other half). */
  keepOwnCategories(words: string[]): void;
}

export function readText(text: string): string {
  return text;
}

export function required(code: "required" | "categories_required") {
  return (row: ImportRow, column: ImportColumn): undefined => {
    row.fail(column, importIssue(code));
  };
}

export function readTaxCode(text: string, row: ImportRow, column: ImportColumn): string | undefined {
  if (/^\d(\.\d+)?e\+?\d+$/i.test(text)) {
    row.fail(column, importIssue("tax_code_as_number", { value: text }));
    return undefined;
  }
  return restoreTaxCode(text);
}

export function readPlainList(text: string): string[] {
  return splitList(text, anySeparator);
}

/** A list whose entries must each be known; each unknown entry is reported in the column. */
export function readEntries<T>(read: (text: string, fail: (issue: ImportIssue) => void) => T[]) {
  return (text: string, row: ImportRow, column: ImportColumn): T[] =>
    read(text, (issue) => row.fail(column, issue));
}

export function readNumber(unitWords: RegExp) {
  return (text: string, row: ImportRow, column: ImportColumn): number | undefined => {
    const value = parseImportNumber(text.replace(unitWords, "").trim());
    if (value === undefined) row.fail(column, importIssue("not_a_number", { value: text }));
    return value;
  };
}

export function readPercent(text: string, row: ImportRow, column: ImportColumn): number | undefined {
  const value = readNumber(/\s*%\s*$/)(text, row, column);
  // A percentage-formatted spreadsheet cell holds the fraction: 60% arrives as 0.6.
  return value !== undefined && !text.includes("%") && value > 0 && value < 1 ? value * 100 : value;
}

export function readRange(
  end: "lower" | "upper",
  unitWords: RegExp,
  code: "not_a_day_count" | "not_a_staff_count",
) {
  return (text: string, row: ImportRow, column: ImportColumn): number | undefined => {
    const value = parseRange(text, end, unitWords);
    if (value === undefined) row.fail(column, importIssue(code, { value: text }));
    return value;
  };
}

export function readYear(text: string, row: ImportRow, column: ImportColumn): number | undefined {
  const date = datePattern.exec(text);
  const year = date ? isoDateOf(date)?.slice(0, 4) : /^\d{4}$/.test(text) ? text : undefined;
  if (year === undefined) row.fail(column, importIssue("not_a_year", { value: text }));
  return year === undefined ? undefined : Number(year);
}

/** A number and its unit ("500.000"; "12 tấn"): the unit written after the number, else in its own column. */
const quantityPattern = /^([+-]?\d[\d.,\u00a0\u202f ]*)(.*)$/;

export function readQuantity(
  unitColumn: ImportColumn,
  fallbackUnit?: (row: ImportRow) => QuantityUnit | undefined,
) {
  return (text: string, row: ImportRow, column: ImportColumn) => {
    const split = quantityPattern.exec(text);
    const value = split ? parseImportNumber(split[1] ?? "") : undefined;
    if (value === undefined) {
      row.fail(column, importIssue("not_a_quantity", { value: text }));
      return undefined;
    }
    const inline = split?.[2]?.trim() ?? "";
    const unitText = inline || row.cell(unitColumn);
    if (!unitText) {
      const unit = fallbackUnit?.(row);
      if (unit) return { value, unit };
      row.fail(unitColumn, importIssue("unit_required", { quantityColumn: column }));
      return undefined;
    }
    const unit = parseQuantityUnit(unitText);
    if (!unit) {
      row.fail(inline ? column : unitColumn, importIssue("unknown_unit", { value: unitText }));
      return undefined;
    }
    return { value, unit };
  };
}

/** The unit the monthly capacity is counted in, written after its number or in its own column. */
export function capacityUnitOf(row: ImportRow): QuantityUnit | undefined {
  const split = quantityPattern.exec(row.cell("monthly_capacity"));
  const inline = split && parseImportNumber(split[1] ?? "") !== undefined ? (split[2]?.trim() ?? "") : "";
  return (inline ? parseQuantityUnit(inline) : undefined) ?? parseQuantityUnit(row.cell("capacity_unit"));
}

export function readZone(text: string, row: ImportRow, column: ImportColumn): string | undefined {
  const zone = row.findZone(text);
  if (!zone) row.fail(column, importIssue("unknown_zone", { value: text }));
  return zone?.id;
}

export function requireLocation(row: ImportRow, column: ImportColumn): undefined {
  if (row.cell("address") || row.cell("province") || row.cell("lat") || row.cell("lng")) return;
  row.fail(column, importIssue("location_required"));
}

export function readCoordinate(text: string, row: ImportRow, column: ImportColumn): number | undefined {
  const value = parseCoordinate(text);
  if (value === undefined) {
    row.fail(column, importIssue("not_a_coordinate", { value: text }));
  }
  return value;
}

/** Directories often list a company's email and phone without a person; the company is then the contact. */
export function companyAsContact(row: ImportRow): string | undefined {
  if (!row.cell("contact_email") && !row.cell("contact_phone")) return undefined;
  return row.cell("trade_name") || row.cell("legal_name") || "-";
}

export function readPhone(text: string): string {
  return restorePhone(text.replace(blanks, " ").trim());
}
