import { doublePrecision, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Reference data: industrial zones (KCN), export-processing zones (KCX) and high-tech parks (KCNC). */
export const zones = pgTable(
  "zones",
  {
    /** Stable ASCII slug from the reference CSV, e.g. `kcn-vsip-1`. */
    id: text("id").primaryKey(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    kind: text("kind", { enum: ["KCN", "KCX", "KCNC"] }).notNull(),
    formerProvince: text("former_province").notNull(),
    province2025: text("province_2025").notNull(),
    formerDistrict: text("former_district"),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    areaHa: doublePrecision("area_ha"),
    operator: text("operator"),
    mainIndustries: text("main_industries"),
    sourceUrl: text("source_url"),
    coordQuality: text("coord_quality", { enum: ["estimated", "source"] }).notNull(),
    status: text("status", { enum: ["operating", "developing", "planned", "converting"] }).notNull(),
    notes: text("notes"),
    /** Folded (no diacritics, lowercase) names and district, for name search with or without diacritics. */
    searchKey: text("search_key").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("zones_former_province_idx").on(t.formerProvince),
    index("zones_province_2025_idx").on(t.province2025),
  ],
);
