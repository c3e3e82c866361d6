// The quotes of a comparison as the table reads them: quotes (not declines) with their terms and the API's
// figures (the VND equivalents, the rate used, the rows where each is lowest after conversion).
import type { QuoteComparison } from "./requests";

type ComparisonItem = QuoteComparison["items"][number];

export type ComparedQuote = ComparisonItem & {
  quote: NonNullable<ComparisonItem["quote"]>;
  figures: NonNullable<ComparisonItem["figures"]>;
};

export type ComparisonRow = ComparedQuote["figures"]["lowestIn"][number];

export const isComparedQuote = (item: ComparisonItem): item is ComparedQuote =>
  item.kind === "quote" && item.quote !== null && item.figures !== null;
