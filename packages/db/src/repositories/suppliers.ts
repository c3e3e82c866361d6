// Supplier profiles. Every write also queues the profile for the search index in the same transaction, so the
// index can never miss a change that committed (see search-outbox.ts).
import { and, asc, count, desc, eq, getTableColumns, gt, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { suppliers, zones } from "../schema/index.js";
import { queueSearchSync } from "./search-outbox.js";
import { isAnyOf } from "./uuid-array.js";

export type Supplier = typeof suppliers.$inferSelect;
export type NewSupplier = typeof suppliers.$inferInsert;
export type SupplierChanges = Partial<Omit<NewSupplier, "id" | "version" | "createdAt" | "updatedAt">>;

export async function createSupplier(tx: Transaction, values: NewSupplier): Promise<Supplier> {
  const [created] = await tx.insert(suppliers).values(values).returning();
  if (!created) throw new Error("insert returned no row");
  await queueSearchSync(tx, "supplier", [created.id]);
  return created;
}

export async function updateSupplier(
  tx: Transaction,
  id: string,
  changes: SupplierChanges,
): Promise<Supplier | undefined> {
  const [updated] = await tx
    .update(suppliers)
    .set({ ...changes, version: sql`${suppliers.version} + 1` })
    .where(eq(suppliers.id, id))
    .returning();
  if (updated) await queueSearchSync(tx, "supplier", [updated.id]);
  return updated;
}

/** Inserts or updates by tax code (the import's identity); tells which happened. */
export async function upsertSupplierByTaxCode(
  tx: Transaction,
  values: NewSupplier,
): Promise<{ supplier: Supplier; inserted: boolean }> {
  // Ownership and verification are decided elsewhere (the supplier, an admin); a re-import does not undo them.
  const {
    id: _id,
    organizationId: _org,
    verificationStatus: _status,
    verifiedAt: _at,
    verifiedByUserId: _by,
    ...changes
  } = values;
  const [row] = await tx
    .insert(suppliers)
    .values(values)
    .onConflictDoUpdate({
      target: suppliers.taxCode,
      set: { ...changes, version: sql`${suppliers.version} + 1`, updatedAt: new Date() },
    })
    .returning({ ...getTableColumns(suppliers), inserted: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error("upsert returned no row");
  const { inserted, ...supplier } = row;
  await queueSearchSync(tx, "supplier", [supplier.id]);
  return { supplier, inserted };
}

export async function findSupplierById(db: Executor, id: string): Promise<Supplier | undefined> {
  const [row] = await db.select().from(suppliers).where(eq(suppliers.id, id)).limit(1);
  return row;
}

export async function findSupplierByOrganization(
  db: Executor,
  organizationId: string,
): Promise<Supplier | undefined> {
  const [row] = await db
    .select()
    .from(suppliers)
    .where(eq(suppliers.organizationId, organizationId))
    .limit(1);
  return row;
}

export async function findSupplierByTaxCode(db: Executor, taxCode: string): Promise<Supplier | undefined> {
  const [row] = await db.select().from(suppliers).where(eq(suppliers.taxCode, taxCode)).limit(1);
  return row;
}

export async function listSuppliers(
  db: Executor,
  filter: { organizationId?: string; status?: "active" | "paused"; limit: number; offset: number },
): Promise<{ items: Supplier[]; total: number }> {
  const where = and(
    filter.organizationId ? eq(suppliers.organizationId, filter.organizationId) : undefined,
    filter.status ? eq(suppliers.status, filter.status) : undefined,
  );
  const [items, [totalRow]] = await Promise.all([
    db
      .select()
      .from(suppliers)
      .where(where)
      .orderBy(desc(suppliers.updatedAt), asc(suppliers.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(suppliers).where(where),
  ]);
  return { items, total: totalRow?.n ?? 0 };
}

/** Suppliers with their zone names, for building index documents. */
export async function loadSuppliersWithZones(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ supplier: suppliers, zone: { id: zones.id, nameVi: zones.nameVi, nameEn: zones.nameEn } })
    .from(suppliers)
    .leftJoin(zones, eq(zones.id, suppliers.zoneId))
    .where(isAnyOf(suppliers.id, ids));
}

/** Keyset pagination over all suppliers (reindex): pass the last id of the previous page. */
export async function supplierPageAfter(db: Executor, afterId: string | undefined, limit: number) {
  return db
    .select({ supplier: suppliers, zone: { id: zones.id, nameVi: zones.nameVi, nameEn: zones.nameEn } })
    .from(suppliers)
    .leftJoin(zones, eq(zones.id, suppliers.zoneId))
    .where(afterId ? gt(suppliers.id, afterId) : undefined)
    .orderBy(asc(suppliers.id))
    .limit(limit);
}

/**
 * Suppliers holding a certificate whose validity ended between `fromDate` and `toDate` (YYYY-MM-DD, inclusive
 * start, exclusive end): their index documents must drop it although the profile did not change.
 */
export async function suppliersWithCertificatesExpiringBetween(
  db: Executor,
  fromDate: string,
  toDate: string,
) {
  const rows = await db
    .select({ id: suppliers.id })
    .from(suppliers)
    .where(
      sql`exists (select 1 from jsonb_array_elements(${suppliers.certifications}) c
        where c->>'expiresOn' >= ${fromDate} and c->>'expiresOn' < ${toDate})`,
    );
  return rows.map((r) => r.id);
}
