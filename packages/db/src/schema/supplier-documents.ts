import { bigint, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn } from "./columns.js";
import { organizations } from "./organizations.js";
import { users } from "./users.js";

export const supplierDocumentPurposes = ["claim", "verification", "certificate"] as const;
export type SupplierDocumentPurpose = (typeof supplierDocumentPurposes)[number];

/**
 * A company paper an organisation uploaded to prove something about a supplier profile: the business
 * registration certificate behind a claim, the documents of a verification request, a certificate's scan. The
 * uploading organisation owns it; only that organisation and platform admins ever get a download link. Claims,
 * verification requests and certifications point at it by id.
 */
export const supplierDocuments = pgTable(
  "supplier_documents",
  {
    id: idColumn(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    uploadedByUserId: uuid("uploaded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    purpose: text("purpose", { enum: supplierDocumentPurposes }).notNull(),
    storageKey: text("storage_key").notNull(),
    fileName: text("file_name").notNull(),
    kind: text("kind").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("supplier_documents_organization_idx").on(t.organizationId, t.createdAt),
    uniqueIndex("supplier_documents_storage_key_unique").on(t.storageKey),
  ],
);
