import { sql } from "drizzle-orm";
import {
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
import { organizations } from "./organizations.js";
import { users } from "./users.js";
import { zones } from "./zones.js";

export interface StoredCertification {
  code: string;
  expiresOn?: string;
  certificateNumber?: string;
  /** Who issued the certificate (a certification body: Bureau Veritas, QUACERT…). */
  issuer?: string;
  /** The certificate's scan: a supplier document of the profile's organisation. */
  documentId?: string;
}
export interface StoredQuantity {
  value: number;
  unit: string;
}
export interface StoredGreenCredentials {
  rooftopSolarKwp?: number;
  recycledMaterialPercent?: number;
  notes?: string;
}
export interface StoredContact {
  name: string;
  email?: string;
  phone?: string;
}

/**
 * Supplier capability profiles. Postgres is the truth; the Meilisearch index follows through search_outbox.
 * A profile belongs to the supplier's organisation, or (imported from an association's directory) to nobody yet,
 * in which case `importedByOrganizationId` says who maintains it.
 */
export const suppliers = pgTable(
  "suppliers",
  {
    id: idColumn(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    importedByOrganizationId: uuid("imported_by_organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    legalName: text("legal_name").notNull(),
    tradeName: text("trade_name"),
    /** Compact MST: 10 digits, or 13 for a branch. */
    taxCode: text("tax_code").notNull(),
    descriptionVi: text("description_vi"),
    descriptionEn: text("description_en"),
    categories: text("categories").array().notNull(),
    /** What the supplier makes in its own words where no category fits, or as it wrote a category it was filed under. */
    ownCategories: text("own_categories").array().notNull().default(sql`'{}'`),
    processes: text("processes").array().notNull().default(sql`'{}'`),
    materials: text("materials").array().notNull().default(sql`'{}'`),
    exampleProducts: text("example_products").array().notNull().default(sql`'{}'`),
    certifications: jsonb("certifications").$type<StoredCertification[]>().notNull().default(sql`'[]'`),
    monthlyCapacity: jsonb("monthly_capacity").$type<StoredQuantity>(),
    moq: jsonb("moq").$type<StoredQuantity>(),
    leadTimeDays: integer("lead_time_days"),
    exportMarkets: text("export_markets").array().notNull().default(sql`'{}'`),
    languages: text("languages").array().notNull(),
    staffSize: integer("staff_size"),
    yearFounded: integer("year_founded"),
    zoneId: text("zone_id").references(() => zones.id),
    address: text("address"),
    /** From the zone, or from the province the supplier named; the former province when known. */
    province2025: text("province_2025").notNull(),
    formerProvince: text("former_province"),
    /** From the zone's centre when only a zone is given. */
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    deliveryRadiusKm: integer("delivery_radius_km"),
    green: jsonb("green").$type<StoredGreenCredentials>().notNull().default(sql`'{}'`),
    contact: jsonb("contact").$type<StoredContact>(),
    website: text("website"),
    verificationStatus: text("verification_status", { enum: ["unverified", "verified"] })
      .notNull()
      .default("unverified"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedByUserId: uuid("verified_by_user_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: ["active", "paused"] })
      .notNull()
      .default("active"),
    /** Set when a platform admin paused the profile: its owner cannot make it active again until an admin lifts it. */
    moderationReason: text("moderation_reason"),
    /** Bumped on every change; the index keeps it so a stale write can never overwrite a newer one. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("suppliers_tax_code_unique").on(t.taxCode),
    uniqueIndex("suppliers_organization_unique")
      .on(t.organizationId)
      .where(sql`${t.organizationId} is not null`),
    index("suppliers_zone_idx").on(t.zoneId),
  ],
);
