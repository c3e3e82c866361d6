// Turning validated profile input into stored columns (zone → coordinates and province) and stored rows into
// what people see (contact details only for those allowed, expired certificates marked).
import type { Executor, StoredCertification, Supplier, SupplierChanges } from "@ketnoi/db";
import {
  DomainError,
  formatTaxCode,
  getCategory,
  hcmcDate,
  isCertificationActive,
  type LocationColumns,
  locationColumns,
  resolveCertification,
  type SupplierProfileInput,
  type SupplierProfilePatch,
} from "@ketnoi/domain";
import type { AppDependencies } from "../dependencies.js";
import type { SupplierView } from "../schemas/supplier.js";
import { documentLink, ownDocuments } from "./supplier-documents.js";
import type { ZoneDirectory } from "./zone-directory.js";

type LocationInput = SupplierProfileInput["location"];

export type ResolvedLocation = LocationColumns;

/** A location's stored columns, or what is wrong with it and where (`path` inside the location). */
type LocationOutcome =
  | { ok: true; location: ResolvedLocation }
  | { ok: false; problem: { path: string[]; message: string } };

export function locate(zones: ZoneDirectory, location: LocationInput): LocationOutcome {
  const result = locationColumns(location, (id) => zones.get(id));
  if (result.ok) return { ok: true, location: result.columns };
  return {
    ok: false,
    problem:
      result.problem === "unknown_zone"
        ? { path: ["zoneId"], message: "is not a known zone (see GET /v1/zones)" }
        : { path: [], message: "give a zoneId, or an address with province, lat and lng" },
  };
}

/** The location's stored columns; a problem is a 400 naming `field` or the part of it at fault. */
export function resolveLocation(
  zones: ZoneDirectory,
  location: LocationInput,
  field: string,
): ResolvedLocation {
  const located = locate(zones, location);
  if (located.ok) return located.location;
  const { path, message } = located.problem;
  throw new DomainError("validation_failed", "Your request has invalid fields", [
    { field: [field, ...path].join("."), message },
  ]);
}

/** The columns a create or a patch sets. Only fields present in the input are returned. */
export function profileColumns(
  input: SupplierProfilePatch,
  location: ResolvedLocation | undefined,
): SupplierChanges {
  const changes: SupplierChanges = {};
  const set = <K extends keyof SupplierChanges>(key: K, value: SupplierChanges[K] | undefined) => {
    if (value !== undefined) changes[key] = value;
  };
  set("legalName", input.legalName);
  set("tradeName", input.tradeName);
  set("taxCode", input.taxCode);
  set("descriptionVi", input.descriptionVi);
  set("descriptionEn", input.descriptionEn);
  set("categories", input.categories);
  set("ownCategories", input.ownCategories);
  set("processes", input.processes);
  set("materials", input.materials);
  set("exampleProducts", input.exampleProducts);
  set(
    "certifications",
    input.certifications?.map((c) => ({
      code: c.code,
      ...(c.expiresOn ? { expiresOn: c.expiresOn } : {}),
      ...(c.certificateNumber ? { certificateNumber: c.certificateNumber } : {}),
      ...(c.issuer ? { issuer: c.issuer } : {}),
      ...(c.documentId ? { documentId: c.documentId } : {}),
    })),
  );
  set("monthlyCapacity", input.monthlyCapacity);
  set("moq", input.moq);
  set("leadTimeDays", input.leadTimeDays);
  set("exportMarkets", input.exportMarkets);
  set("languages", input.languages);
  set("staffSize", input.staffSize);
  set("yearFounded", input.yearFounded);
  set("deliveryRadiusKm", input.deliveryRadiusKm);
  set("green", input.green);
  set("contact", input.contact);
  set("website", input.website);
  set("status", input.status);
  if (location) Object.assign(changes, location);
  return changes;
}

