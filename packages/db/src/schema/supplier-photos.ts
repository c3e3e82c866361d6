import { index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn } from "./columns.js";
import { suppliers } from "./suppliers.js";

/**
 * A supplier's factory and product photos (at most 10), stored resized as WebP through the file storage; the row
 * keeps where and how big.
 */
export const supplierPhotos = pgTable(
  "supplier_photos",
  {
    id: idColumn(),
    supplierId: uuid("supplier_id")
      .notNull()
      .references(() => suppliers.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("supplier_photos_supplier_idx").on(t.supplierId, t.createdAt)],
);
