// What a buyer's sourcing request holds and the rules its fields follow. Rules that depend on the current time
// (deadlines) or on two fields together live in `sourcingRequestRuleIssues`, so the API can apply them to a
// stored request merged with a patch, and `sourcingRequestInputSchema(now)` applies them to a whole input.
import { z } from "zod";
import { provincePairOf } from "../geo/resolve-province.js";
import { hcmcDate } from "../suppliers/certification-status.js";
import { categoryCodeSchema, quantitySchema, vietnamBounds } from "../suppliers/profile-schema.js";
import { resolveCertification } from "../taxonomy/index.js";
import { httpUrl, multiLineText, singleLineText } from "../text/clean-text.js";

export const recurrences = ["one_off", "recurring"] as const;
export const priceCurrencies = ["VND", "USD"] as const;

const referenceLink = httpUrl(500, "https://example.vn/drawing.pdf");

export const certificationCodeSchema = z
  .string()
  .refine((code) => resolveCertification(code)?.code === code, {
    message: "is not a known certification code (see GET /v1/certifications)",
  });

export const specificationSchema = z.object({
  text: multiLineText(5000).default(""),
  material: multiLineText(300).optional(),
  dimensions: multiLineText(300).optional(),
  print: multiLineText(300).optional().describe("Printing or marking, e.g. '2 colours, flexo'"),
});

export const targetPriceSchema = z.object({
  amount: z.number().positive("must be greater than 0").max(1e15),
  currency: z.enum(priceCurrencies),
});

/** The farthest a buyer may ask suppliers to come from, in km. */
export const maxDeliveryDistanceKm = 500;

/**
 * Where goods go: a zone, or a point with its province. With a distance limit, suppliers beyond twice it are not
 * asked (those between are shown as slightly too far); without one (null or left out) every distance is
 * considered and nearer suppliers rank higher, the more so for bulky goods. Moving the place without naming a
 * limit leaves it without one: a limit the buyer did not name is not made up.
 */
export const deliverySchema = z
  .object({
    zoneId: z.string().max(100).optional().describe("An industrial zone from GET /v1/zones"),
    province: singleLineText(100)
      .optional()
      .describe("Required without a zone: 'TP.HCM', 'Bình Dương', 'Đồng Nai'…"),
    lat: z.number().optional(),
    lng: z.number().optional(),
    maxDistanceKm: z
      .number()
      .int()
      .min(1)
      .max(maxDeliveryDistanceKm)
      .nullable()
      .default(null)
      .describe("km; null or left out: no limit"),
  })
  .superRefine((value, ctx) => {
    const hasPoint = value.lat !== undefined || value.lng !== undefined;
    if (!value.zoneId && !hasPoint) {
      ctx.addIssue({ code: "custom", message: "give a zoneId, or province, lat and lng" });
    }
    if (!value.zoneId && hasPoint && !value.province) {
      ctx.addIssue({ code: "custom", path: ["province"], message: "is required when no zone is given" });
    }
    if (value.province && !provincePairOf(value.province)) {
      ctx.addIssue({ code: "custom", path: ["province"], message: "is not a province we know" });
    }
    if (!hasPoint) return;
    if (value.lat === undefined || value.lng === undefined) {
      ctx.addIssue({
        code: "custom",
        path: [value.lat === undefined ? "lat" : "lng"],
        message: "lat and lng go together",
      });
      return;
    }
    if (value.lat < vietnamBounds.minLat || value.lat > vietnamBounds.maxLat) {
      ctx.addIssue({ code: "custom", path: ["lat"], message: "is outside Vietnam (expected 8.0 to 23.5)" });
    }
    if (value.lng < vietnamBounds.minLng || value.lng > vietnamBounds.maxLng) {
      ctx.addIssue({
        code: "custom",
        path: ["lng"],
        message: "is outside Vietnam (expected 102.0 to 110.0)",
      });
    }
  });

/**
 * Every field of a sourcing request. Defaults apply when a request is created; a patch uses the same fields
 * without defaults (see sourcingRequestPatchFields).
 */
