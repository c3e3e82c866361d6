import { describe, expect, it } from "vitest";
import { categoryTreeFacet } from "../lib/category-facet";
import type { CategoryNode } from "../lib/directory";
import { emptySearch } from "../lib/search-params";

const node = (code: string, nameEn: string, children: CategoryNode[] = []): CategoryNode => ({
  code,
  nameVi: nameEn,
  nameEn,
  synonyms: { vi: [], en: [] },
  children,
});
const tree = [
  node("packaging", "Packaging", [
    node("packaging.corrugated-cartons", "Corrugated cartons"),
    node("packaging.labels-stickers", "Labels"),
  ]),
  node("plastics", "Plastics", [node("plastics.injection-moulding", "Injection moulding")]),
  node("textile", "Textiles"),
];
const counts = {
  packaging: 5,
  "packaging.corrugated-cartons": 4,
  "packaging.labels-stickers": 1,
  plastics: 9,
  "plastics.injection-moulding": 9,
};

describe("the category filter", () => {
  it("shows top-level categories with suppliers, most first, closed until one is chosen", () => {
    const values = categoryTreeFacet("en", tree, counts, emptySearch);
    expect(values.map((v) => [v.label, v.count, v.children?.length])).toEqual([
      ["Plastics", 9, 0],
      ["Packaging", 5, 0],
    ]);
    expect(values[1]?.href).toBe("/en/suppliers?categories=packaging");
  });

  it("opens a chosen group; choosing a member replaces the group, choosing it again removes it", () => {
    const state = { ...emptySearch, q: "carton", categories: ["packaging"] };
    const packaging = categoryTreeFacet("en", tree, counts, state).find((v) => v.value === "packaging");
    expect(packaging?.selected).toBe(true);
    expect(packaging?.href).toBe("/en/suppliers?q=carton");
    expect(packaging?.children?.map((c) => [c.label, c.count, c.href])).toEqual([
      ["Corrugated cartons", 4, "/en/suppliers?q=carton&categories=packaging.corrugated-cartons"],
      ["Labels", 1, "/en/suppliers?q=carton&categories=packaging.labels-stickers"],
    ]);
    const member = { ...state, categories: ["packaging.corrugated-cartons"] };
    const opened = categoryTreeFacet("en", tree, counts, member).find((v) => v.value === "packaging");
    expect(opened?.selected).toBe(false);
    expect(opened?.href).toBe("/en/suppliers?q=carton&categories=packaging");
    expect(opened?.children?.[0]?.selected).toBe(true);
  });
});
