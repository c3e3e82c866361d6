import { index, pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn } from "./columns.js";
import { sourcingRequests } from "./sourcing-requests.js";
import { suppliers } from "./suppliers.js";
import { users } from "./users.js";

/**
 * A buyer asked this supplier to quote on its request, whether matching found the supplier or not. One row per
 * request and supplier: inviting again changes nothing. Kept apart from `request_matches`, which each matching
 * run rewrites whole; an invitation gives the supplier the same access to the request as a match.
 */
export const requestInvitations = pgTable(
  "request_invitations",
  {
    id: idColumn(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => sourcingRequests.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id")
      .notNull()
      .references(() => suppliers.id, { onDelete: "cascade" }),
    /** Who of the buyer's people invited; null once that person's account is deleted. */
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("request_invitations_request_supplier_unique").on(t.requestId, t.supplierId),
    index("request_invitations_supplier_idx").on(t.supplierId),
  ],
);
