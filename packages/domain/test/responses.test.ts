import { describe, expect, it } from "vitest";
import {
  awardRateOf,
  declineSchema,
  minResponseSamples,
  quoteRuleIssues,
  quoteSchema,
  type ResponseSample,
  responsivenessOf,
} from "../src/index.js";

const now = new Date("2026-12-01T03:00:00Z");
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const hoursAfter = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

/** A request matched `matchedHoursAgo` hours ago, answered after `answeredAfter` hours (or never). */
function sample(
  matchedHoursAgo: number,
  answeredAfter: number | null,
  deadlinePassed = true,
): ResponseSample {
  const matchedAt = hoursBefore(matchedHoursAgo);
  return {
    matchedAt,
    respondedAt: answeredAfter === null ? null : new Date(matchedAt.getTime() + answeredAfter * 3_600_000),
    quoteDeadline: deadlinePassed ? hoursBefore(1) : hoursAfter(48),
  };
}

describe("supplier responsiveness", () => {
  it("is unknown until the supplier has enough decided requests to judge", () => {
    expect(minResponseSamples).toBe(3);
    expect(responsivenessOf([sample(100, 2), sample(90, 5)], now)).toBeNull();
  });

  it("counts answered requests and those whose deadline passed unanswered, not those still open", () => {
    const result = responsivenessOf(
      [sample(100, 2), sample(90, 10), sample(80, null), sample(70, null), sample(5, null, false)],
      now,
    );
    // Four decided (two answered, two ignored past their deadline); the open unanswered one is not held against it.
    expect(result).toEqual({ responseRate: 0.5, medianResponseHours: 6, sampleSize: 4 });
  });

  it("treats a supplier that never answers as slow as the scoring's cap", () => {
    expect(responsivenessOf([sample(100, null), sample(90, null), sample(80, null)], now)).toEqual({
      responseRate: 0,
      medianResponseHours: 168,
      sampleSize: 3,
    });
  });

  it("takes the median, so one slow answer does not sink a fast supplier", () => {
    const result = responsivenessOf([sample(300, 1), sample(200, 3), sample(100, 90)], now);
    expect(result?.medianResponseHours).toBe(3);
    expect(result?.responseRate).toBe(1);
  });
});

describe("buyer award rate", () => {
  it("is awarded over ended requests, and unknown before any request ended", () => {
    expect(awardRateOf({ awarded: 0, ended: 0 })).toEqual({ awarded: 0, ended: 0, rate: null });
    expect(awardRateOf({ awarded: 1, ended: 3 })).toEqual({ awarded: 1, ended: 3, rate: 0.333 });
  });
});

describe("quotes and declines", () => {
  const quote = {
    unitPrice: { amount: 12_500, currency: "VND" },
    leadTimeDays: 14,
    validUntil: "2026-12-31",
  };

  it("accepts a complete quote and defaults the message", () => {
    expect(quoteSchema.parse(quote)).toMatchObject({ message: "", leadTimeDays: 14 });
  });

  it("names the wrong field of a bad quote", () => {
    const result = quoteSchema.safeParse({ ...quote, unitPrice: { amount: 0, currency: "EURO" } });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(paths).toEqual(["unitPrice.amount", "unitPrice.currency"]);
  });

  it("refuses a quote that is no longer valid today", () => {
    expect(quoteRuleIssues({ validUntil: "2026-11-30" }, "2026-12-01")).toEqual([
      { path: ["validUntil"], message: "must not be in the past" },
    ]);
    expect(quoteRuleIssues({ validUntil: "2026-12-01" }, "2026-12-01")).toEqual([]);
  });

  it("takes only the known decline reasons", () => {
    expect(declineSchema.safeParse({ reason: "capacity_full" }).success).toBe(true);
    expect(declineSchema.safeParse({ reason: "busy" }).success).toBe(false);
  });
});
