// Quotes side by side in one currency: each quote's totals for the requested volume, their VND equivalents at
// the admins' reference rates, and which quote is lowest in each row once converted. A currency without a
// reference rate is never compared with others: its quotes are left out of the price rows and named.

export interface ReferenceRate {
  currency: string;
  /** Dong for one unit of the currency. */
  vndPerUnit: number;
  /** The day the rate is from (YYYY-MM-DD). */
  rateDate: string;
}

export interface ComparableQuote {
  responseId: string;
  currency: string;
  unitPrice: number;
  leadTimeDays: number;
  vatRatePercent: number | null;
  vatIncluded: boolean | null;
  depositPercent: number | null;
  toolingCost: number | null;
  sampleCost: number | null;
}

export const comparisonRows = [
  "unitPrice",
  "total",
  "totalWithVat",
  "toolingCost",
  "sampleCost",
  "leadTimeDays",
  "depositPercent",
] as const;
export type ComparisonRow = (typeof comparisonRows)[number];

export interface Money {
  amount: number;
  currency: string;
}

export interface QuoteFigures {
  /** Unit price × the requested quantity, plus the one-off tooling and sample costs, VAT as the quote states. */
  total: Money;
  /** The total with VAT included; null when the quote does not state its VAT. */
  totalWithVat: Money | null;
  /** The same in dong; null when the currency has no reference rate. */
  vnd: {
    unitPrice: number;
    total: number;
    totalWithVat: number | null;
    toolingCost: number | null;
    sampleCost: number | null;
  } | null;
  /** `same_currency` for VND quotes, `converted` at `rate`, `no_rate` when no reference rate exists. */
  conversion: "same_currency" | "converted" | "no_rate";
  rate: ReferenceRate | null;
  /** The rows where this quote is the lowest (ties: each of them), compared in dong. */
  lowestIn: ComparisonRow[];
}

export interface QuoteComparison {
  figures: Map<string, QuoteFigures>;
  /** The reference rates the comparison used. */
  ratesUsed: ReferenceRate[];
  /** Currencies quoted that have no reference rate: their quotes are not compared on price. */
  missingRates: string[];
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

export function compareQuotes(
  quotes: readonly ComparableQuote[],
  quantity: number,
  rates: ReadonlyMap<string, ReferenceRate>,
): QuoteComparison {
  const figures = new Map<string, QuoteFigures>();
  const ratesUsed = new Map<string, ReferenceRate>();
  const missing = new Set<string>();
  const rowValues = new Map<ComparisonRow, { responseId: string; value: number }[]>(
    comparisonRows.map((row) => [row, []]),
  );

  for (const quote of quotes) {
    const oneOff = (quote.toolingCost ?? 0) + (quote.sampleCost ?? 0);
    const totalAmount = quote.unitPrice * quantity + oneOff;
    const withVat =
      quote.vatRatePercent === null || quote.vatIncluded === null
        ? null
        : quote.vatIncluded
          ? totalAmount
          : totalAmount * (1 + quote.vatRatePercent / 100);
    const rate = quote.currency === "VND" ? null : (rates.get(quote.currency) ?? null);
    const factor = quote.currency === "VND" ? 1 : rate?.vndPerUnit;
    if (rate) ratesUsed.set(rate.currency, rate);
    if (factor === undefined) missing.add(quote.currency);
    const toVnd = (amount: number) => Math.round(amount * (factor as number));
    const vnd =
      factor === undefined
        ? null
        : {
            unitPrice: toVnd(quote.unitPrice),
            total: toVnd(totalAmount),
            totalWithVat: withVat === null ? null : toVnd(withVat),
            toolingCost: quote.toolingCost === null ? null : toVnd(quote.toolingCost),
            sampleCost: quote.sampleCost === null ? null : toVnd(quote.sampleCost),
          };
    figures.set(quote.responseId, {
      total: { amount: cents(totalAmount), currency: quote.currency },
      totalWithVat: withVat === null ? null : { amount: cents(withVat), currency: quote.currency },
      vnd,
      conversion: quote.currency === "VND" ? "same_currency" : rate ? "converted" : "no_rate",
      rate,
      lowestIn: [],
    });
    const add = (row: ComparisonRow, value: number | null | undefined) => {
      if (value !== null && value !== undefined)
        rowValues.get(row)?.push({ responseId: quote.responseId, value });
    };
    // Rows that do not depend on money compare every quote; money rows only those converted to dong.
    add("leadTimeDays", quote.leadTimeDays);
    add("depositPercent", quote.depositPercent);
    if (vnd) {
      add("unitPrice", vnd.unitPrice);
      add("total", vnd.total);
      add("totalWithVat", vnd.totalWithVat);
      add("toolingCost", vnd.toolingCost);
      add("sampleCost", vnd.sampleCost);
    }
  }

  for (const [row, values] of rowValues) {
    if (values.length < 2) continue;
    const lowest = Math.min(...values.map((entry) => entry.value));
    for (const entry of values) {
      if (entry.value === lowest) figures.get(entry.responseId)?.lowestIn.push(row);
    }
  }
  return {
    figures,
    ratesUsed: [...ratesUsed.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    missingRates: [...missing].sort(),
  };
}
