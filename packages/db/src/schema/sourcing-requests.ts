import { recurrences, sourcingRequestStatuses } from "@ketnoi/domain";
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
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, idColumn, updatedAt } from "./columns.js";
import { organizations } from "./organizations.js";
import type { StoredQuantity } from "./suppliers.js";
import { users } from "./users.js";
import { zones } from "./zones.js";

export interface StoredSpecification {
  text: string;
  material?: string;
  dimensions?: string;
  print?: string;
}
export interface StoredPrice {
  amount: number;
  currency: "VND" | "USD";
}
export interface StoredInferredCategory {
  code: string;
  terms: string[];
}

/**
 * What a buyer organisation wants made or supplied. A draft is seen only by its organisation; an open request
 * by suppliers until its quote deadline, when the expiry job closes it.
 */
export const sourcingRequests = pgTable(
  "sourcing_requests",
  {
    id: idColumn(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** Chosen by the buyer, or taken from the inferred ones when published without any. */
    categories: text("categories").array().notNull().default(sql`'{}'`),
    /** What the title and description named, with the words that named it, so the buyer can correct it. */
    inferredCategories: jsonb("inferred_categories")
      .$type<StoredInferredCategory[]>()
      .notNull()
      .default(sql`'[]'`),
    specification: jsonb("specification").$type<StoredSpecification>().notNull(),
    quantity: jsonb("quantity").$type<StoredQuantity>().notNull(),
    recurrence: text("recurrence", { enum: recurrences }).notNull(),
    monthlyVolume: jsonb("monthly_volume").$type<StoredQuantity>(),
    targetPrice: jsonb("target_price").$type<StoredPrice>(),
    requiredCertifications: text("required_certifications").array().notNull().default(sql`'{}'`),
    zoneId: text("zone_id").references(() => zones.id),
    /** From the zone's centre when only a zone is given. */
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    province2025: text("province_2025").notNull(),
    formerProvince: text("former_province"),
    /** null: the buyer set no distance limit. */
    maxDistanceKm: integer("max_distance_km"),
    neededBy: date("needed_by", { mode: "string" }).notNull(),
    quoteDeadline: timestamp("quote_deadline", { withTimezone: true }).notNull(),
    referenceLinks: text("reference_links").array().notNull().default(sql`'{}'`),
    showBuyerName: boolean("show_buyer_name").notNull().default(true),
    status: text("status", { enum: sourcingRequestStatuses }).notNull().default("draft"),
    /** Bumped on every change; a delayed expiry job carries the version it was scheduled for. */
    version: integer("version").notNull().default(1),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** The quote the buyer chose; set with status `awarded`. Not a foreign key: the two tables point at each other. */
    awardedResponseId: uuid("awarded_response_id"),
    /** Hidden by a platform admin (moderation): suppliers no longer see or match it; the buyer still does. */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenReason: text("hidden_reason"),
    /** Why the buyer chose that quote, told to the other quoting suppliers; empty when not given. */
    awardReason: text("award_reason").notNull().default(""),
    /** The member who awarded: the winner's contact at the buyer. */
    awardedByUserId: uuid("awarded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * The last matching run found the need above most candidates' capacity, so suppliers rank by the share they
     * cover; the reverse direction scores a single supplier with this same finding.
     */
    splitVolume: boolean("split_volume").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("sourcing_requests_organization_idx").on(t.organizationId),
    index("sourcing_requests_status_deadline_idx").on(t.status, t.quoteDeadline),
  ],
);
