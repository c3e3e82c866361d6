import { digestDays, digestFrequencies } from "@ketnoi/domain";
import { boolean, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns.js";
import { users } from "./users.js";

/**
 * What a person wants by email. No row means the defaults (`defaultNotificationPreferences`): the row appears on
 * the first change, through the API or an unsubscribe link. The language lives on `users`, shared with the product.
 */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  digest: text("digest", { enum: digestFrequencies }).notNull().default("weekly"),
  digestDay: text("digest_day", { enum: digestDays }).notNull().default("monday"),
  immediate: boolean("immediate").notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
