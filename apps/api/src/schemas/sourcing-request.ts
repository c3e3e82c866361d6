import { sourcingRequestStatuses } from "@ketnoi/domain";
import { z } from "zod";

const quantity = z.object({ value: z.number(), unit: z.string() });
const category = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const sourcingRequestViewSchema = z
  .object({
    id: z.string(),
    buyer: z
      .object({ organizationId: z.string(), name: z.string() })
      .nullable()
      .describe("null when the buyer chose not to show its name (showBuyerName: false)"),
    showBuyerName: z.boolean(),
    createdByUserId: z.string().nullable().describe("Only for members of the buyer organisation"),
    title: z.string(),
    description: z.string(),
    categories: z.array(category),
    inferredCategories: z
      .array(category.extend({ terms: z.array(z.string()) }))
      .describe(
        "What the title and description named, with the words that named it. Used as the categories when the " +
          "request was published without any; show them so the buyer can correct them.",
      ),
    specification: z.object({
      text: z.string(),
      material: z.string().optional(),
      dimensions: z.string().optional(),
      print: z.string().optional(),
    }),
    quantity,
    recurrence: z.enum(["one_off", "recurring"]),
    monthlyVolume: quantity.nullable(),
    targetPrice: z.object({ amount: z.number(), currency: z.enum(["VND", "USD"]) }).nullable(),
    requiredCertifications: z.array(z.object({ code: z.string(), name: z.string() })),
    delivery: z.object({
      zoneId: z.string().nullable(),
      zoneNameVi: z.string().nullable(),
      zoneNameEn: z.string().nullable(),
      province2025: z.string(),
      formerProvince: z.string().nullable(),
      lat: z.number(),
      lng: z.number(),
      maxDistanceKm: z.number().nullable().describe("km; null: no limit"),
    }),
    neededBy: z.string(),
    quoteDeadline: z.string(),
    referenceLinks: z.array(z.string()),
    status: z.enum(sourcingRequestStatuses),
    version: z.number(),
    publishedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "SourcingRequest" });

export type SourcingRequestView = z.infer<typeof sourcingRequestViewSchema>;

export const sourcingRequestParams = z.object({ id: z.uuid("must be a UUID") });
