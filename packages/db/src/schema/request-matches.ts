import type { MatchComponent, MatchExplanation } from "@ketnoi/domain";
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, idColumn, updatedAt } from "./columns.js";
import { sourcingRequests } from "./sourcing-requests.js";
import { suppliers } from "./suppliers.js";

export const requestMatchVerdicts = ["match", "near_miss"] as const;

/**
 * The suppliers the matching job found for an open request, as of `requestVersion`. Rewritten whole by each run,
 * so it always shows one run's results; excluded candidates are never stored.
 */
export const requestMatches = pgTable(
  "request_matches",
  {
    id: idColumn(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => sourcingRequests.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id")
      .notNull()
      .references(() => suppliers.id, { onDelete: "cascade" }),
    requestVersion: integer("request_version").notNull(),
    verdict: text("verdict", { enum: requestMatchVerdicts }).notNull(),
    score: doublePrecision("score").notNull(),
    explanation: jsonb("explanation").$type<MatchExplanation>().notNull(),
    components: jsonb("components").$type<MatchComponent[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("request_matches_request_supplier_unique").on(t.requestId, t.supplierId),
    index("request_matches_supplier_idx").on(t.supplierId),
  ],
);
