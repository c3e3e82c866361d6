import { z } from "zod";

export const zoneKindSchema = z.enum(["KCN", "KCX", "KCNC"]);
export const zoneStatusSchema = z.enum(["operating", "developing", "planned", "converting"]);

export const zoneSchema = z
  .object({
    id: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    kind: zoneKindSchema.describe("KCN industrial zone, KCX export-processing zone, KCNC high-tech park"),
    formerProvince: z.string().describe("Province before the July 2025 merger"),
    province2025: z.string().describe("Province after the July 2025 merger"),
    formerDistrict: z.string().nullable(),
    lat: z.number(),
    lng: z.number(),
    coordQuality: z.enum(["estimated", "source"]).describe("Estimated centres are 1–5 km off"),
    areaHa: z.number().nullable(),
    operator: z.string().nullable(),
    mainIndustries: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    status: zoneStatusSchema,
    notes: z.string().nullable(),
  })
  .meta({ id: "Zone" });

export function toZoneView(
  zone: z.input<typeof zoneSchema> & { updatedAt?: Date },
): z.infer<typeof zoneSchema> {
  const { updatedAt: _updatedAt, ...view } = zone;
  return view;
}
