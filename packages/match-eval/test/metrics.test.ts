import { describe, expect, it } from "vitest";
import { mean, ndcgAt, precisionAt } from "../src/metrics.js";

// Gains are 2^grade − 1 (grade 2 → 3, grade 1 → 1); position i (1-based) is divided by log2(i + 1).
const judgments = { a: 2, b: 1, c: 0 } as const;

describe("ndcgAt", () => {
  it("is 1 for the ideal order", () => {
    expect(ndcgAt(10, ["a", "b", "c"], judgments)).toBe(1);
  });

  it("matches a hand computation when the two relevant suppliers are swapped", () => {
    // DCG = 1/1 + 3/log2(3) = 2.892789; ideal = 3/1 + 1/log2(3) = 3.630930; ratio 0.796708.
    expect(ndcgAt(10, ["b", "a", "x"], judgments)).toBeCloseTo(0.796708, 6);
  });

  it("matches a hand computation when an unjudged supplier comes first", () => {
    // DCG = 0 + 3/log2(3) + 1/log2(4) = 2.392789; ideal 3.630930; ratio 0.659002.
    expect(ndcgAt(10, ["x", "a", "b"], judgments)).toBeCloseTo(0.659002, 6);
  });

  it("counts relevant suppliers the ranking missed against it", () => {
    // Two grade-2 suppliers, only one found: 3 / (3 + 3/log2(3)) = 0.613147.
    expect(ndcgAt(10, ["a"], { a: 2, b: 2 })).toBeCloseTo(0.613147, 6);
  });

  it("looks only at the first k positions", () => {
    // At k = 1: gain 1 where 3 was possible.
    expect(ndcgAt(1, ["b", "a"], judgments)).toBeCloseTo(1 / 3, 10);
    expect(ndcgAt(2, ["x", "y", "a"], judgments)).toBe(0);
  });

  it("is 0 for an empty ranking and when nothing is judged relevant", () => {
    expect(ndcgAt(10, [], judgments)).toBe(0);
    expect(ndcgAt(10, ["a"], { a: 0, b: 0 })).toBe(0);
  });

  it("rejects a k that is not a positive integer", () => {
    expect(() => ndcgAt(0, ["a"], judgments)).toThrow(RangeError);
    expect(() => ndcgAt(2.5, ["a"], judgments)).toThrow(RangeError);
  });
});

describe("precisionAt", () => {
  it("counts grade 1 and 2 as relevant and grade 0 or unjudged as not", () => {
    expect(precisionAt(5, ["a", "x", "b", "c", "y"], judgments)).toBe(0.4);
    expect(precisionAt(2, ["b", "a", "c"], judgments)).toBe(1);
  });

  it("divides by k even when fewer suppliers were returned", () => {
    expect(precisionAt(5, ["a"], judgments)).toBe(0.2);
    expect(precisionAt(5, [], judgments)).toBe(0);
  });

  it("ignores positions after k", () => {
    expect(precisionAt(1, ["x", "a", "b"], judgments)).toBe(0);
  });
});

describe("mean", () => {
  it("averages, and is NaN for nothing", () => {
    expect(mean([0.5, 1, 0])).toBe(0.5);
    expect(mean([])).toBeNaN();
  });
});
