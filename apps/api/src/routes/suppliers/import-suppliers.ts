// Bulk import of an association's member directory. Each row is checked on its own and written inside its own
// savepoint, so one bad row costs that row only, and the report tells the association which cells to fix.
import {
  type Database,
  type Executor,
  type Supplier,
  type SupplierChanges,
  supplierRepository,
} from "@ketnoi/db";
import {
  DomainError,
  type ImportColumn,
  type ImportRowError,
  importColumnCatalog,
  importColumnOf,
  importRowToProfile,
  mapImportHeaders,
  type SupplierProfileInput,
} from "@ketnoi/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { kickSearchSync } from "../../lib/search-sync.js";
import {
  csvContentType,
  mediaTypeOf,
  readSpreadsheet,
  type SpreadsheetRow,
  xlsxContentType,
} from "../../lib/spreadsheet.js";
import { type Caller, callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import {
  newProfileDefaults,
  profileColumns,
  type ResolvedLocation,
  resolveLocation,
} from "../../services/supplier-profiles.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export const importLimits = {
  maxBodyBytes: 15 * 1024 * 1024,
  /** Big enough for any association's directory; 20,000 rows take about half a minute to write. */
  maxRows: 20_000,
  maxColumns: 200,
  maxReportedErrors: 1_000,
  rowsPerTransaction: 200,
  /** Transactions at once: a few pool connections, leaving the rest for other requests. */
  writeConcurrency: 4,
} as const;

const reportSchema = z
  .object({
    total: z.number().int().describe("Data rows read; blank rows are skipped"),
    imported: z.number().int().describe("New profiles created"),
    updated: z.number().int().describe("Existing profiles updated (same tax code)"),
    rejected: z.number().int().describe("Rows not written; each has at least one entry in errors"),
    errors: z.array(
      z.object({
        row: z.number().int().describe("Row number as the spreadsheet shows it; the header is row 1"),
        column: z.string().nullable().describe("Canonical column name; null when the whole row is at fault"),
        message: z.string(),
      }),
    ),
    errorsTruncated: z
      .boolean()
      .describe(`True when more than ${importLimits.maxReportedErrors} errors were found`),
    ignoredColumns: z
      .array(z.string())
      .describe("Headers the import does not know; their cells were not read"),
  })
  .meta({ id: "SupplierImportReport" });
type ImportReport = z.infer<typeof reportSchema>;

const columnList = importColumnCatalog
  .map((spec) => `- \`${spec.column}\`: ${spec.hint}. Also: ${spec.aliases.slice(0, 5).join(", ")}`)
  .join("\n");

const description = `
Imports supplier profiles from an association's member directory (platform admins and organisations with the
\`association\` role; verified email required). Send the file itself as the request body with Content-Type
\`${csvContentType}\` or \`${xlsxContentType}\`, at most ${importLimits.maxBodyBytes / 1024 / 1024} MB and
${importLimits.maxRows.toLocaleString("en")} data rows.

**File.** The first non-blank row holds the headers. XLSX: the first worksheet is read; dates become YYYY-MM-DD
and formulas their results. CSV: UTF-8 (with or without BOM) or UTF-16 with BOM; delimiter comma, semicolon
(Excel in Vietnamese locale) or tab, detected from the header line. A file in a legacy code page (Windows-1258,
TCVN3, VNI) is refused: save it as "CSV UTF-8" or upload the .xlsx.

**Columns.** Headers match in Vietnamese or English, with or without diacritics, case and punctuation ignored.
Required: \`tax_code\`, \`legal_name\`, \`categories\`, and \`zone\` or all of \`address\`, \`province\`, \`lat\`,
\`lng\`. Unknown headers are ignored and listed in \`ignoredColumns\`; a missing required column or a column
named twice rejects the file (400).

${columnList}

**Lists** (categories, certifications, processes, materials, products, languages, export markets) are separated
by \`;\`, \`|\` or line breaks; commas separate too (for categories and certifications only when every piece is
known). Numbers may be written \`1.000.000\`, \`1,000,000\`, \`1,5\` or \`2.5\`; a single separator before
exactly three digits (\`1.500\`) groups thousands.

**Writing.** Each row is written atomically (its own savepoint); a rejected row writes nothing. A tax code already
on file updates that profile instead of adding another: columns present in the file replace the stored values
(blank cells clear them), columns absent from the file leave them as they are. Profiles that a supplier manages
itself, or that another association imported, are never overwritten. A tax code repeated within the file is
imported from its first valid row only. The report counts every row and lists up to
${importLimits.maxReportedErrors.toLocaleString("en")} errors with row number and column; re-running an import is safe.
`.trim();

