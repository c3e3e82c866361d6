import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn } from "./columns.js";
import { organizations } from "./organizations.js";
import { supplierDocuments } from "./supplier-documents.js";
import { suppliers } from "./suppliers.js";
import { users } from "./users.js";

export const claimMethods = ["email_link", "invitation", "document"] as const;
export const claimStatuses = ["pending", "approved", "rejected", "cancelled"] as const;

/**
 * An organisation asking to own an imported (unowned) profile. `email_link`: a link went to the profile's contact
 * address and using it approves the claim. `invitation`: an association's import sent the link before anyone
 * asked, so no organisation is named until someone uses it. `document`: a business registration certificate an
 * admin reviews. The link's token is stored hashed; at most one named claim is pending per profile.
 */
export const supplierClaims = pgTable(
  "supplier_claims",
  {
    id: idColumn(),
    supplierId: uuid("supplier_id")
      .notNull()
      .references(() => suppliers.id, { onDelete: "cascade" }),
    /** Null only for an invitation nobody has used yet. */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    method: text("method", { enum: claimMethods }).notNull(),
    status: text("status", { enum: claimStatuses }).notNull().default("pending"),
    /** The address the link went to, as it was on the profile then. */
    sentTo: text("sent_to"),
    tokenHash: text("token_hash"),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    /** The uploaded business registration certificate (document claims). */
    documentId: uuid("document_id").references(() => supplierDocuments.id, { onDelete: "set null" }),
    note: text("note"),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decisionReason: text("decision_reason"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("supplier_claims_token_unique").on(t.tokenHash),
    uniqueIndex("supplier_claims_one_pending")
      .on(t.supplierId)
      .where(sql`${t.status} = 'pending' and ${t.organizationId} is not null`),
    index("supplier_claims_status_idx").on(t.status, t.createdAt),
  ],
);

export const verificationRequestStatuses = ["pending", "approved", "rejected"] as const;

/** A document sent with a verification request, as it was named when sent (the file is a supplier document). */
export interface StoredVerificationDocument {
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** A supplier asking staff to verify it; one pending at a time per profile. */
export const verificationRequests = pgTable(
  "verification_requests",
  {
    id: idColumn(),
    supplierId: uuid("supplier_id")
      .notNull()
      .references(() => suppliers.id, { onDelete: "cascade" }),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: verificationRequestStatuses }).notNull().default("pending"),
    note: text("note"),
    documents: jsonb("documents").$type<StoredVerificationDocument[]>().notNull().default(sql`'[]'`),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decisionReason: text("decision_reason"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("verification_requests_one_pending").on(t.supplierId).where(sql`${t.status} = 'pending'`),
    index("verification_requests_status_idx").on(t.status, t.createdAt),
  ],
);

/** Every platform admin action: who, what, on what, when and why. Written in the action's own transaction. */
export const adminAuditLog = pgTable(
  "admin_audit_log",
  {
    id: idColumn(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    reason: text("reason"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    createdAt: createdAt(),
  },
  (t) => [
    index("admin_audit_log_created_idx").on(t.createdAt),
    index("admin_audit_log_subject_idx").on(t.subjectType, t.subjectId),
  ],
);
