// What a directory import may write and how: a tax code already on file updates that profile, with the file's
// columns replacing the stored values (blank cells clearing them) and the other columns left alone; a profile its
// supplier manages, or another association maintains, is never overwritten.
import { type Database, type Supplier, supplierRepository, type Transaction } from "@ketnoi/db";
import { type ImportBlanks, type ImportIssue, importIssue } from "@ketnoi/domain";
import { newProfileDefaults, profileColumns } from "../supplier-profiles.js";
import type { CheckedRow, RowProblem } from "./check-directory.js";

/** The organisation importing, and whether an admin does it for the association. */
export interface Importer {
  organizationId: string;
  isPlatformAdmin: boolean;
}

interface WriteOutcome {
  imported: number;
  updated: number;
  /** The profiles written (for claim invitations). */
  supplierIds: string[];
  /** Rows refused at the write; each wrote nothing. */
  problems: RowProblem[];
}

/** A row the policy refuses; thrown inside its savepoint so the row's write rolls back. */
class RowRefused extends Error {
  constructor(
    readonly column: string,
    readonly issue: ImportIssue,
  ) {
    super(issue.message);
  }
}

/**
 * Writes rows in one transaction, each row inside its own savepoint: a refused row rolls back to its savepoint and
 * writes nothing, while the rows share one commit (a commit per row made 20,000 rows take a minute, nearly all
 * of it waiting for the log flush).
 */
export async function writeProfiles(
  db: Database,
  rows: readonly CheckedRow[],
  importer: Importer,
  blanks: ImportBlanks,
): Promise<WriteOutcome> {
  return db.transaction(async (tx) => {
    const outcome: WriteOutcome = { imported: 0, updated: 0, supplierIds: [], problems: [] };
    for (const row of rows) {
      try {
        const { inserted, supplierId } = await tx.transaction((savepoint) =>
          writeRow(savepoint, row, importer, blanks),
        );
        outcome.supplierIds.push(supplierId);
        if (inserted) outcome.imported++;
        else outcome.updated++;
      } catch (error) {
        if (!(error instanceof RowRefused)) throw error;
        outcome.problems.push({ row: row.number, column: error.column, ...error.issue });
      }
    }
    return outcome;
  });
}

async function writeRow(
  tx: Transaction,
  row: CheckedRow,
  importer: Importer,
  blanks: ImportBlanks,
): Promise<{ inserted: boolean; supplierId: string }> {
  const { input, location } = row;
  const existing = await supplierRepository.findSupplierByTaxCode(tx, input.taxCode);
  refuseOverwrite(existing, importer);
  const result = await supplierRepository.upsertSupplierByTaxCode(tx, {
    ...(existing ? {} : newProfileDefaults),
    ...blanks,
    ...profileColumns(input, location),
    // Notes are not a column of the import; keep those written elsewhere.
    ...(blanks.green ? { green: { ...notesOf(existing), ...input.green } } : {}),
    legalName: input.legalName,
    taxCode: input.taxCode,
    categories: input.categories,
    // A profile always has a language: a blank cell keeps the stored ones.
    languages: input.languages ?? existing?.languages ?? newProfileDefaults.languages,
    ...location,
    // An admin's import keeps the association that maintains the profile; otherwise the importer takes it.
    importedByOrganizationId:
      importer.isPlatformAdmin && existing?.importedByOrganizationId
        ? existing.importedByOrganizationId
        : importer.organizationId,
  });
  // The supplier may have claimed the profile between the read and the write; the upsert saw the latest row.
  if (!result.inserted) refuseOverwrite(result.supplier, importer);
  return { inserted: result.inserted, supplierId: result.supplier.id };
}

/** Throws (rolling the row's savepoint back) when the importer may not overwrite this profile. */
function refuseOverwrite(existing: Supplier | undefined, importer: Importer): void {
  if (!existing) return;
  if (existing.organizationId !== null) {
    throw new RowRefused("tax_code", importIssue("managed_by_supplier"));
  }
  const maintainer = existing.importedByOrganizationId;
  if (!importer.isPlatformAdmin && maintainer !== null && maintainer !== importer.organizationId) {
    throw new RowRefused("tax_code", importIssue("maintained_by_other"));
  }
}

function notesOf(existing: Supplier | undefined): { notes?: string } {
  return existing?.green.notes ? { notes: existing.green.notes } : {};
}
