import { sql } from "drizzle-orm";
import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Jobs a use case sets off (emails, a request's expiry), written in the same transaction as the change itself and
 * handed to the queue afterwards by the worker's drain. A change that commits while Redis is away keeps its jobs
 * here until Redis is back: they leave late, never not at all. Payloads hold ids, never emails or names.
 */
export const jobOutbox = pgTable(
  "job_outbox",
  {
    /** A sequence: the drain takes the oldest first, and jobs the catalog gives no id are keyed by it. */
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** A job name of the catalog (packages/jobs); its payload was validated against it when written. */
    name: text("name").notNull(),
    payload: jsonb("payload").notNull(),
    /** For delayed jobs: when the job should run (the queue delays it by what is left then). */
    runAt: timestamp("run_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the job was handed to the queue; null while pending. */
    enqueuedAt: timestamp("enqueued_at", { withTimezone: true }),
    lastError: text("last_error"),
  },
  (t) => [index("job_outbox_pending_idx").on(t.id).where(sql`${t.enqueuedAt} is null`)],
);