const spreadsheetBody = z
  .custom<Buffer | undefined>((value) => value === undefined || Buffer.isBuffer(value))
  .meta({ type: "string", format: "binary", description: "The CSV or XLSX file itself" });

async function requireImporter(request: FastifyRequest): Promise<void> {
  const caller = callerOf(request);
  if (!caller.isPlatformAdmin && !caller.organizationRoles.includes("association")) {
    throw new DomainError("forbidden", "Only associations and platform admins import supplier directories");
  }
}

async function requireSpreadsheet(request: FastifyRequest): Promise<void> {
  const mediaType = mediaTypeOf(request.headers["content-type"]);
  if (mediaType !== csvContentType && mediaType !== xlsxContentType) {
    throw new DomainError(
      "unsupported_media_type",
      `Send the spreadsheet as the request body with Content-Type ${csvContentType} or ${xlsxContentType}`,
    );
  }
}

/** What a column in the file resets when its cell is blank, so that a re-import says what the sheet says. */
const blankValues: Partial<Record<ImportColumn, SupplierChanges>> = {
  trade_name: { tradeName: null },
  description_vi: { descriptionVi: null },
  description_en: { descriptionEn: null },
  processes: { processes: [] },
  materials: { materials: [] },
  products: { exampleProducts: [] },
  certifications: { certifications: [] },
  monthly_capacity: { monthlyCapacity: null },
  moq: { moq: null },
  lead_time_days: { leadTimeDays: null },
  languages: { languages: [...newProfileDefaults.languages] },
  export_markets: { exportMarkets: [] },
  staff_size: { staffSize: null },
  year_founded: { yearFounded: null },
  delivery_radius_km: { deliveryRadiusKm: null },
  contact_name: { contact: null },
  contact_email: { contact: null },
  contact_phone: { contact: null },
  website: { website: null },
};

interface ValidRow {
  number: number;
  input: SupplierProfileInput;
  location: ResolvedLocation;
}

class RowRejected extends Error {
  constructor(readonly rowError: ImportRowError) {
    super(rowError.message);
  }
}

