import { describe, expect, it } from "vitest";
import { type ComparableQuote, compareQuotes, quoteSchema, type ReferenceRate } from "../src/index.js";

const quote = (
  overrides: Partial<ComparableQuote> & Pick<ComparableQuote, "responseId">,
): ComparableQuote => ({
  currency: "VND",
  unitPrice: 10_000,
  leadTimeDays: 14,
  vatRatePercent: null,
  vatIncluded: null,
  depositPercent: null,
  toolingCost: null,
  sampleCost: null,
  ...overrides,
});
const usd: ReferenceRate = { currency: "USD", vndPerUnit: 25_000, rateDate: "2026-12-01" };

describe("comparing quotes", () => {
  it("marks the lowest price after conversion, not the smallest number", () => {
    const result = compareQuotes(
      [
        quote({ responseId: "vnd", unitPrice: 9_600 }),
        quote({ responseId: "usd", currency: "USD", unitPrice: 0.36 }),
      ],
      1_000,
      new Map([["USD", usd]]),
    );
    expect(result.figures.get("usd")?.vnd?.unitPrice).toBe(9_000);
    expect(result.figures.get("usd")?.lowestIn).toContain("unitPrice");
    expect(result.figures.get("vnd")?.lowestIn).not.toContain("unitPrice");
    expect(result.figures.get("usd")).toMatchObject({ conversion: "converted", rate: usd });
    expect(result.ratesUsed).toEqual([usd]);
  });

  it("never compares a currency without a rate, and says which currency lacks one", () => {
    const result = compareQuotes(
      [
        quote({ responseId: "vnd", unitPrice: 9_600 }),
        quote({ responseId: "eur", currency: "EUR", unitPrice: 0.01 }),
        quote({ responseId: "vnd2", unitPrice: 9_700 }),
      ],
      1_000,
      new Map(),
    );
    expect(result.missingRates).toEqual(["EUR"]);
    expect(result.figures.get("eur")).toMatchObject({ conversion: "no_rate", vnd: null, rate: null });
    expect(result.figures.get("eur")?.lowestIn).not.toContain("unitPrice");
    expect(result.figures.get("vnd")?.lowestIn).toContain("unitPrice");
  });

  it("totals the volume with one-off costs and VAT added when it is excluded", () => {
    const result = compareQuotes(
      [
        quote({
          responseId: "a",
          unitPrice: 10_000,
          toolingCost: 5_000_000,
          sampleCost: 500_000,
          vatRatePercent: 10,
          vatIncluded: false,
        }),
        quote({ responseId: "b", unitPrice: 11_000, vatRatePercent: 8, vatIncluded: true }),
      ],
      1_000,
      new Map(),
    );
    expect(result.figures.get("a")?.total).toEqual({ amount: 15_500_000, currency: "VND" });
    expect(result.figures.get("a")?.totalWithVat).toEqual({ amount: 17_050_000, currency: "VND" });
    expect(result.figures.get("b")?.totalWithVat).toEqual({ amount: 11_000_000, currency: "VND" });
    expect(result.figures.get("b")?.lowestIn).toEqual(expect.arrayContaining(["total", "totalWithVat"]));
    expect(result.figures.get("a")?.lowestIn).toContain("unitPrice");
  });

  it("marks every quote of a tie", () => {
    const result = compareQuotes(
      [quote({ responseId: "a", leadTimeDays: 7 }), quote({ responseId: "b", leadTimeDays: 7 })],
      10,
      new Map(),
    );
    expect(result.figures.get("a")?.lowestIn).toContain("leadTimeDays");
    expect(result.figures.get("b")?.lowestIn).toContain("leadTimeDays");
  });
});

describe("quote terms", () => {
  const base = { unitPrice: { amount: 1, currency: "EUR" }, leadTimeDays: 5, validUntil: "2030-01-01" };

  it("takes any ISO 4217 currency and refuses made-up codes", () => {
    expect(quoteSchema.safeParse(base).success).toBe(true);
    expect(quoteSchema.safeParse({ ...base, unitPrice: { amount: 1, currency: "XYZ" } }).success).toBe(false);
    expect(quoteSchema.safeParse({ ...base, unitPrice: { amount: 1, currency: "usd" } }).success).toBe(false);
  });

  it("takes Incoterms 2020 rules with a place, or delivery to the buyer's zone", () => {
    const fob = { kind: "incoterm", incoterm: "FOB", place: "Cát Lái" };
    expect(quoteSchema.safeParse({ ...base, delivery: fob }).success).toBe(true);
    expect(quoteSchema.safeParse({ ...base, delivery: { kind: "delivered_to_buyer_zone" } }).success).toBe(
      true,
    );
    expect(quoteSchema.safeParse({ ...base, delivery: { ...fob, incoterm: "DAT" } }).success).toBe(false);
  });
});
