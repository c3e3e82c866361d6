// The comparison of quotes as rows across columns (one column per quote): each row's values and which column is
// lowest. Money is compared only where it is comparable: within one currency, never mixing them silently.
import type { RequestResponse } from "./requests";

export type Quote = RequestResponse & { quote: NonNullable<RequestResponse["quote"]> };

export const isQuote = (response: RequestResponse): response is Quote =>
  response.kind === "quote" && response.quote !== null;

/** The index of the smallest value, or undefined when fewer than two values compare or several tie. */
export function lowestIndex(values: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  let tie = false;
  let compared = 0;
  values.forEach((value, index) => {
    if (value === undefined) return;
    compared += 1;
    const current = best === undefined ? undefined : values[best];
    if (current === undefined || value < current) {
      best = index;
      tie = false;
    } else if (value === current) {
      tie = true;
    }
  });
  return compared >= 2 && !tie ? best : undefined;
}

/** Unit prices when every quote is in one currency; otherwise undefined (they do not compare without a rate). */
export function comparableUnitPrices(quotes: readonly Quote[]): number[] | undefined {
  const currencies = new Set(quotes.map((q) => q.quote.unitPrice.currency));
  return currencies.size === 1 ? quotes.map((q) => q.quote.unitPrice.amount) : undefined;
}
