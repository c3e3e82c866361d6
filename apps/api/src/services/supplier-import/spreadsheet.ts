// Reads an uploaded spreadsheet (CSV or XLSX) into rows of text. Files come from office software in Vietnam, so
// the CSV side copes with what Excel writes there (BOMs, UTF-16 "Unicode text", ";" as the delimiter in the vi-VN
// locale, a "sep=;" first line) and says plainly when a file is in a legacy code page instead of guessing at it.
import { Readable } from "node:stream";
import { DomainError } from "@ketnoi/domain";
import { CsvError, parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

export const csvContentType = "text/csv";
export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface SpreadsheetRow {
  /** The row's number as the spreadsheet shows it (the header is usually row 1). */
  number: number;
  cells: string[];
}

export interface Spreadsheet {
  headers: string[];
  headerRow: number;
  /** Data rows after the header, blank rows left out; numbers keep counting them, so they match the sheet. */
  rows: SpreadsheetRow[];
}

interface SpreadsheetLimits {
  /** More non-blank data rows than this is refused as a whole, before anything is imported. */
  maxRows: number;
  maxColumns: number;
}

const badFile = (message: string) =>
  new DomainError("validation_failed", "The file could not be read", [{ field: "body", message }]);

const tooManyRows = (maxRows: number) =>
  new DomainError(
    "payload_too_large",
    `The file has more than ${maxRows.toLocaleString("en")} data rows; split it into files of at most ` +
      `${maxRows.toLocaleString("en")} rows and import them one after another`,
  );

/** Collects non-blank rows, taking the first as the header and stopping once there are too many. */
class RowCollector {
  private header: SpreadsheetRow | undefined;
  private readonly rows: SpreadsheetRow[] = [];

  constructor(private readonly limits: SpreadsheetLimits) {}

  add(number: number, cells: string[]): void {
    let last = cells.length;
    while (last > 0 && (cells[last - 1] ?? "").trim() === "") last--;
    if (last === 0) return;
    const row = { number, cells: cells.slice(0, last) };
    if (!this.header) {
      if (row.cells.length > this.limits.maxColumns) {
        throw badFile(`has ${row.cells.length} columns; the import reads at most ${this.limits.maxColumns}`);
      }
      this.header = row;
      return;
    }
    if (this.rows.length >= this.limits.maxRows) throw tooManyRows(this.limits.maxRows);
    this.rows.push(row);
  }

  result(): Spreadsheet {
    if (!this.header) throw badFile("is empty: the first row must hold the column headers");
    if (this.rows.length === 0) throw badFile("has a header row but no data rows below it");
    return {
      headers: this.header.cells.map((h) => h.trim()),
      headerRow: this.header.number,
      rows: this.rows,
    };
  }
}

/** The media type without parameters, lowercased: "text/csv; charset=utf-8" → "text/csv". */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export async function readSpreadsheet(
  body: Buffer,
  contentType: string,
  limits: SpreadsheetLimits,
): Promise<Spreadsheet> {
  const mediaType = mediaTypeOf(contentType);
  if (mediaType === xlsxContentType) return readXlsx(body, limits);
  if (mediaType === csvContentType) return readCsv(body, limits);
  throw new DomainError("unsupported_media_type", `Send the file as ${csvContentType} or ${xlsxContentType}`);
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────────────────────

const startsWith = (body: Buffer, bytes: number[]) => bytes.every((byte, i) => body[i] === byte);

function decodeCsv(body: Buffer): string {
  if (startsWith(body, [0x50, 0x4b, 0x03, 0x04])) {
    throw badFile(`is an XLSX workbook, not CSV: send it with Content-Type ${xlsxContentType}`);
  }
  if (startsWith(body, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw badFile("is an old Excel 97-2003 (.xls) file: save it as .xlsx or as 'CSV UTF-8' and send that");
  }
  let encoding = "utf-8";
  if (startsWith(body, [0xff, 0xfe])) encoding = "utf-16le";
  else if (startsWith(body, [0xfe, 0xff])) encoding = "utf-16be";
  // Without a BOM, UTF-16 still shows itself: ASCII header characters come with a zero byte beside them.
  else if (body.length >= 4 && body[0] !== 0 && body[1] === 0 && body[3] === 0) encoding = "utf-16le";
  else if (body.length >= 4 && body[0] === 0 && body[2] === 0 && body[1] !== 0) encoding = "utf-16be";
  try {
    // ignoreBOM false: the decoder drops a leading byte-order mark of its own encoding.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    if (encoding !== "utf-8") throw badFile(`is not valid ${encoding.toUpperCase()} text`);
    throw badFile(
      "is not UTF-8: it looks like a legacy code page (Windows-1258 or 1252, TCVN3/VNI fonts). In Excel use " +
        "File → Save As → 'CSV UTF-8 (Comma delimited)', or upload the .xlsx workbook itself",
    );
  }
}

/** The delimiter that splits the header line most often: Excel writes ";" in locales with a decimal comma. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

function readCsv(body: Buffer, limits: SpreadsheetLimits): Spreadsheet {
  let text = decodeCsv(body);
  // Excel's "sep=;" hint line is not shown as a row when Excel opens the file, so it does not count as one.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  const delimiter = hint?.[1] ?? detectDelimiter(text);
  if (hint) text = text.slice(hint[0].length);
  const collector = new RowCollector(limits);
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        collector.add(context.records, record);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (error instanceof CsvError) throw badFile(`is not well-formed CSV: ${error.message}`);
    throw error;
  }
  return collector.result();
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────────────────────

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A number as plain text. A decimal with exactly three fraction digits gets a trailing zero: the import reads
 * "1.500" as fifteen hundred (Vietnamese grouping), and a number cell holding 1.5 kWp must not become 1500.
 */
function numberText(value: number): string {
  const text = String(value);
  return /\.\d{3}$/.test(text) ? `${text}0` : text;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDate(value);
  if (typeof value === "object") {
    const cell = value as {
      richText?: { text?: string }[];
      text?: unknown;
      result?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => run.text ?? "").join("");
    if ("formula" in cell || "sharedFormula" in cell) return cellText(cell.result);
    if ("text" in cell) return cellText(cell.text);
    if ("error" in cell) return "";
  }
  return "";
}

async function readXlsx(body: Buffer, limits: SpreadsheetLimits): Promise<Spreadsheet> {
  if (!startsWith(body, [0x50, 0x4b, 0x03, 0x04])) {
    throw badFile(
      "is not an XLSX workbook (an .xlsx file is a zip archive); for CSV use Content-Type text/csv",
    );
  }
  const collector = new RowCollector(limits);
  // Streamed rather than loaded: a 15 MB workbook can expand to gigabytes in memory, and the row limit should
  // stop reading early instead of after everything is in memory.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(body), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        // row.values is 1-based: index 0 is always empty.
        collector.add(row.number, Array.from(values.slice(1), cellText));
      }
      break;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw badFile("could not be read as an XLSX workbook; it may be damaged or password-protected");
  }
  return collector.result();
}
