import {
  type DeclineReason,
  declineReasons,
  type QuoteDelivery,
  responseKinds,
  responseOutcomes,
} from "@ketnoi/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, idColumn, updatedAt } from "./columns.js";
import { sourcingRequests } from "./sourcing-requests.js";
import type { StoredQuantity } from "./suppliers.js";
import { suppliers } from "./suppliers.js";
import { users } from "./users.js";

/**
 * A supplier's answer to a request it was matched to: one row per (request, supplier), a quote revised in place
 * until the deadline, or a decline. `firstRespondedAt` survives revisions and changes of mind, because the
 * supplier's responsiveness is measured from the first answer.
 */
export const requestResponses = pgTable(
  "request_responses",
  {
    id: idColumn(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => sourcingRequests.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id")
      .notNull()
      .references(() => suppliers.id, { onDelete: "cascade" }),
    respondedByUserId: uuid("responded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: responseKinds }).notNull(),
    /** Quote fields: set when kind = quote. Unit price is per unit of the request's quantity. */
    unitPriceAmount: doublePrecision("unit_price_amount"),
    /** ISO 4217. */
    currency: text("currency"),
    moq: jsonb("moq").$type<StoredQuantity>(),
    leadTimeDays: integer("lead_time_days"),
    validUntil: date("valid_until", { mode: "string" }),
    message: text("message").notNull().default(""),
    /** Further quote terms; null when the quote does not state them. */
    vatRatePercent: doublePrecision("vat_rate_percent"),
    vatIncluded: boolean("vat_included"),
    delivery: jsonb("delivery").$type<QuoteDelivery>(),
    paymentDays: integer("payment_days"),
    depositPercent: doublePrecision("deposit_percent"),
    /** One-off costs in the quote's currency. */
    toolingCost: doublePrecision("tooling_cost"),
    sampleCost: doublePrecision("sample_cost"),
    /** Decline fields: set when kind = decline. */
    declineReason: text("decline_reason", { enum: declineReasons }).$type<DeclineReason>(),
    /** Bumped on every change by the supplier, so the buyer sees that a quote was revised. */
    revision: integer("revision").notNull().default(1),
    outcome: text("outcome", { enum: responseOutcomes }).notNull().default("pending"),
    shortlisted: boolean("shortlisted").notNull().default(false),
    firstRespondedAt: timestamp("first_responded_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("request_responses_request_supplier_unique").on(t.requestId, t.supplierId),
    index("request_responses_supplier_idx").on(t.supplierId),
    index("request_responses_quotes_idx").on(t.requestId).where(sql`${t.kind} = 'quote'`),
  ],
);
