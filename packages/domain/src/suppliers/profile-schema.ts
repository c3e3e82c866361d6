// What a supplier profile holds and the rules its fields follow. The API validates requests with these schemas;
// the spreadsheet import maps each row onto the same schema, so both paths accept exactly the same data.
import { z } from "zod";
import { provincePairOf } from "../geo/resolve-province.js";
import { getCategory, resolveCertification } from "../taxonomy/index.js";
import { httpUrl, multiLineText, singleLineText } from "../text/clean-text.js";
import { quantityUnits } from "../units/quantity-units.js";
import { parseTaxCode } from "./tax-code.js";

/** Roughly Vietnam's bounding box; a point outside it is a typo (swapped lat/lng, a missing minus, another country). */
export const vietnamBounds = { minLat: 8.0, maxLat: 23.5, minLng: 102.0, maxLng: 110.0 } as const;

export const quantityUnitSchema = z.enum(quantityUnits);

/** Languages a supplier's staff can do business in (ISO 639-1). */
export const businessLanguages = ["vi", "en", "zh", "ja", "ko", "th", "fr", "de"] as const;
export const businessLanguageSchema = z.enum(businessLanguages);

export const supplierStatuses = ["active", "paused"] as const;
export const verificationStatuses = ["unverified", "verified"] as const;

// Names, terms and numbers are one line; descriptions, notes and addresses (spreadsheet cells often break an
// address over lines) may hold several.
const line = (max: number) => singleLineText(max);
const lines = (max: number) => multiLineText(max, { min: 1 });
const termList = (maxItems: number, maxLength: number) =>
  z
    .array(line(maxLength))
    .max(maxItems, `must have at most ${maxItems} entries`)
    .transform((items) => [...new Set(items)]);

export const taxCodeSchema = z.string().transform((value, ctx) => {
  const parsed = parseTaxCode(value);
  if (!parsed.valid) {
    ctx.addIssue({
      code: "custom",
      message: parsed.reason,
      params: { code: "invalid_tax_code", reason: parsed.detail },
    });
    return z.NEVER;
  }
  return parsed.compact;
});

export const categoryCodeSchema = z.string().refine((code) => getCategory(code) !== undefined, {
  message: "is not a known category code (see GET /v1/categories)",
});

export const quantitySchema = z.object({
  value: z.number().positive("must be greater than 0").max(1e12),
  unit: quantityUnitSchema,
});

const isoDate = z.iso.date("must be a date as YYYY-MM-DD");

export const heldCertificationSchema = z.object({
  code: z.string().refine((code) => resolveCertification(code)?.code === code, {
    message: "is not a known certification code (see GET /v1/certifications)",
  }),
  expiresOn: isoDate.optional().describe("Certificates without an expiry date count as held until removed"),
  certificateNumber: line(100).optional(),
  issuer: line(200).optional().describe("The certification body, e.g. Bureau Veritas, QUACERT"),
  documentId: z
    .uuid("must be a UUID")
    .optional()
    .describe("The certificate's scan, uploaded with POST /v1/documents?for=certificate"),
});

export const locationSchema = z
  .object({
    zoneId: z.string().max(100).optional().describe("An industrial zone from GET /v1/zones"),
    address: lines(500).optional(),
    province: line(100).optional().describe("Required without a zone: 'TP.HCM', 'Bình Dương', 'Đồng Nai'…"),
    lat: z.number().optional(),
    lng: z.number().optional(),
  })
  .superRefine((value, ctx) => {
    const hasPoint = value.lat !== undefined || value.lng !== undefined;
    if (!value.zoneId && !hasPoint) {
      ctx.addIssue({
        code: "custom",
        message: "give a zoneId, or an address with province, lat and lng",
        params: { code: "location_required" },
      });
    }
    if (!value.zoneId && hasPoint && !value.province) {
      ctx.addIssue({
        code: "custom",
        path: ["province"],
        message: "is required when no zone is given",
        params: { code: "province_required" },
      });
    }
    if (value.province && !provincePairOf(value.province)) {
      ctx.addIssue({
        code: "custom",
        path: ["province"],
        message: "is not a province we know",
        params: { code: "unknown_province" },
      });
    }
    if (hasPoint) {
      if (value.lat === undefined || value.lng === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [value.lat === undefined ? "lat" : "lng"],
          message: "lat and lng go together",
          params: { code: "coordinates_pair" },
        });
        return;
      }
      if (value.lat < vietnamBounds.minLat || value.lat > vietnamBounds.maxLat) {
        ctx.addIssue({
          code: "custom",
          path: ["lat"],
          message: "is outside Vietnam (expected 8.0 to 23.5)",
          params: { code: "outside_vietnam", min: vietnamBounds.minLat, max: vietnamBounds.maxLat },
        });
      }
      if (value.lng < vietnamBounds.minLng || value.lng > vietnamBounds.maxLng) {
        ctx.addIssue({
          code: "custom",
          path: ["lng"],
          message: "is outside Vietnam (expected 102.0 to 110.0)",
          params: { code: "outside_vietnam", min: vietnamBounds.minLng, max: vietnamBounds.maxLng },
        });
      }
      if (!value.address && !value.zoneId)
        ctx.addIssue({
          code: "custom",
          path: ["address"],
          message: "is required with lat and lng",
          params: { code: "address_required" },
        });
    }
  });

