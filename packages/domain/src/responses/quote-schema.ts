// What a supplier answers to a matched request: a quote it may revise until the quote deadline, or a decline with
// a reason. The reasons are a closed list so buyers (and the weekly digest) can count them.
import { z } from "zod";
import { priceCurrencies } from "../requests/request-schema.js";
import { quantitySchema } from "../suppliers/profile-schema.js";
import { multiLineText } from "../text/clean-text.js";

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
    currency: z.enum(priceCurrencies),
  }),
  moq: quantitySchema.optional().describe("Minimum order quantity for this price"),
  leadTimeDays: z.number().int().min(1, "must be at least 1 day").max(730, "must be at most 730 days"),
  validUntil: z.iso.date("must be a date as YYYY-MM-DD").describe("The price holds until this date"),
  message: multiLineText(3000).default(""),
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
  currency: (typeof priceCurrencies)[number] | null;
  moq: { value: number; unit: string } | null;
  leadTimeDays: number | null;
  validUntil: string | null;
  message: string;
  declineReason: DeclineReason | null;
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
    stored.declineReason === next.declineReason
  );
}