export function importSuppliers(app: RouteApp, { deps, zones }: RouteContext) {
  // Spreadsheet bodies are read as raw bytes only here: the parsers live in this plugin's own context, so JSON
  // routes keep their parsers and their 1 MB limit.
  void app.register(async (scope: FastifyInstance) => {
    scope.addContentTypeParser(
      [csvContentType, xlsxContentType],
      { parseAs: "buffer", bodyLimit: importLimits.maxBodyBytes },
      (_request, body, done) => done(null, body),
    );
    const route = scope.withTypeProvider<ZodTypeProvider>();

    route.post(
      "/v1/suppliers/import",
      {
        bodyLimit: importLimits.maxBodyBytes,
        config: { idempotent: true },
        // onRequest rather than preHandler: a caller who may not import is turned away before 15 MB is read.
        onRequest: [app.authenticate, requireImporter, app.requireVerifiedEmail, requireSpreadsheet],
        schema: {
          tags: ["suppliers"],
          summary: "Import supplier profiles from a member-directory spreadsheet (CSV or XLSX)",
          description,
          security: bearerAuth,
          consumes: [csvContentType, xlsxContentType],
          body: spreadsheetBody,
          response: { 200: reportSchema, ...problemResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const body = request.body ?? Buffer.alloc(0);
        const contentType = request.headers["content-type"] ?? "";
        const sheet = await readSpreadsheet(body, contentType, importLimits);
        // In a workbook, cells right of the table are notes; in CSV they mean the row's values have shifted.
        const checkShape = mediaTypeOf(contentType) === csvContentType;
        const mapping = mapImportHeaders(sheet.headers);
        checkHeaders(sheet.headers, sheet.headerRow, mapping);

        // By id or by name; findByName understands "KCN Sóng Thần 2" and "VSIP I".
        const findZone = (ref: string) => zones.get(ref.trim()) ?? zones.findByName(ref);

        const errors: ImportReport["errors"] = [];
        const rejectedRows = new Set<number>();
        const reject = (row: number, rowErrors: { column: string | null; message: string }[]) => {
          rejectedRows.add(row);
          for (const error of rowErrors) errors.push({ row, ...error });
        };

        // Validation is pure and runs over the whole file first, so duplicates are found in file order.
        const valid: ValidRow[] = [];
        const firstRowOfTaxCode = new Map<string, number>();
        for (const row of sheet.rows) {
          const problem = checkShape ? checkRowShape(row, sheet.headers.length) : undefined;
          if (problem) {
            reject(row.number, [problem]);
            continue;
          }
          const cells: Partial<Record<string, string>> = {};
          mapping.columns.forEach((column, index) => {
            if (column) cells[column] = row.cells[index] ?? "";
          });
          const result = importRowToProfile(cells, { findZone });
          if (!result.ok) {
            reject(row.number, result.errors);
            continue;
          }
          let location: ValidRow["location"];
          try {
            location = resolveLocation(zones, result.input.location, "location");
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            reject(
              row.number,
              error.fields.map((field) => ({
                column: columnOfLocationField(field.field),
                message: field.message,
              })),
            );
            continue;
          }
          const first = firstRowOfTaxCode.get(result.input.taxCode);
          if (first !== undefined) {
            reject(row.number, [
              { column: "tax_code", message: `duplicate of row ${first}; only the first row is imported` },
            ]);
            continue;
          }
          firstRowOfTaxCode.set(result.input.taxCode, row.number);
          valid.push({ number: row.number, input: result.input, location });
        }

        const presentColumns = new Set(mapping.columns.filter((c): c is ImportColumn => c !== undefined));
        let imported = 0;
        let updated = 0;
        try {
          await forEachConcurrently(
            chunksOf(valid, importLimits.rowsPerTransaction),
            importLimits.writeConcurrency,
            async (chunk) => {
              const outcome = await writeChunk(deps.database.db, chunk, caller, presentColumns);
              // Counted only once the chunk has committed.
              imported += outcome.imported;
              updated += outcome.updated;
              for (const { row, error } of outcome.rejected) reject(row, [error]);
            },
          );
        } finally {
          // Rows already committed are searchable soon even if a later chunk failed unexpectedly.
          if (imported + updated > 0) await kickSearchSync(deps, request.log);
        }

        errors.sort((a, b) => a.row - b.row);
        const report: ImportReport = {
          total: sheet.rows.length,
          imported,
          updated,
          rejected: rejectedRows.size,
          errors: errors.slice(0, importLimits.maxReportedErrors),
          errorsTruncated: errors.length > importLimits.maxReportedErrors,
          ignoredColumns: mapping.unknown,
        };
        request.log.info(
          {
            importedBy: caller.organizationId,
            total: report.total,
            imported,
            updated,
            rejected: report.rejected,
          },
          "supplier directory imported",
        );
        return report;
      },
    );
  });
}

function checkHeaders(
  headers: string[],
  headerRow: number,
  mapping: ReturnType<typeof mapImportHeaders>,
): void {
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
function checkRowShape(row: SpreadsheetRow, headerCount: number) {
  if (row.cells.length <= headerCount) return undefined;
  return {
    column: null,
    message:
      `has ${row.cells.length} cells but the header has ${headerCount}: a value containing the delimiter ` +
      "must be in double quotes",
  };
}

function columnOfLocationField(field: string): string {
  const sub = field.split(".")[1];
  return sub === "address" || sub === "province" || sub === "lat" || sub === "lng" ? sub : "zone";
}

/**
 * Writes a chunk of rows in one transaction, each row inside its own savepoint: a rejected row rolls back to its
 * savepoint and writes nothing, while the chunk shares one commit (a commit per row made 20,000 rows take a
 * minute, nearly all of it waiting for the log flush).
 */
async function writeChunk(
  db: Database,
  chunk: readonly ValidRow[],
  caller: Caller,
  presentColumns: ReadonlySet<ImportColumn>,
): Promise<{ imported: number; updated: number; rejected: { row: number; error: ImportRowError }[] }> {
  return db.transaction(async (tx) => {
    const outcome = { imported: 0, updated: 0, rejected: [] as { row: number; error: ImportRowError }[] };
    for (const row of chunk) {
      try {
        const { inserted } = await tx.transaction((savepoint) =>
          writeRow(savepoint, row, caller, presentColumns),
        );
        if (inserted) outcome.imported++;
        else outcome.updated++;
      } catch (error) {
        if (!(error instanceof RowRejected)) throw error;
        outcome.rejected.push({ row: row.number, error: error.rowError });
      }
    }
    return outcome;
  });
}

async function writeRow(
  tx: Executor,
  row: ValidRow,
  caller: Caller,
  presentColumns: ReadonlySet<ImportColumn>,
): Promise<{ inserted: boolean }> {
  const { input, location } = row;
  const existing = await supplierRepository.findSupplierByTaxCode(tx, input.taxCode);
  refuseOverwrite(existing, caller);
  const blanks: SupplierChanges = Object.assign({}, ...[...presentColumns].map((c) => blankValues[c] ?? {}));
  const greenInFile =
    presentColumns.has("rooftop_solar_kwp") || presentColumns.has("recycled_material_percent");
  const result = await supplierRepository.upsertSupplierByTaxCode(tx, {
    ...(existing ? {} : newProfileDefaults),
    ...blanks,
    ...profileColumns(input, location),
    // Notes are not a column of the import; keep those written elsewhere.
    ...(greenInFile ? { green: { ...pickNotes(existing), ...input.green } } : {}),
    legalName: input.legalName,
    taxCode: input.taxCode,
    categories: input.categories,
    languages: input.languages ?? existing?.languages ?? newProfileDefaults.languages,
    ...location,
    // An admin's import keeps the association that maintains the profile; otherwise the importer takes it.
    importedByOrganizationId:
      caller.isPlatformAdmin && existing?.importedByOrganizationId
        ? existing.importedByOrganizationId
        : caller.organizationId,
  });
  // The supplier may have claimed the profile between the read and the write; the upsert saw the latest row.
  if (!result.inserted) refuseOverwrite(result.supplier, caller);
  return { inserted: result.inserted };
}

/** Throws (rolling the row's transaction back) when the caller may not overwrite this profile. */
function refuseOverwrite(existing: Supplier | undefined, caller: Caller): void {
  if (!existing) return;
  if (existing.organizationId !== null) {
    throw new RowRejected({
      column: "tax_code",
      message: "belongs to a profile managed by the supplier itself; not overwritten",
    });
  }
  const importer = existing.importedByOrganizationId;
  if (!caller.isPlatformAdmin && importer !== null && importer !== caller.organizationId) {
    throw new RowRejected({
      column: "tax_code",
      message: "belongs to a profile another organisation imported and maintains; not overwritten",
    });
  }
}

function pickNotes(existing: Supplier | undefined): { notes?: string } {
  return existing?.green.notes ? { notes: existing.green.notes } : {};
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Runs `work` over the items, at most `concurrency` at a time; stops taking new items after a failure. */
async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
