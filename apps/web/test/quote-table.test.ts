import { describe, expect, it } from "vitest";
import { lowestIndex } from "../lib/quote-table";

describe("the lowest value of a row", () => {
  it("marks the single smallest value", () => {
    expect(lowestIndex([12_500, 9_600, 11_000])).toBe(1);
  });
  it("marks nothing for a tie, a lone value or no values", () => {
    expect(lowestIndex([9_600, 9_600, 12_000])).toBeUndefined();
    expect(lowestIndex([9_600])).toBeUndefined();
    expect(lowestIndex([undefined, 5, undefined])).toBeUndefined();
    expect(lowestIndex([])).toBeUndefined();
  });
  it("skips quotes without the value", () => {
    expect(lowestIndex([undefined, 14, 7])).toBe(2);
  });
});
