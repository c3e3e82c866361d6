// Checks a member-directory sheet before anything is written: its headers name each required column once, and
// each row is a valid profile with a known location and a tax code not seen earlier in the file. Checking the
// whole file first finds a repeated tax code in file order, whatever order the rows are written in.
import {
  DomainError,
  type ImportColumn,
  type ImportHeaderMapping,
  type ImportIssue,
  importColumnAt,
  importColumnCatalog,
  importColumnOf,
  importIssue,
  importRowToProfile,
  mapImportHeaders,
  type SupplierProfileInput,
} from "@ketnoi/domain";
import { locate, type ResolvedLocation } from "../supplier-profiles.js";
import type { ZoneDirectory } from "../zone-directory.js";
import type { Spreadsheet, SpreadsheetRow } from "./spreadsheet.js";

/** A row ready to write. */
export interface CheckedRow {
  number: number;
  input: SupplierProfileInput;
  location: ResolvedLocation;
}

/** A problem of one row, as the report shows it: a code with its parameters, and the English message. */
export interface RowProblem extends ImportIssue {
  /** The row's number as the spreadsheet shows it. */
  row: number;
  /** The canonical column; null when the whole row is at fault. */
  column: string | null;
}

/** Something worth checking in a row that was imported anyway: a category kept in the supplier's own words. */
export interface RowWarning extends RowProblem {
  /** Category codes the entry may mean, best first. */
  suggestions: string[];
}

interface CheckedDirectory {
  rows: CheckedRow[];
  problems: RowProblem[];
  warnings: RowWarning[];
  /** The columns the file has; their blank cells clear what is stored. */
  columns: ImportColumn[];
  /** Headers that name no column, as written. */
  ignoredColumns: string[];
}

/**
 * `checkShape`: cells right of the table mean a row's values have shifted in CSV; in a workbook they are notes.
 * Throws a 400 when the headers lack a required column or name one twice.
 */
export function checkDirectory(
  sheet: Spreadsheet,
  zones: ZoneDirectory,
  options: { checkShape: boolean },
): CheckedDirectory {
  const mapping = mapImportHeaders(sheet.headers);
  checkHeaders(sheet.headers, sheet.headerRow, mapping);
  // By id or by name; findByName understands "KCN Sóng Thần 2" and "VSIP I".
  const findZone = (ref: string) => zones.get(ref.trim()) ?? zones.findByName(ref);

  const rows: CheckedRow[] = [];
  const problems: RowProblem[] = [];
  const warnings: RowWarning[] = [];
  const reject = (row: number, rowProblems: (ImportIssue & { column: string | null })[]) => {
    for (const problem of rowProblems) problems.push({ row, ...problem });
  };
  const firstRowOfTaxCode = new Map<string, number>();
  for (const row of sheet.rows) {
    const shift = options.checkShape ? shiftedRow(row, sheet.headers.length) : undefined;
    if (shift) {
      reject(row.number, [shift]);
      continue;
    }
    const cells: Partial<Record<string, string>> = {};
    mapping.columns.forEach((column, index) => {
      if (column) cells[column] = row.cells[index] ?? "";
    });
    const result = importRowToProfile(cells, { findZone });
    for (const warning of result.warnings) warnings.push({ row: row.number, ...warning });
    if (!result.ok) {
      reject(row.number, result.errors);
      continue;
    }
    const located = locate(zones, result.input.location);
    if (!located.ok) {
      const { path, message } = located.problem;
      const zoneId = result.input.location.zoneId;
      const issue =
        path[0] === "zoneId" && zoneId
          ? importIssue("unknown_zone", { value: zoneId })
          : importIssue("location_required");
      // The API's own wording of the location problem, as before; the code says the same for translation.
      reject(row.number, [{ column: importColumnAt(["location", ...path]), ...issue, message }]);
      continue;
    }
    const first = firstRowOfTaxCode.get(result.input.taxCode);
    if (first !== undefined) {
      reject(row.number, [{ column: "tax_code", ...importIssue("duplicate_tax_code", { firstRow: first }) }]);
      continue;
    }
    firstRowOfTaxCode.set(result.input.taxCode, row.number);
    rows.push({ number: row.number, input: result.input, location: located.location });
  }
  return {
    rows,
    problems,
    warnings,
    columns: mapping.columns.filter((column): column is ImportColumn => column !== undefined),
    ignoredColumns: mapping.unknown,
  };
}

function checkHeaders(headers: string[], headerRow: number, mapping: ImportHeaderMapping): void {
  const fields: { field: string; message: string }[] = [];
  for (const column of mapping.missingRequired) {
    const spec = importColumnCatalog.find((s) => s.column === column);
    const examples = spec ? ` (or a Vietnamese header such as "${spec.aliases[0]}")` : "";
    fields.push({ field: "body", message: `missing column ${column}${examples}` });
  }
  for (const column of mapping.duplicated) {
    const named = headers.filter((header) => importColumnOf(header) === column).map((h) => `"${h}"`);
    fields.push({
      field: "body",
      message: `column ${column} is named by more than one header: ${named.join(", ")}`,
    });
  }
  if (fields.length === 0) return;
  const missing = mapping.missingRequired.join(", ");
  const detail =
    (missing ? `Missing required columns: ${missing}. ` : "") +
    (mapping.duplicated.length > 0 ? `Columns named twice: ${mapping.duplicated.join(", ")}. ` : "") +
    `Headers are read from row ${headerRow}: ${headers.slice(0, 12).join(" | ")}` +
    (mapping.missingRequired.includes("zone")
      ? ". A location needs a zone column, or address, province, lat and lng."
      : "");
  throw new DomainError("validation_failed", detail, fields);
}

/** Cells beyond the last header usually mean an unquoted delimiter inside a value shifted the whole row. */
function shiftedRow(row: SpreadsheetRow, headerCount: number) {
  if (row.cells.length <= headerCount) return undefined;
  return { column: null, ...importIssue("shifted_row", { cells: row.cells.length, headers: headerCount }) };
}
