// Checks the labelled category names are what the README promises: 300+ names, a third of each kind of writing,
// real codes, and a held-out third.
import { getCategory } from "@ketnoi/domain";
import { describe, expect, it } from "vitest";
import { labelledCategoryNames, resolutionAccuracy } from "../src/category-names/index.js";

const isPlainAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 128);

describe("labelled category names", () => {
  it("are at least 300, about a third each in Vietnamese, Vietnamese without diacritics and English", () => {
    expect(labelledCategoryNames.length).toBeGreaterThanOrEqual(300);
    for (const writing of ["vi", "vi-plain", "en"] as const) {
      const share =
        labelledCategoryNames.filter((n) => n.writing === writing).length / labelledCategoryNames.length;
      expect(share, writing).toBeGreaterThan(0.28);
    }
    for (const name of labelledCategoryNames.filter((n) => n.writing !== "vi")) {
      expect(isPlainAscii(name.text), name.text).toBe(true);
    }
  });

  it("are unique and name only codes the taxonomy knows", () => {
    const keys = labelledCategoryNames.map((n) => n.text.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const name of labelledCategoryNames) {
      expect(name.expected.length, name.text).toBeGreaterThan(0);
      for (const code of name.expected) expect(getCategory(code), `${name.text}: ${code}`).toBeDefined();
    }
  });

  it("hold out a third", () => {
    const heldOut = labelledCategoryNames.filter((n) => n.split === "held-out").length;
    expect(heldOut / labelledCategoryNames.length).toBeCloseTo(1 / 3, 1);
  });

  it("score a ranking: top-1 needs the first code right, top-3 any of the first three", () => {
    const names = labelledCategoryNames.slice(0, 2);
    const perfect = resolutionAccuracy(names, (text) => names.find((n) => n.text === text)?.expected ?? []);
    expect(perfect).toMatchObject({ names: 2, top1: 1, top3: 1, misses: [] });
    const second = resolutionAccuracy(names, (text) => [
      "services",
      ...(names.find((n) => n.text === text)?.expected ?? []),
    ]);
    expect(second).toMatchObject({ top1: 0, top3: 1 });
    expect(resolutionAccuracy(names, () => []).top3).toBe(0);
  });
});
