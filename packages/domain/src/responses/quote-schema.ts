// What a supplier answers to a matched request: a quote it may revise until the quote deadline, or a decline with
// a reason. The reasons are a closed list so buyers (and the weekly digest) can count them.
import { z } from "zod";
import { quantitySchema } from "../suppliers/profile-schema.js";
import { multiLineText } from "../text/clean-text.js";
import {
  currencyCodeSchema,
  type PaymentTerms,
  type QuoteDelivery,
  type QuoteVat,
  quoteTermsFields,
} from "./quote-terms.js";

export const responseKinds = ["quote", "decline"] as const;
export type ResponseKind = (typeof responseKinds)[number];

/** What happened to a quote once the buyer decided; declines stay `pending` for ever. */
export const responseOutcomes = ["pending", "awarded", "not_awarded"] as const;
export type ResponseOutcome = (typeof responseOutcomes)[number];

export const declineReasons = [
  "capacity_full",
  "cannot_make",
  "quantity_too_small",
  "quantity_too_large",
  "deadline_too_short",
  "price_too_low",
  "too_far",
  "missing_certification",
  "other",
] as const;
export type DeclineReason = (typeof declineReasons)[number];

export const quoteSchema = z.object({
  unitPrice: z.object({
    amount: z.number().positive("must be greater than 0").max(1e15),
    currency: currencyCodeSchema,
  }),
  moq: quantitySchema.optional().describe("Minimum order quantity for this price"),
  leadTimeDays: z.number().int().min(1, "must be at least 1 day").max(730, "must be at most 730 days"),
  validUntil: z.iso.date("must be a date as YYYY-MM-DD").describe("The price holds until this date"),
  message: multiLineText(3000).default(""),
  ...quoteTermsFields,
});
export type QuoteInput = z.infer<typeof quoteSchema>;

export const declineSchema = z.object({
  reason: z.enum(declineReasons),
  note: multiLineText(1000).default(""),
});
export type DeclineInput = z.infer<typeof declineSchema>;

export interface QuoteRuleIssue {
  path: string[];
  message: string;
}

/** Rules that depend on the day: a quote that is already invalid helps nobody. */
export function quoteRuleIssues(quote: Pick<QuoteInput, "validUntil">, today: string): QuoteRuleIssue[] {
  return quote.validUntil < today ? [{ path: ["validUntil"], message: "must not be in the past" }] : [];
}

/** A supplier's answer as the API receives it. */
export type Answer = { kind: "quote"; quote: QuoteInput } | { kind: "decline"; decline: DeclineInput };

/** The terms of a stored answer, in the shape the answers table keeps them. */
export interface AnswerTerms {
  kind: ResponseKind;
  unitPriceAmount: number | null;
  currency: string | null;
  moq: { value: number; unit: string } | null;
  leadTimeDays: number | null;
  validUntil: string | null;
  message: string;
  declineReason: DeclineReason | null;
  vatRatePercent: number | null;
  vatIncluded: boolean | null;
  delivery: QuoteDelivery | null;
  paymentDays: number | null;
  depositPercent: number | null;
  toolingCost: number | null;
  sampleCost: number | null;
}

const noTerms = {
  vatRatePercent: null,
  vatIncluded: null,
  delivery: null,
  paymentDays: null,
  depositPercent: null,
  toolingCost: null,
  sampleCost: null,
} as const;

function termsOf(quote: {
  vat?: QuoteVat;
  delivery?: QuoteDelivery;
  paymentTerms?: PaymentTerms;
  toolingCost?: number;
  sampleCost?: number;
}) {
  return {
    vatRatePercent: quote.vat?.ratePercent ?? null,
    vatIncluded: quote.vat?.included ?? null,
    delivery: quote.delivery ?? null,
    paymentDays: quote.paymentTerms?.days ?? null,
    depositPercent: quote.paymentTerms?.depositPercent ?? null,
    toolingCost: quote.toolingCost ?? null,
    sampleCost: quote.sampleCost ?? null,
  };
}

/** What an answer stores: a quote clears the decline's fields and a decline the quote's. */
export function answerTerms(answer: Answer): AnswerTerms {
  if (answer.kind === "quote") {
    const { quote } = answer;
    return {
      kind: "quote",
      unitPriceAmount: quote.unitPrice.amount,
      currency: quote.unitPrice.currency,
      moq: quote.moq ?? null,
      leadTimeDays: quote.leadTimeDays,
      validUntil: quote.validUntil,
      message: quote.message,
      declineReason: null,
      ...termsOf(quote),
    };
  }
  return {
    kind: "decline",
    unitPriceAmount: null,
    currency: null,
    moq: null,
    leadTimeDays: null,
    validUntil: null,
    message: answer.decline.note,
    declineReason: answer.decline.reason,
    ...noTerms,
  };
}

/**
 * Whether sending `answer` again would change nothing the buyer sees. Such a resubmission is not a revision: a
 * client retrying a request, or a supplier pressing save twice, must not bump the revision or email the buyer.
 */
export function isUnchangedAnswer(stored: AnswerTerms, answer: Answer): boolean {
  const next = answerTerms(answer);
  return (
    stored.kind === next.kind &&
    stored.unitPriceAmount === next.unitPriceAmount &&
    stored.currency === next.currency &&
    stored.moq?.value === next.moq?.value &&
    stored.moq?.unit === next.moq?.unit &&
    stored.leadTimeDays === next.leadTimeDays &&
    stored.validUntil === next.validUntil &&
    stored.message === next.message &&
    stored.declineReason === next.declineReason &&
    stored.vatRatePercent === next.vatRatePercent &&
    stored.vatIncluded === next.vatIncluded &&
    deliveryKey(stored.delivery) === deliveryKey(next.delivery) &&
    stored.paymentDays === next.paymentDays &&
    stored.depositPercent === next.depositPercent &&
    stored.toolingCost === next.toolingCost &&
    stored.sampleCost === next.sampleCost
  );
}

/** Delivery terms as one comparable string (stored JSON may come back with its keys in another order). */
function deliveryKey(delivery: QuoteDelivery | null): string {
  if (!delivery) return "";
  return delivery.kind === "incoterm" ? `incoterm|${delivery.incoterm}|${delivery.place}` : delivery.kind;
}
