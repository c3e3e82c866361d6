import { sql } from "drizzle-orm";
import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn } from "./columns.js";
import { organizations } from "./organizations.js";
import { requestResponses } from "./request-responses.js";
import { sourcingRequests } from "./sourcing-requests.js";
import { users } from "./users.js";

export const attachmentScopes = ["request", "quote", "message"] as const;
export type AttachmentScope = (typeof attachmentScopes)[number];

/**
 * A file attached to a request (by its buyer), to a quote (by its supplier) or to a message of a request's thread.
 * The bytes live in the file storage under `storageKey`; kind and content type come from the bytes, the name is
 * the sanitised one the uploader gave. `messageId` is empty until the message that carries the file is sent.
 */
export const attachments = pgTable(
  "attachments",
  {
    id: idColumn(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => sourcingRequests.id, { onDelete: "cascade" }),
    scope: text("scope", { enum: attachmentScopes }).notNull(),
    responseId: uuid("response_id").references(() => requestResponses.id, { onDelete: "cascade" }),
    messageId: uuid("message_id"),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    uploadedByUserId: uuid("uploaded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    storageKey: text("storage_key").notNull(),
    fileName: text("file_name").notNull(),
    kind: text("kind").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    createdAt: createdAt(),
    /** Set when the uploader removed it; the row stays until the stored bytes are gone. */
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    index("attachments_request_idx").on(t.requestId),
    index("attachments_message_idx").on(t.messageId).where(sql`${t.messageId} is not null`),
    uniqueIndex("attachments_storage_key_unique").on(t.storageKey),
  ],
);