export const greenCredentialsSchema = z.object({
  rooftopSolarKwp: z.number().min(0).max(100_000).optional().describe("Installed rooftop solar, kWp"),
  recycledMaterialPercent: z.number().min(0).max(100).optional(),
  notes: lines(1000).optional(),
});

export const contactSchema = z.object({
  name: line(120),
  email: z.email("must be a valid email address").max(254).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{8,20}$/, "must be a phone number such as +84 28 3822 1234")
    .optional(),
});

/**
 * Everything a supplier provides about itself; verification and ownership are not part of it. No field has a
 * default here, so the same fields serve a partial update; defaults are applied when a profile is created.
 */
export const supplierProfileFields = {
  legalName: line(300).describe("Registered name, e.g. Công ty TNHH Bao Bì Minh Phát"),
  tradeName: line(200).optional(),
  taxCode: taxCodeSchema.describe("Mã số thuế: 10 digits, or 10 + 3 for a branch (0312687878-001)"),
  descriptionVi: lines(5000).optional(),
  descriptionEn: lines(5000).optional(),
  categories: z
    .array(categoryCodeSchema)
    .max(20, "must have at most 20 categories")
    .transform((codes) => [...new Set(codes)])
    .describe("Category codes; may be empty when ownCategories says what the supplier makes"),
  ownCategories: termList(20, 200)
    .optional()
    .describe(
      "What the supplier makes in its own words, where no category fits ('bao bì thực phẩm cao cấp'): shown, searchable, used in matching",
    ),
  processes: termList(50, 100).optional(),
  materials: termList(50, 100).optional(),
  exampleProducts: termList(50, 200).optional(),
  certifications: z
    .array(heldCertificationSchema)
    .max(50)
    .refine((certs) => new Set(certs.map((c) => c.code)).size === certs.length, {
      message: "must not list a certification twice",
      params: { code: "duplicate_certification" },
    })
    .optional(),
  monthlyCapacity: quantitySchema.optional(),
  moq: quantitySchema.optional().describe("Minimum order quantity"),
  leadTimeDays: z.number().int().min(0).max(365).optional(),
  exportMarkets: z
    .array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 country code such as JP"))
    .max(100)
    .transform((codes) => [...new Set(codes)])
    .optional(),
  languages: z
    .array(businessLanguageSchema)
    .min(1, "name at least one language")
    .transform((codes) => [...new Set(codes)])
    .optional()
    .describe("Defaults to Vietnamese only"),
  staffSize: z.number().int().min(1).max(500_000).optional(),
  yearFounded: z
    .number()
    .int()
    .min(1900)
    .refine((year) => year <= new Date().getFullYear(), {
      message: "must not be in the future",
      params: { code: "in_the_future" },
    })
    .optional(),
  location: locationSchema,
  deliveryRadiusKm: z.number().int().min(0).max(2000).optional(),
  green: greenCredentialsSchema.optional(),
  contact: contactSchema.optional(),
  website: httpUrl(300, "https://example.vn").optional(),
};

/** A profile must say what the supplier makes: a category, or its own words for it. */
function namesWhatItMakes(
  value: { categories?: string[] | undefined; ownCategories?: string[] | undefined },
  ctx: z.RefinementCtx,
): void {
  if ((value.categories?.length ?? 0) === 0 && (value.ownCategories?.length ?? 0) === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["categories"],
      message: "choose at least one category (or describe what you make in ownCategories)",
      params: { code: "categories_required" },
    });
  }
}

export const supplierProfileInputSchema = z.object(supplierProfileFields).superRefine(namesWhatItMakes);
export type SupplierProfileInput = z.infer<typeof supplierProfileInputSchema>;
export type SupplierProfileRawInput = z.input<typeof supplierProfileInputSchema>;

/**
 * The optional texts and figures a supplier may take back: null in a patch clears them (a lead time it no longer
 * promises, a website that closed). Lists clear with [].
 */
const clearableFields = {
  tradeName: supplierProfileFields.tradeName.unwrap().nullable(),
  descriptionVi: supplierProfileFields.descriptionVi.unwrap().nullable(),
  descriptionEn: supplierProfileFields.descriptionEn.unwrap().nullable(),
  monthlyCapacity: supplierProfileFields.monthlyCapacity.unwrap().nullable(),
  moq: supplierProfileFields.moq.unwrap().nullable(),
  leadTimeDays: supplierProfileFields.leadTimeDays.unwrap().nullable(),
  staffSize: supplierProfileFields.staffSize.unwrap().nullable(),
  yearFounded: supplierProfileFields.yearFounded.unwrap().nullable(),
  deliveryRadiusKm: supplierProfileFields.deliveryRadiusKm.unwrap().nullable(),
  website: supplierProfileFields.website.unwrap().nullable(),
};

/** A partial update: the fields given replace the stored ones (location as a whole); null clears a clearable one. */
export const supplierProfilePatchSchema = z
  .object({ ...supplierProfileFields, ...clearableFields, status: z.enum(supplierStatuses).optional() })
  .partial()
  .refine((value) => Object.values(value).some((v) => v !== undefined), "change at least one field");
export type SupplierProfilePatch = z.infer<typeof supplierProfilePatchSchema>;
