import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn, updatedAt } from "./columns.js";
import { deliverySkipReasons, deliveryStatuses } from "./delivery-status.js";
import { sourcingRequests } from "./sourcing-requests.js";
import { users } from "./users.js";

export const notificationKinds = [
  "quote_received",
  "request_awarded",
  "request_matched",
  "request_invited",
  "message_received",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * The immediate-notification ledger: one row per event and recipient, keyed by `dedupeKey`
 * (`quote_received:<responseId>:r<revision>:<userId>`, `request_awarded:<requestId>:<userId>`,
 * `request_matched:<requestId>:<supplierId>:<userId>`, `message_received:<messageId>:<userId>`), so a retried
 * or duplicated job never tells the same person the same thing twice. Several events about one request may go
 * out in one email: their rows then share the `messageId`.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: idColumn(),
    dedupeKey: text("dedupe_key").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    /**
     * The response (quote received), request (awarded), message (received: the copy in the reader's thread) or supplier (request matched: alerts are paced per person
     * and supplier) the notification is about.
     */
    subjectId: uuid("subject_id").notNull(),
    /** The request the event happened on: a person's emails about one request are paced together. */
    requestId: uuid("request_id").references(() => sourcingRequests.id, { onDelete: "cascade" }),
    status: text("status", { enum: deliveryStatuses }).notNull().default("planned"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    skipReason: text("skip_reason", { enum: deliverySkipReasons }),
    messageId: text("message_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("notification_deliveries_dedupe_key_unique").on(t.dedupeKey),
    index("notification_deliveries_user_idx").on(t.userId),
    index("notification_deliveries_user_request_idx").on(t.userId, t.requestId, t.status),
    index("notification_deliveries_status_idx").on(t.status, t.createdAt),
    index("notification_deliveries_user_subject_idx").on(t.userId, t.subjectId, t.kind, t.status),
  ],
);
