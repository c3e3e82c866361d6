// A supplier's photos: at most `maxSupplierPhotos`, counted under a lock on the supplier row so two uploads at
// once cannot make an eleventh.
import { and, asc, count, eq } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { supplierPhotos, suppliers } from "../schema/index.js";

export type SupplierPhoto = typeof supplierPhotos.$inferSelect;

export const maxSupplierPhotos = 10;

/** Adds the photo unless the supplier already has the maximum; undefined then. */
export async function addPhoto(
  tx: Transaction,
  photo: {
    id: string;
    supplierId: string;
    storageKey: string;
    width: number;
    height: number;
    sizeBytes: number;
  },
): Promise<SupplierPhoto | undefined> {
  await tx
    .select({ id: suppliers.id })
    .from(suppliers)
    .where(eq(suppliers.id, photo.supplierId))
    .for("update");
  const [held] = await tx
    .select({ n: count() })
    .from(supplierPhotos)
    .where(eq(supplierPhotos.supplierId, photo.supplierId));
  if ((held?.n ?? 0) >= maxSupplierPhotos) return undefined;
  const [row] = await tx.insert(supplierPhotos).values(photo).returning();
  return row;
}

export async function listPhotos(db: Executor, supplierId: string): Promise<SupplierPhoto[]> {
  return db
    .select()
    .from(supplierPhotos)
    .where(eq(supplierPhotos.supplierId, supplierId))
    .orderBy(asc(supplierPhotos.createdAt), asc(supplierPhotos.id));
}

export async function findPhoto(db: Executor, photoId: string): Promise<SupplierPhoto | undefined> {
  const [row] = await db.select().from(supplierPhotos).where(eq(supplierPhotos.id, photoId)).limit(1);
  return row;
}

/** Removes the supplier's photo; undefined when it has no such photo. */
export async function removePhoto(
  tx: Transaction,
  supplierId: string,
  photoId: string,
): Promise<SupplierPhoto | undefined> {
  const [row] = await tx
    .delete(supplierPhotos)
    .where(and(eq(supplierPhotos.id, photoId), eq(supplierPhotos.supplierId, supplierId)))
    .returning();
  return row;
}