export const sourcingRequestFields = {
  title: singleLineText(200, { min: 5 }).describe("e.g. 'Cần 20.000 thùng carton 5 lớp in 2 màu'"),
  description: multiLineText(5000).default(""),
  categories: z
    .array(categoryCodeSchema)
    .max(20, "must have at most 20 categories")
    .transform((codes) => [...new Set(codes)])
    .default([])
    .describe("Empty: inferred from the title and description when the request is published"),
  specification: specificationSchema,
  quantity: quantitySchema,
  recurrence: z.enum(recurrences).default("one_off"),
  monthlyVolume: quantitySchema.optional().describe("Required for recurring requests"),
  targetPrice: targetPriceSchema.optional().describe("Per unit of the quantity"),
  requiredCertifications: z
    .array(certificationCodeSchema)
    .max(20, "must have at most 20 certifications")
    .transform((codes) => [...new Set(codes)])
    .default([]),
  delivery: deliverySchema,
  neededBy: z.iso.date("must be a date as YYYY-MM-DD"),
  quoteDeadline: z.iso.datetime({
    offset: true,
    message: "must be a date-time such as 2026-12-01T17:00:00+07:00",
  }),
  referenceLinks: z.array(referenceLink).max(10, "must have at most 10 links").default([]),
  showBuyerName: z
    .boolean()
    .default(true)
    .describe("false: suppliers see the request without the buyer's name"),
};

export interface SourcingRequestRuleInput {
  recurrence: (typeof recurrences)[number];
  monthlyVolume?: unknown;
  neededBy: string;
  quoteDeadline: string | Date;
}

export interface RuleIssue {
  path: string[];
  message: string;
}

/** The rules that span fields or depend on the time; empty when the request is consistent. */
export function sourcingRequestRuleIssues(value: SourcingRequestRuleInput, now: Date): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (value.recurrence === "recurring" && value.monthlyVolume == null) {
    issues.push({ path: ["monthlyVolume"], message: "is required for a recurring request" });
  }
  if (value.recurrence === "one_off" && value.monthlyVolume != null) {
    issues.push({ path: ["monthlyVolume"], message: "is only for recurring requests" });
  }
  // Dates are meant in Ho Chi Minh City, where the goods are delivered.
  const neededByPast = value.neededBy < hcmcDate(now);
  if (neededByPast) issues.push({ path: ["neededBy"], message: "must not be in the past" });
  const deadline = new Date(value.quoteDeadline);
  if (deadline.getTime() <= now.getTime()) {
    issues.push({ path: ["quoteDeadline"], message: "must be in the future" });
  } else if (!neededByPast && hcmcDate(deadline) > value.neededBy) {
    issues.push({ path: ["quoteDeadline"], message: "must not be after neededBy" });
  }
  return issues;
}

export const sourcingRequestSchema = z.object(sourcingRequestFields);
export type SourcingRequestInput = z.infer<typeof sourcingRequestSchema>;
export type SourcingRequestRawInput = z.input<typeof sourcingRequestSchema>;

/** The whole input with every rule, judged at `now`. */
export function sourcingRequestInputSchema(now: Date) {
  return sourcingRequestSchema.superRefine((value, ctx) => {
    for (const issue of sourcingRequestRuleIssues(value, now)) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });
}

/** The fields of a partial update: no defaults, so an absent field is left as stored. */
export const sourcingRequestPatchFields = {
  title: sourcingRequestFields.title.optional(),
  description: multiLineText(5000).optional(),
  categories: z
    .array(categoryCodeSchema)
    .max(20, "must have at most 20 categories")
    .transform((codes) => [...new Set(codes)])
    .optional(),
  specification: specificationSchema.optional(),
  quantity: quantitySchema.optional(),
  recurrence: z.enum(recurrences).optional(),
  monthlyVolume: quantitySchema.nullable().optional().describe("null removes it"),
  targetPrice: targetPriceSchema.nullable().optional().describe("null removes it"),
  requiredCertifications: z
    .array(certificationCodeSchema)
    .max(20, "must have at most 20 certifications")
    .transform((codes) => [...new Set(codes)])
    .optional(),
  delivery: deliverySchema.optional(),
  neededBy: sourcingRequestFields.neededBy.optional(),
  quoteDeadline: sourcingRequestFields.quoteDeadline.optional(),
  referenceLinks: z.array(referenceLink).max(10, "must have at most 10 links").optional(),
  showBuyerName: z.boolean().optional(),
};
