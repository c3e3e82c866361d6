// A supplier profile as the columns of the suppliers table, for the seed script and the benchmarks. The location
// goes through the same locationColumns as the API's; the row is typed here, not against @ketnoi/db, so that
// demo data stays a pure package.
import { locationColumns, type SupplierProfileInput } from "@ketnoi/domain";
import type { DemoZone } from "./generate-suppliers.js";

type Quantity = NonNullable<SupplierProfileInput["monthlyCapacity"]>;

/** The insert shape of packages/db/src/schema/suppliers.ts, without ids, ownership and verification. */
export interface SupplierRow {
  legalName: string;
  tradeName: string | null;
  taxCode: string;
  descriptionVi: string | null;
  descriptionEn: string | null;
  categories: string[];
  ownCategories: string[];
  processes: string[];
  materials: string[];
  exampleProducts: string[];
  certifications: { code: string; expiresOn?: string; certificateNumber?: string }[];
  monthlyCapacity: Quantity | null;
  moq: Quantity | null;
  leadTimeDays: number | null;
  exportMarkets: string[];
  languages: string[];
  staffSize: number | null;
  yearFounded: number | null;
  zoneId: string | null;
  address: string | null;
  province2025: string;
  formerProvince: string | null;
  lat: number;
  lng: number;
  deliveryRadiusKm: number | null;
  green: NonNullable<SupplierProfileInput["green"]>;
  contact: SupplierProfileInput["contact"] | null;
  website: string | null;
}

/**
 * Columns for one profile. Absent optional fields become null or an empty list, so an upsert with the row
 * clears what a previous version of the profile had set. Throws for a zone not in `zonesById` or a location that
 * names neither a zone nor a known province with coordinates.
 */
export function supplierRowFromProfile(
  profile: SupplierProfileInput,
  zonesById: ReadonlyMap<string, DemoZone>,
): SupplierRow {
  const location = locationColumns(profile.location, (id) => zonesById.get(id));
  if (!location.ok) {
    throw new Error(
      `supplier ${profile.taxCode}: ${location.problem === "unknown_zone" ? `unknown zone ${profile.location.zoneId}` : "location needs a zone, or a known province with lat and lng"}`,
    );
  }
  return {
    legalName: profile.legalName,
    tradeName: profile.tradeName ?? null,
    taxCode: profile.taxCode,
    descriptionVi: profile.descriptionVi ?? null,
    descriptionEn: profile.descriptionEn ?? null,
    categories: profile.categories,
    ownCategories: profile.ownCategories ?? [],
    processes: profile.processes ?? [],
    materials: profile.materials ?? [],
    exampleProducts: profile.exampleProducts ?? [],
    // The shape the API stores: keys only for what the supplier gave.
    certifications: (profile.certifications ?? []).map((c) => ({
      code: c.code,
      ...(c.expiresOn ? { expiresOn: c.expiresOn } : {}),
      ...(c.certificateNumber ? { certificateNumber: c.certificateNumber } : {}),
    })),
    monthlyCapacity: profile.monthlyCapacity ?? null,
    moq: profile.moq ?? null,
    leadTimeDays: profile.leadTimeDays ?? null,
    exportMarkets: profile.exportMarkets ?? [],
    languages: profile.languages ?? ["vi"],
    staffSize: profile.staffSize ?? null,
    yearFounded: profile.yearFounded ?? null,
    ...location.columns,
    deliveryRadiusKm: profile.deliveryRadiusKm ?? null,
    green: profile.green ?? {},
    contact: profile.contact ?? null,
    website: profile.website ?? null,
  };
}
