import { declineReasons, responseOutcomes } from "@ketnoi/domain";
import { z } from "zod";

const quantity = z.object({ value: z.number(), unit: z.string() });
const money = z.object({ amount: z.number(), currency: z.enum(["VND", "USD"]) });

export const requestResponseSchema = z
  .object({
    id: z.string(),
    requestId: z.string(),
    supplier: z.object({
      id: z.string(),
      legalName: z.string(),
      tradeName: z.string().nullable(),
      zoneId: z.string().nullable(),
      zoneName: z.string().nullable(),
      verified: z.boolean(),
    }),
    kind: z.enum(["quote", "decline"]),
    quote: z
      .object({
        unitPrice: money,
        moq: quantity.nullable(),
        leadTimeDays: z.number(),
        validUntil: z.string(),
        estimatedTotal: money.describe("Unit price × the request's quantity"),
        deliversInTime: z
          .boolean()
          .describe("Whether the lead time, counted from today, meets the request's needed-by date"),
      })
      .nullable()
      .describe("Set for quotes"),
    decline: z
      .object({ reason: z.enum(declineReasons) })
      .nullable()
      .describe("Set for declines"),
    message: z.string(),
    revision: z.number().describe("1 for a first answer; each revision adds one"),
    outcome: z.enum(responseOutcomes),
    shortlisted: z.boolean(),
    match: z
      .object({ verdict: z.enum(["match", "near_miss"]), score: z.number() })
      .nullable()
      .describe("How the supplier matched the request"),
    firstRespondedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "RequestResponse" });
export type RequestResponseView = z.infer<typeof requestResponseSchema>;

export const requestQuoteComparisonSchema = z
  .object({
    items: z
      .array(requestResponseSchema)
      .describe("Quotes (shortlisted first, then cheapest), then declines"),
    summary: z.object({
      quotes: z.number(),
      declines: z.number(),
      shortlisted: z.number(),
      lowestUnitPrice: z
        .array(money.extend({ responseId: z.string() }))
        .describe("The cheapest quote in each currency quoted"),
      shortestLeadTime: z.object({ days: z.number(), responseId: z.string() }).nullable(),
    }),
  })
  .meta({ id: "RequestQuoteComparison" });

export const quoteParams = z.object({
  id: z.uuid("must be a request id"),
  responseId: z.uuid("must be a quote id"),
});
