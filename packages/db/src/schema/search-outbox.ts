import { sql } from "drizzle-orm";
import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Changes waiting to reach the search index. Written in the same transaction as the change itself, and marked
 * processed only after Meilisearch confirmed the task; so the index converges even across Meilisearch outages.
 */
export const searchOutbox = pgTable(
  "search_outbox",
  {
    /** A sequence, not a uuid: the sync job takes the oldest first. */
    id: bigserial("id", { mode: "number" }).primaryKey(),
    entity: text("entity", { enum: ["supplier", "request"] }).notNull(),
    entityId: uuid("entity_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    lastError: text("last_error"),
  },
  (t) => [index("search_outbox_pending_idx").on(t.id).where(sql`${t.processedAt} is null`)],
);
