// Company papers organisations uploaded (registration certificates, certificate scans): where the bytes are and
// whose they are.
import { and, eq, inArray } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { type SupplierDocumentPurpose, supplierDocuments } from "../schema/index.js";

export type SupplierDocument = typeof supplierDocuments.$inferSelect;
export type NewSupplierDocument = typeof supplierDocuments.$inferInsert;

export async function insertDocument(tx: Transaction, row: NewSupplierDocument): Promise<SupplierDocument> {
  const [inserted] = await tx.insert(supplierDocuments).values(row).returning();
  if (!inserted) throw new Error("supplier document insert returned no row");
  return inserted;
}

/** The same file (bytes and name) the organisation already uploaded for the same purpose: a retried upload. */
export async function findSameUpload(
  db: Executor,
  input: { organizationId: string; purpose: SupplierDocumentPurpose; sha256: string; fileName: string },
): Promise<SupplierDocument | undefined> {
  const [row] = await db
    .select()
    .from(supplierDocuments)
    .where(
      and(
        eq(supplierDocuments.organizationId, input.organizationId),
        eq(supplierDocuments.purpose, input.purpose),
        eq(supplierDocuments.sha256, input.sha256),
        eq(supplierDocuments.fileName, input.fileName),
      ),
    )
    .limit(1);
  return row;
}

export async function findDocument(db: Executor, id: string): Promise<SupplierDocument | undefined> {
  const [row] = await db.select().from(supplierDocuments).where(eq(supplierDocuments.id, id)).limit(1);
  return row;
}

export async function findDocuments(db: Executor, ids: readonly string[]): Promise<SupplierDocument[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(supplierDocuments)
    .where(inArray(supplierDocuments.id, [...ids]));
}
