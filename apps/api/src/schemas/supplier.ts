import { z } from "zod";
import { fileDownloadSchema } from "./supplier-document.js";

const quantity = z.object({ value: z.number(), unit: z.string() }).nullable();

export const supplierSchema = z
  .object({
    id: z.string(),
    organizationId: z
      .string()
      .nullable()
      .describe("null for a profile imported from an association's directory"),
    legalName: z.string(),
    tradeName: z.string().nullable(),
    taxCode: z.string().describe("Formatted MST, e.g. 0312687878 or 0312687878-001"),
    descriptionVi: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    categories: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })),
    ownCategories: z
      .array(z.string())
      .describe("What the supplier makes in its own words, where no category fits or as it wrote one"),
    processes: z.array(z.string()),
    materials: z.array(z.string()),
    exampleProducts: z.array(z.string()),
    certifications: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        expiresOn: z.string().nullable(),
        certificateNumber: z.string().nullable(),
        issuer: z.string().nullable(),
        status: z
          .enum(["valid", "expired"])
          .describe("Expired certificates are shown but do not count as held"),
        onFile: z.boolean().describe("The supplier uploaded the certificate itself"),
        file: z
          .object({ id: z.string(), download: fileDownloadSchema })
          .nullable()
          .describe("The certificate's scan: only for the supplier's organisation and platform admins"),
      }),
    ),
    monthlyCapacity: quantity,
    moq: quantity,
    leadTimeDays: z.number().nullable(),
    exportMarkets: z.array(z.string()),
    languages: z.array(z.string()),
    staffSize: z.number().nullable(),
    yearFounded: z.number().nullable(),
    location: z.object({
      zoneId: z.string().nullable(),
      zoneNameVi: z.string().nullable(),
      zoneNameEn: z.string().nullable(),
      address: z.string().nullable(),
      province2025: z.string(),
      formerProvince: z.string().nullable(),
      lat: z.number(),
      lng: z.number(),
    }),
    deliveryRadiusKm: z.number().nullable(),
    green: z.object({
      rooftopSolarKwp: z.number().optional(),
      recycledMaterialPercent: z.number().optional(),
      notes: z.string().optional(),
    }),
    contactVisible: z
      .boolean()
      .describe("Contact details are shown to logged-in buyers, the supplier and admins"),
    contact: z
      .object({ name: z.string(), email: z.string().optional(), phone: z.string().optional() })
      .nullable(),
    website: z.string().nullable(),
    verificationStatus: z.enum(["unverified", "verified"]),
    verifiedAt: z.string().nullable(),
    status: z.enum(["active", "paused"]),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Supplier" });

export type SupplierView = z.infer<typeof supplierSchema>;

export const supplierParams = z.object({ id: z.uuid("must be a UUID") });
