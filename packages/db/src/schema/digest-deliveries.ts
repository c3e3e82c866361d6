import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, updatedAt } from "./columns.js";
import { deliverySkipReasons, deliveryStatuses } from "./delivery-status.js";
import { users } from "./users.js";

/**
 * The weekly digest ledger: one row per recipient and ISO week, created `planned` by the weekly run before any
 * send job exists, so a recipient can be neither forgotten nor served twice. The window is fixed at planning, so
 * every retry builds the same email, and the next digest starts where the last sent or skipped one ended.
 */
export const digestDeliveries = pgTable(
  "digest_deliveries",
  {
    id: idColumn(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** ISO week in the digest's time zone, e.g. `2026-W50`. */
    weekKey: text("week_key").notNull(),
    status: text("status", { enum: deliveryStatuses }).notNull().default("planned"),
    /** The digest reports what happened after `windowStart`, up to and including `windowEnd`. */
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    windowEnd: timestamp("window_end", { withTimezone: true }).notNull(),
    /** SMTP attempts of the current plan; reset when a later run plans a failed row again. */
    attempts: integer("attempts").notNull().default(0),
    /** The SMTP server's answer or the network error of the last failed attempt (never the message). */
    lastError: text("last_error"),
    /** A refusal that retrying cannot fix (5xx, e.g. no such mailbox); later runs leave such rows alone. */
    permanentFailure: boolean("permanent_failure").notNull().default(false),
    skipReason: text("skip_reason", { enum: deliverySkipReasons }),
    /** New items the digest reported (listed or counted). */
    itemCount: integer("item_count"),
    messageId: text("message_id"),
    plannedAt: timestamp("planned_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("digest_deliveries_user_week_unique").on(t.userId, t.weekKey),
    index("digest_deliveries_week_status_idx").on(t.weekKey, t.status),
    // Where the next digest's window starts: the user's latest sent or skipped row.
    index("digest_deliveries_user_finished_idx")
      .on(t.userId, t.windowEnd)
      .where(sql`${t.status} in ('sent', 'skipped')`),
  ],
);
