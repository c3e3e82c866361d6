import { date, doublePrecision, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.js";
import { users } from "./users.js";

/**
 * Reference exchange rates kept by platform admins (no rate service is reachable from here): dong per unit of a
 * currency on a date. Quote comparisons convert with the latest rate of each currency and say which one.
 */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    currency: text("currency").notNull(),
    rateDate: date("rate_date", { mode: "string" }).notNull(),
    vndPerUnit: doublePrecision("vnd_per_unit").notNull(),
    setByUserId: uuid("set_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.rateDate] })],
);
