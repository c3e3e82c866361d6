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
  /** Emails at once about the requests and quotes the person takes part in: new quotes and messages. */
  immediate: boolean("immediate").notNull().default(true),
  /** Same-day alerts of requests matching the person's supplier: on unless they turn them off. */
  requestAlerts: boolean("request_alerts").notNull().default(true),
  /**
   * Quiet hours for alerts, local HH:MM in `quiet_hours_time_zone`; both null: off. The defaults are the product's
   * (21:00–07:00 in Ho Chi Minh City), the same as for someone without a row.
   */
  quietHoursStart: text("quiet_hours_start").default("21:00"),
  quietHoursEnd: text("quiet_hours_end").default("07:00"),
  quietHoursTimeZone: text("quiet_hours_time_zone").notNull().default("Asia/Ho_Chi_Minh"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
