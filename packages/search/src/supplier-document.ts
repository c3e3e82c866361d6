// The shape of a supplier in the search index, built from the Postgres row. Names and synonyms of the
// supplier's categories go into the document in both languages, so an English query finds a supplier who wrote
// only Vietnamese and the reverse; only certificates valid today count as held.
import {
  activeCertificationCodes,
  getCategory,
  hcmcDate,
  resolveCertification,
  withoutLegalForm,
} from "@ketnoi/domain";

export interface SupplierSource {
  id: string;
  organizationId: string | null;
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
  certifications: { code: string; expiresOn?: string | undefined }[];
  monthlyCapacity: { value: number; unit: string } | null;
  moq: { value: number; unit: string } | null;
  leadTimeDays: number | null;
  exportMarkets: string[];
  languages: string[];
  staffSize: number | null;
  yearFounded: number | null;
  zoneId: string | null;
  province2025: string;
  formerProvince: string | null;
  lat: number;
  lng: number;
  deliveryRadiusKm: number | null;
  verificationStatus: "unverified" | "verified";
  status: "active" | "paused";
  version: number;
  updatedAt: Date;
}

export interface ZoneSource {
  id: string;
  nameVi: string;
  nameEn: string;
}

export interface SupplierDocument {
  id: string;
  organizationId: string | null;
  legalName: string;
  tradeName: string | null;
  /**
   * The trade and legal names without legal-form words ("Công ty", "TNHH", "Co., Ltd"): what text search reads,
   * so "gia công" finds machining shops rather than every "Công ty".
   */
  names: string[];
  taxCode: string;
  descriptionVi: string | null;
  descriptionEn: string | null;
  /** The supplier's own categories. */
  categories: string[];
  /** The supplier's categories and all their ancestors, so a filter on a group matches its members. */
  categoryCodes: string[];
  categoryNames: string[];
  categoryTerms: string[];
  /** What the supplier makes in its own words (see the profile's ownCategories). */
  ownCategories: string[];
  processes: string[];
  materials: string[];
  products: string[];
  /** Codes of certificates valid on the day the document was built. */
  certifications: string[];
  certificationNames: string[];
  capacityValue: number | null;
  capacityUnit: string | null;
  moqValue: number | null;
  moqUnit: string | null;
  leadTimeDays: number | null;
  languages: string[];
  exportMarkets: string[];
  zoneId: string | null;
  zoneNames: string[];
  province2025: string;
  formerProvince: string | null;
  _geo: { lat: number; lng: number };
  deliveryRadiusKm: number | null;
  verified: boolean;
  status: "active" | "paused";
  staffSize: number | null;
  yearFounded: number | null;
  version: number;
  updatedAt: number;
}

/** The codes a supplier of these categories is filtered by: the known ones and all their ancestors. */
export function supplierCategoryCodes(categories: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const category of categories.map((code) => getCategory(code)).filter((c) => c !== undefined)) {
    codes.add(category.code);
    for (let parent = category.parent; parent; parent = getCategory(parent)?.parent ?? null)
      codes.add(parent);
  }
  return [...codes];
}

export function supplierDocument(
  supplier: SupplierSource,
  zone: ZoneSource | undefined,
  now: Date,
): SupplierDocument {
  const today = hcmcDate(now);
  const categories = supplier.categories.map((code) => getCategory(code)).filter((c) => c !== undefined);
  const active = activeCertificationCodes(supplier.certifications, today);
  return {
    id: supplier.id,
    organizationId: supplier.organizationId,
    legalName: supplier.legalName,
    tradeName: supplier.tradeName,
    names: [
      ...new Set(
        [supplier.tradeName ?? "", supplier.legalName].map(withoutLegalForm).filter((n) => n !== ""),
      ),
    ],
    taxCode: supplier.taxCode,
    descriptionVi: supplier.descriptionVi,
    descriptionEn: supplier.descriptionEn,
    categories: supplier.categories,
    categoryCodes: supplierCategoryCodes(supplier.categories),
    categoryNames: categories.flatMap((c) => [c.nameVi, c.nameEn]),
    categoryTerms: [...new Set(categories.flatMap((c) => [...c.synonyms.vi, ...c.synonyms.en]))],
    ownCategories: supplier.ownCategories,
    processes: supplier.processes,
    materials: supplier.materials,
    products: supplier.exampleProducts,
    certifications: active,
    certificationNames: active.map((code) => resolveCertification(code)?.name ?? code),
    capacityValue: supplier.monthlyCapacity?.value ?? null,
    capacityUnit: supplier.monthlyCapacity?.unit ?? null,
    moqValue: supplier.moq?.value ?? null,
    moqUnit: supplier.moq?.unit ?? null,
    leadTimeDays: supplier.leadTimeDays,
    languages: supplier.languages,
    exportMarkets: supplier.exportMarkets,
    zoneId: supplier.zoneId,
    zoneNames: zone ? [zone.nameVi, zone.nameEn] : [],
    province2025: supplier.province2025,
    formerProvince: supplier.formerProvince,
    _geo: { lat: supplier.lat, lng: supplier.lng },
    deliveryRadiusKm: supplier.deliveryRadiusKm,
    verified: supplier.verificationStatus === "verified",
    status: supplier.status,
    staffSize: supplier.staffSize,
    yearFounded: supplier.yearFounded,
    version: supplier.version,
    updatedAt: supplier.updatedAt.getTime(),
  };
}
