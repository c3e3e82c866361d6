import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  awardGraceDays,
  awardProblem,
  canTransition,
  disallowedEdits,
  inferRequestCategories,
  type SourcingRequestRawInput,
  sourcingRequestInputSchema,
  sourcingRequestStatuses,
} from "../src/index.js";

// 10:00 on 1 December 2026 in Ho Chi Minh City.
const now = new Date("2026-12-01T03:00:00Z");

const valid = (overrides: Partial<SourcingRequestRawInput> = {}): SourcingRequestRawInput => ({
  title: "Cần 20.000 thùng carton 5 lớp in 2 màu",
  specification: { text: "Kích thước 60x40x40 cm" },
  quantity: { value: 20_000, unit: "cartons" },
  delivery: { zoneId: "kcn-vsip-1" },
  neededBy: "2027-01-15",
  quoteDeadline: "2026-12-20T17:00:00+07:00",
  ...overrides,
});

function issuesOf(input: unknown): string[] {
  const result = sourcingRequestInputSchema(now).safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("sourcing request input", () => {
  it("accepts a minimal request and fills the defaults", () => {
    const parsed = sourcingRequestInputSchema(now).parse(valid());
    expect(parsed).toMatchObject({
      description: "",
      categories: [],
      recurrence: "one_off",
      requiredCertifications: [],
      referenceLinks: [],
      showBuyerName: true,
      // No distance limit given means none (null), not a hidden one.
      delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: null },
    });
  });

  it.each([
    ["a zero quantity", { quantity: { value: 0, unit: "pieces" } }, "quantity.value"],
    ["a negative quantity", { quantity: { value: -5, unit: "pieces" } }, "quantity.value"],
    ["a too short title", { title: "Hộp" }, "title"],
    ["an unknown unit", { quantity: { value: 5, unit: "barrels" } }, "quantity.unit"],
    ["an unknown category", { categories: ["packaging.spaceships"] }, "categories.0"],
    ["an unknown certification", { requiredCertifications: ["iso-99999"] }, "requiredCertifications.0"],
    ["a needed-by date in the past", { neededBy: "2026-11-30" }, "neededBy"],
    ["a quote deadline in the past", { quoteDeadline: "2026-12-01T09:00:00+07:00" }, "quoteDeadline"],
    ["a quote deadline after the needed-by date", { neededBy: "2026-12-10" }, "quoteDeadline"],
    ["a recurring request without monthly volume", { recurrence: "recurring" }, "monthlyVolume"],
    ["a point outside Vietnam", { delivery: { province: "TP.HCM", lat: 1.3, lng: 103.8 } }, "delivery.lat"],
    ["a point without province", { delivery: { lat: 10.8, lng: 106.7 } }, "delivery.province"],
    [
      "a distance over 500 km",
      { delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: 800 } },
      "delivery.maxDistanceKm",
    ],
    [
      "eleven reference links",
      { referenceLinks: Array(11).fill("https://example.vn/a.pdf") },
      "referenceLinks",
    ],
    ["a target price of zero", { targetPrice: { amount: 0, currency: "VND" } }, "targetPrice.amount"],
  ])("rejects %s, naming the field", (_label, overrides, field) => {
    expect(issuesOf(valid(overrides as Partial<SourcingRequestRawInput>))).toEqual([field]);
  });

  it("accepts today as the needed-by date, with a deadline later today", () => {
    expect(issuesOf(valid({ neededBy: "2026-12-01", quoteDeadline: "2026-12-01T16:00:00+07:00" }))).toEqual(
      [],
    );
  });
});

describe("sourcing request lifecycle", () => {
  it("goes from draft to open to one terminal status, never back", () => {
    expect(canTransition("draft", "open")).toBe(true);
    expect(canTransition("open", "closed")).toBe(true);
    expect(canTransition("open", "cancelled")).toBe(true);
    expect(canTransition("open", "expired")).toBe(true);
    expect(canTransition("draft", "closed")).toBe(false);
    expect(canTransition("open", "draft")).toBe(false);
    for (const terminal of ["awarded", "closed", "cancelled"] as const) {
      expect(allowedTransitions[terminal]).toEqual([]);
      for (const to of sourcingRequestStatuses) expect(canTransition(terminal, to)).toBe(false);
    }
    // An expired request can still be awarded (the buyer was comparing quotes), and nothing else.
    expect(allowedTransitions.expired).toEqual(["awarded"]);
  });

  it("awards open requests, and expired ones only within the grace period after their deadline", () => {
    const deadline = new Date("2026-12-10T10:00:00Z");
    const daysAfter = (days: number) => new Date(deadline.getTime() + days * 86_400_000);
    expect(awardProblem("open", deadline, daysAfter(-1))).toBeNull();
    expect(awardProblem("expired", deadline, daysAfter(awardGraceDays))).toBeNull();
    expect(awardProblem("expired", deadline, daysAfter(awardGraceDays + 0.01))).toMatch(/30 days/);
    expect(awardProblem("closed", deadline, daysAfter(1))).toMatch(/closed cannot be awarded/);
    expect(awardProblem("draft", deadline, daysAfter(-1))).toMatch(/draft cannot be awarded/);
    expect(awardProblem("awarded", deadline, daysAfter(1))).not.toBeNull();
  });

  it("lets a draft change anything", () => {
    expect(disallowedEdits("draft", { title: "Khác hẳn", categories: [], quantity: { value: 1 } })).toEqual(
      [],
    );
  });

  it("lets an open request change description, specification and deadlines, but not what is bought", () => {
    expect(disallowedEdits("open", { description: "x", neededBy: "2027-02-01", title: undefined })).toEqual(
      [],
    );
    expect(disallowedEdits("open", { quantity: { value: 1 }, categories: [] }).map((p) => p.field)).toEqual([
      "quantity",
      "categories",
    ]);
    expect(disallowedEdits("open", { categories: ["packaging"] })).toEqual([]);
  });

  it("lets a terminal request change nothing", () => {
    expect(disallowedEdits("expired", { description: "x" })).toHaveLength(1);
  });
});

describe("inferring categories from what the buyer wrote", () => {
  it("reads a Vietnamese carton request", () => {
    const inferred = inferRequestCategories("Cần 20.000 thùng carton 5 lớp in 2 màu", "");
    expect(inferred.map((c) => c.code)).toContain("packaging.corrugated-cartons");
    expect(inferred[0]?.terms.length).toBeGreaterThan(0);
  });

  it("reads an English moulding request", () => {
    const inferred = inferRequestCategories("Need injection moulded ABS housings", "");
    expect(inferred.map((c) => c.code)).toContain("plastics.injection-moulding");
  });

  it("puts what the title names before what only the description names", () => {
    const inferred = inferRequestCategories(
      "Need injection moulded ABS housings",
      "Packed in thùng carton 5 lớp for export",
    );
    const codes = inferred.map((c) => c.code);
    expect(codes.indexOf("plastics.injection-moulding")).toBeLessThan(
      codes.indexOf("packaging.corrugated-cartons"),
    );
  });

  it("finds nothing in text that names no category", () => {
    expect(inferRequestCategories("Hello there friend", "Please call us")).toEqual([]);
  });
});
