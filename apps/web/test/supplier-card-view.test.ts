import { describe, expect, it } from "vitest";
import type { Names, SupplierSearchHit } from "../lib/directory";
import { facetLinkView } from "../lib/facet-link-view";
import { messagesFor } from "../lib/i18n/messages";
import { supplierCardView } from "../lib/supplier-card-view";

const names: Names = {
  category: (code) => ({ "packaging.corrugated-cartons": "Thùng carton" })[code] ?? code,
  certification: (code) => ({ "iso-9001": "ISO 9001" })[code] ?? code,
  zone: (id) => (id === "kcn-vsip-1" ? "KCN VSIP 1" : undefined),
};

const hit: SupplierSearchHit = {
  id: "0192f0c4-0000-7000-8000-000000000001",
  legalName: "Công ty TNHH Bao Bì <b>Minh</b>",
  tradeName: "Bao Bì Minh",
  highlights: {
    tradeName: "<mark>Bao Bì</mark> Minh",
    descriptionVi: "Sản xuất <mark>thùng</mark> &lt;5 lớp&gt;",
  },
  categories: ["packaging.corrugated-cartons", "a", "b", "c", "d"],
  certifications: ["iso-9001"],
  distanceKm: 12.5,
  formerProvince: "Bình Dương",
  languages: ["vi"],
  leadTimeDays: 7,
  monthlyCapacity: { value: 120000, unit: "pcs" },
  moq: null,
  province2025: "TP. Hồ Chí Minh",
  verified: true,
  zoneId: "kcn-vsip-1",
};

describe("a search hit's card", () => {
  it("carries its text ready to print in the page's language: marks as segments, quantities, place and distance", () => {
    const card = supplierCardView(hit, "vi", messagesFor("vi"), names);
    expect(card.href).toBe(`/vi/suppliers/${hit.id}`);
    expect(card.name).toEqual([
      { text: "Bao Bì", marked: true },
      { text: " Minh", marked: false },
    ]);
    // No highlight for the legal name: its text as typed, markup and all, to be printed as text.
    expect(card.legalName).toEqual([{ text: "Công ty TNHH Bao Bì <b>Minh</b>", marked: false }]);
    expect(card.description?.map((s) => s.text).join("")).toBe("Sản xuất thùng <5 lớp>");
    expect(card.place).toBe("KCN VSIP 1, TP. Hồ Chí Minh · cách 13 km");
    expect(card.verified).toBe("✓ Đã xác minh");
    expect(card.categories.names).toEqual(["Thùng carton", "a", "b", "c"]);
    expect(card.facts).toEqual([
      { label: "Công suất mỗi tháng", value: "120.000 cái", stated: true },
      { label: "Số lượng đặt tối thiểu", value: "Chưa cung cấp", stated: false },
      { label: "Thời gian giao hàng", value: "7 ngày", stated: true },
    ]);
    expect(card.certifications.names).toEqual(["ISO 9001"]);
  });

  it("is titled with the legal name when there is no trade name, and says nothing of what is absent", () => {
    const card = supplierCardView(
      { ...hit, tradeName: null, verified: false, distanceKm: null, highlights: {} },
      "en",
      messagesFor("en"),
      names,
    );
    expect(card.name).toEqual([{ text: hit.legalName, marked: false }]);
    expect(card).not.toHaveProperty("legalName");
    expect(card).not.toHaveProperty("description");
    expect(card).not.toHaveProperty("verified");
    expect(card.place).not.toContain("·");
  });
});

describe("a filter link", () => {
  it("formats its count and, only when chosen, says that pressing it removes the filter", () => {
    const value = { value: "iso-9001", label: "ISO 9001", count: 1234, selected: false, href: "/en/x" };
    expect(facetLinkView(value, "vi", messagesFor("vi"))).toEqual({
      value: "iso-9001",
      label: "ISO 9001",
      count: "(1.234)",
      href: "/en/x",
    });
    const chosen = facetLinkView(
      { ...value, selected: true, count: undefined, children: [{ ...value, value: "child", children: [] }] },
      "en",
      messagesFor("en"),
    );
    expect(chosen.removeLabel).toBe("Remove filter: ISO 9001");
    expect(chosen).not.toHaveProperty("count");
    expect(chosen.children?.map((c) => [c.value, c.count])).toEqual([["child", "(1,234)"]]);
    expect(chosen.children?.[0]).not.toHaveProperty("children");
  });
});