/** Defaults for a new profile's optional list fields. */
export const newProfileDefaults = {
  processes: [],
  materials: [],
  exampleProducts: [],
  certifications: [],
  exportMarkets: [],
  languages: ["vi"],
  green: {},
} satisfies SupplierChanges;

/**
 * Certificate scans whose `documentId` is new in `certifications` (compared with what the profile holds) must be
 * the caller's organisation's own uploads: a 400 naming `body.certifications.N.documentId` otherwise. Files kept
 * from before stay whoever edits (an admin correcting a profile keeps the supplier's scans).
 */
export async function checkCertificateFiles(
  db: Executor,
  organizationId: string,
  certifications: readonly { documentId?: string | undefined }[] | undefined,
  held: readonly StoredCertification[],
): Promise<void> {
  if (!certifications) return;
  const kept = new Set(held.flatMap((c) => (c.documentId ? [c.documentId] : [])));
  const refs = certifications.flatMap((c, index) =>
    c.documentId && !kept.has(c.documentId)
      ? [{ id: c.documentId, field: `body.certifications.${index}.documentId` }]
      : [],
  );
  if (refs.length > 0) await ownDocuments(db, organizationId, refs);
}

export function supplierView(
  supplier: Supplier,
  zones: ZoneDirectory,
  options: {
    showContact: boolean;
    now: Date;
    /** Only for the supplier's organisation and admins: links to the certificate scans. */
    fileLinks?: Pick<AppDependencies, "fileLinks"> | undefined;
  },
): SupplierView {
  const today = hcmcDate(options.now);
  const zone = supplier.zoneId ? zones.get(supplier.zoneId) : undefined;
  return {
    id: supplier.id,
    organizationId: supplier.organizationId,
    legalName: supplier.legalName,
    tradeName: supplier.tradeName,
    taxCode: formatTaxCode(supplier.taxCode),
    descriptionVi: supplier.descriptionVi,
    descriptionEn: supplier.descriptionEn,
    categories: supplier.categories.map((code) => {
      const category = getCategory(code);
      return { code, nameVi: category?.nameVi ?? code, nameEn: category?.nameEn ?? code };
    }),
    ownCategories: supplier.ownCategories,
    processes: supplier.processes,
    materials: supplier.materials,
    exampleProducts: supplier.exampleProducts,
    certifications: supplier.certifications.map((c) => ({
      code: c.code,
      name: resolveCertification(c.code)?.name ?? c.code,
      expiresOn: c.expiresOn ?? null,
      certificateNumber: c.certificateNumber ?? null,
      issuer: c.issuer ?? null,
      status: isCertificationActive(c, today) ? ("valid" as const) : ("expired" as const),
      onFile: c.documentId !== undefined,
      file:
        c.documentId && options.fileLinks
          ? { id: c.documentId, download: documentLink(options.fileLinks, c.documentId, options.now) }
          : null,
    })),
    monthlyCapacity: supplier.monthlyCapacity ?? null,
    moq: supplier.moq ?? null,
    leadTimeDays: supplier.leadTimeDays,
    exportMarkets: supplier.exportMarkets,
    languages: supplier.languages,
    staffSize: supplier.staffSize,
    yearFounded: supplier.yearFounded,
    location: {
      zoneId: supplier.zoneId,
      zoneNameVi: zone?.nameVi ?? null,
      zoneNameEn: zone?.nameEn ?? null,
      address: supplier.address,
      province2025: supplier.province2025,
      formerProvince: supplier.formerProvince,
      lat: supplier.lat,
      lng: supplier.lng,
    },
    deliveryRadiusKm: supplier.deliveryRadiusKm,
    green: supplier.green,
    contactVisible: options.showContact,
    contact: options.showContact ? (supplier.contact ?? null) : null,
    website: supplier.website,
    verificationStatus: supplier.verificationStatus,
    verifiedAt: supplier.verifiedAt?.toISOString() ?? null,
    status: supplier.status,
    createdAt: supplier.createdAt.toISOString(),
    updatedAt: supplier.updatedAt.toISOString(),
  };
}
