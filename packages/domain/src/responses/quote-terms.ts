// The commercial terms of a quote beyond its unit price: currency (any ISO 4217 code), VAT, delivery (an
// Incoterms 2020 rule or delivered to the buyer's zone), payment, and one-off tooling and sample costs.
import { z } from "zod";
import { singleLineText } from "../text/clean-text.js";

/** ISO 4217 codes the runtime knows (Intl keeps the list current with ICU). */
const currencyCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

export const currencyCodeSchema = z.string().refine((code) => currencyCodes.has(code), {
  message: "must be an ISO 4217 currency code such as VND or USD",
});

export const incoterms2020 = [
  "EXW",
  "FCA",
  "CPT",
  "CIP",
  "DAP",
  "DPU",
  "DDP",
  "FAS",
  "FOB",
  "CFR",
  "CIF",
] as const;
export type Incoterm = (typeof incoterms2020)[number];

export const quoteDeliverySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("incoterm"),
    incoterm: z.enum(incoterms2020).describe("An Incoterms 2020 rule"),
    place: singleLineText(120).describe('The named place or port ("Cát Lái", "the buyer\'s warehouse")'),
  }),
  z.object({
    kind: z.literal("delivered_to_buyer_zone").describe("Delivered to the request's delivery zone"),
  }),
]);
export type QuoteDelivery = z.infer<typeof quoteDeliverySchema>;

export const quoteVatSchema = z.object({
  ratePercent: z.number().min(0, "must be at least 0").max(100, "must be at most 100"),
  included: z.boolean().describe("true: the prices include VAT; false: VAT is added on top"),
});
export type QuoteVat = z.infer<typeof quoteVatSchema>;

export const paymentTermsSchema = z.object({
  days: z
    .number()
    .int()
    .min(0, "must be at least 0")
    .max(365, "must be at most 365")
    .describe("Days after delivery (or invoice) the balance is due; 0: on delivery"),
  depositPercent: z.number().min(0, "must be at least 0").max(100, "must be at most 100").default(0),
});
export type PaymentTerms = z.infer<typeof paymentTermsSchema>;

const oneOffCost = z.number().min(0, "must be at least 0").max(1e15);

/** The terms a quote adds to price, MOQ, lead time and validity; each may be left out (not stated). */
export const quoteTermsFields = {
  vat: quoteVatSchema.optional(),
  delivery: quoteDeliverySchema.optional(),
  paymentTerms: paymentTermsSchema.optional(),
  toolingCost: oneOffCost.optional().describe("One-off tooling (moulds, dies), in the quote's currency"),
  sampleCost: oneOffCost.optional().describe("One-off cost of samples, in the quote's currency"),
};
