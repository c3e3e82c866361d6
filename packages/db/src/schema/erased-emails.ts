import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Addresses of people who erased their account, as keyed hashes (never the address): what is left so that nobody
 * invites or emails them again. Registering again with the address removes its row.
 */
export const erasedEmails = pgTable("erased_emails", {
  emailHash: text("email_hash").primaryKey(),
  erasedAt: timestamp("erased_at", { withTimezone: true }).notNull().defaultNow(),
});
