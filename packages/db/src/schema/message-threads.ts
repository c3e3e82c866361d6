import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn } from "./columns.js";
import { sourcingRequests } from "./sourcing-requests.js";
import { suppliers } from "./suppliers.js";
import { users } from "./users.js";

export const messageSides = ["buyer", "supplier"] as const;
export type MessageSide = (typeof messageSides)[number];

/**
 * The clarifying conversation between a request's buyer organisation and one supplier: one per request and
 * supplier. Read marks are per side (organisation), not per person: what one colleague read, the team has read.
 */
export const messageThreads = pgTable(
  "message_threads",
  {
    id: idColumn(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => sourcingRequests.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id")
      .notNull()
      .references(() => suppliers.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    buyerReadAt: timestamp("buyer_read_at", { withTimezone: true }),
    supplierReadAt: timestamp("supplier_read_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("message_threads_request_supplier_unique").on(t.requestId, t.supplierId),
    index("message_threads_supplier_idx").on(t.supplierId),
  ],
);

/**
 * One message in one thread. The buyer's answer to all is one post copied into every thread of the request:
 * each copy has its own row (read and counted per thread) and shares `postId` with the others; the attachments
 * carried by a post point at its `postId` (`attachments.message_id`). A message posted to one thread has
 * `postId` = its own id.
 */
export const threadMessages = pgTable(
  "thread_messages",
  {
    id: idColumn(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => messageThreads.id, { onDelete: "cascade" }),
    postId: uuid("post_id").notNull(),
    side: text("side", { enum: messageSides }).notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** The buyer's answer to a question from a supplier, sent to every supplier without naming who asked. */
    answerToAll: boolean("answer_to_all").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("thread_messages_thread_idx").on(t.threadId, t.createdAt),
    index("thread_messages_post_idx").on(t.postId),
  ],
);
