import { pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { sourcingRequests } from "./sourcing-requests.js";
import { suppliers } from "./suppliers.js";

/**
 * When a supplier first opened a request it matched, so its list tells new requests from seen ones. Kept apart
 * from `request_matches`, which each matching run rewrites whole.
 */
export const requestViews = pgTable(
  "request_views",
  {
    requestId: uuid("request_id")
      .notNull()
      .references(() => sourcingRequests.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id")
      .notNull()
      .references(() => suppliers.id, { onDelete: "cascade" }),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.supplierId, t.requestId] })],
);
