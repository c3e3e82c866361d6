// Bulk import of an association's member directory, as one use case: read the file, check every row, write the
// good rows a few transactions at a time, and report the others by row and column. One bad row costs that row
// only; re-running an import is safe.
import { importBlanks } from "@ketnoi/domain";
import { chunk } from "es-toolkit/array";
import type { FastifyBaseLogger } from "fastify";
import pMap from "p-map";
import type { AppDependencies } from "../../dependencies.js";
import { kickSearchSync } from "../search-sync.js";
import type { ZoneDirectory } from "../zone-directory.js";
import { checkDirectory, type RowProblem, type RowWarning } from "./check-directory.js";
import { csvContentType, mediaTypeOf, readSpreadsheet } from "./spreadsheet.js";
import { type Importer, writeProfiles } from "./write-profiles.js";

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

interface ImportReport {
  total: number;
  imported: number;
  updated: number;
  rejected: number;
  errors: RowProblem[];
  errorsTruncated: boolean;
  /** Rows imported with something to check: category names kept in the supplier's own words, with suggestions. */
  warnings: RowWarning[];
  warningsTruncated: boolean;
  ignoredColumns: string[];
  /** Profiles written by this import, for claim invitations. */
  supplierIds: string[];
}

interface DirectoryFile {
  body: Buffer;
  /** The request's Content-Type: CSV or XLSX. */
  contentType: string;
}

export async function importSupplierDirectory(
  deps: AppDependencies,
  zones: ZoneDirectory,
  log: FastifyBaseLogger,
  file: DirectoryFile,
  importer: Importer,
): Promise<ImportReport> {
  const sheet = await readSpreadsheet(file.body, file.contentType, importLimits);
  const checked = checkDirectory(sheet, zones, {
    checkShape: mediaTypeOf(file.contentType) === csvContentType,
  });
  const blanks = importBlanks(checked.columns);

  const problems = [...checked.problems];
  let imported = 0;
  let updated = 0;
  const supplierIds: string[] = [];
  try {
    await pMap(
      chunk(checked.rows, importLimits.rowsPerTransaction),
      async (rows) => {
        const outcome = await writeProfiles(deps.database.db, rows, importer, blanks);
        // Counted only once the transaction has committed.
        imported += outcome.imported;
        updated += outcome.updated;
        supplierIds.push(...outcome.supplierIds);
        problems.push(...outcome.problems);
      },
      // After a failure no further transaction starts.
      { concurrency: importLimits.writeConcurrency, stopOnError: true },
    );
  } finally {
    // Rows already committed are searchable soon even if a later transaction failed unexpectedly.
    if (imported + updated > 0) await kickSearchSync(deps, log);
  }

  problems.sort((a, b) => a.row - b.row);
  return {
    total: sheet.rows.length,
    imported,
    updated,
    rejected: new Set(problems.map((problem) => problem.row)).size,
    errors: problems.slice(0, importLimits.maxReportedErrors),
    errorsTruncated: problems.length > importLimits.maxReportedErrors,
    warnings: checked.warnings.slice(0, importLimits.maxReportedErrors),
    warningsTruncated: checked.warnings.length > importLimits.maxReportedErrors,
    ignoredColumns: checked.ignoredColumns,
    supplierIds,
  };
}
