import { comparisonRows, declineReasons, incoterms2020, responseOutcomes } from "@ketnoi/domain";
import { z } from "zod";

const quantity = z.object({ value: z.number(), unit: z.string() });
const money = z.object({ amount: z.number(), currency: z.string().describe("ISO 4217") });
const delivery = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("incoterm"), incoterm: z.enum(incoterms2020), place: z.string() }),
  z.object({ kind: z.literal("delivered_to_buyer_zone") }),
]);

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
        vat: z
          .object({ ratePercent: z.number(), included: z.boolean() })
          .nullable()
          .describe("null: the quote does not state its VAT"),
        delivery: delivery
          .nullable()
          .describe("An Incoterms 2020 rule and place, or delivered to the buyer's zone"),
        paymentTerms: z.object({ days: z.number(), depositPercent: z.number() }).nullable(),
        toolingCost: money.nullable().describe("One-off"),
        sampleCost: money.nullable().describe("One-off"),
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

/**
 * A supplier's own answer as the supplier sees it: the buyer's view without what is private to the buyer (the
 * shortlist). Every supplier-facing route answers with this schema, so the serializer drops such fields too.
 */
export const ownResponseSchema = requestResponseSchema
  .omit({ shortlisted: true })
  .extend({
    awardReason: z
      .string()
      .nullable()
      .describe("Once the request is awarded: the buyer's reason for its choice, when given"),
  })
  .meta({ id: "OwnResponse" });
export type OwnResponseView = z.infer<typeof ownResponseSchema>;

const referenceRate = z
  .object({
    currency: z.string(),
    vndPerUnit: z.number().describe("Dong for one unit of the currency"),
    rateDate: z.string().describe("The day the admins' reference rate is from"),
  })
  .meta({ id: "ReferenceRate" });

export { referenceRate as referenceRateSchema };

const quoteFigures = z
  .object({
    total: money.describe(
      "Unit price × the requested quantity + tooling + samples, VAT as the quote states it",
    ),
    totalWithVat: money.nullable().describe("The total with VAT; null when the quote does not state its VAT"),
    vnd: z
      .object({
        unitPrice: z.number(),
        total: z.number(),
        totalWithVat: z.number().nullable(),
        toolingCost: z.number().nullable(),
        sampleCost: z.number().nullable(),
      })
      .nullable()
      .describe("The same in dong; null when the currency has no reference rate (never guessed)"),
    conversion: z.enum(["same_currency", "converted", "no_rate"]),
    rate: referenceRate.nullable().describe("The rate used; null for VND and when there is none"),
    lowestIn: z
      .array(z.enum(comparisonRows))
      .describe(
        "Rows where this quote is the lowest, compared in dong (ties: each); quotes without a rate are left out of price rows",
      ),
  })
  .meta({ id: "QuoteFigures" });

/** The measure the matching's responsiveness criterion scores (`responsivenessOf` in @ketnoi/domain), as is. */
const supplierResponsiveness = z
  .object({
    responseRate: z
      .number()
      .describe("Share of the requests it matched and that were decided which it answered, 0–1"),
    medianResponseHours: z.number().describe("Median hours from being matched to answering"),
    sampleSize: z.number().describe("How many decided requests the figures rest on"),
  })
  .nullable()
  .describe("How reliably and how fast the supplier answers; null while it has too little history to judge");

export const requestQuoteComparisonSchema = z
  .object({
    items: z
      .array(
        requestResponseSchema.extend({
          figures: quoteFigures.nullable().describe("Set for quotes"),
          responsiveness: supplierResponsiveness,
        }),
      )
      .describe("Quotes (shortlisted first, then cheapest), then declines"),
    summary: z.object({
      quotes: z.number(),
      declines: z.number(),
      shortlisted: z.number(),
      lowestUnitPrice: z
        .array(money.extend({ responseId: z.string() }))
        .describe("The cheapest quote in each currency quoted"),
      shortestLeadTime: z.object({ days: z.number(), responseId: z.string() }).nullable(),
      quantity: quantity.describe("The requested volume the totals are for"),
      ratesUsed: z.array(referenceRate).describe("The reference rates the conversion used, with their dates"),
      missingRates: z
        .array(z.string())
        .describe("Currencies quoted without a reference rate: their quotes are not compared on price"),
      lowestTotalVnd: z
        .object({ amount: z.number(), responseIds: z.array(z.string()) })
        .nullable()
        .describe("The lowest total in dong among the quotes that could be converted"),
    }),
  })
  .meta({ id: "RequestQuoteComparison" });

export const quoteParams = z.object({
  id: z.uuid("must be a request id"),
  responseId: z.uuid("must be a quote id"),
});
