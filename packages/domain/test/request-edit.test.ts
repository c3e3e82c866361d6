import { describe, expect, it } from "vitest";
import {
  type EditedRequest,
  planRequestEdit,
  type RequestEdit,
  type RequestEditOutcome,
  type SourcingRequestStatus,
} from "../src/index.js";

// 10:00 on 1 December 2026 in Ho Chi Minh City.
const now = new Date("2026-12-01T03:00:00Z");

const stored = (overrides: Partial<EditedRequest> = {}): EditedRequest => ({
  status: "open",
  title: "Cần 20.000 thùng carton 5 lớp in 2 màu",
  description: "",
  categories: ["packaging.corrugated-cartons"],
  inferredCategories: [{ code: "packaging.corrugated-cartons", terms: ["thùng carton"] }],
  recurrence: "one_off",
  monthlyVolume: null,
  neededBy: "2027-01-15",
  quoteDeadline: new Date("2026-12-20T10:00:00Z"),
  ...overrides,
});

function effectsOf(outcome: RequestEditOutcome) {
  if (!outcome.ok) throw new Error(`expected the edit to pass, got ${JSON.stringify(outcome.refusal)}`);
  return outcome.effects;
}

function refusalOf(outcome: RequestEditOutcome) {
  if (outcome.ok) throw new Error("expected the edit to be refused");
  return outcome.refusal;
}

const plan = (existing: Partial<EditedRequest>, edit: RequestEdit) =>
  planRequestEdit(stored(existing), edit, now);

describe("which fields an edit may change", () => {
  it("lets a draft change anything, what is bought and where it goes included", () => {
    const effects = effectsOf(
      plan(
        { status: "draft" },
        { title: "Cần 5.000 hộp giấy", quantity: { value: 5000, unit: "pieces" }, delivery: { zoneId: "x" } },
      ),
    );
    expect(effects.status).toBeUndefined();
    expect(effects.publishedAt).toBeUndefined();
  });

  it("lets an open request change its description, specification, dates and categories", () => {
    const outcome = plan(
      {},
      {
        description: "Thêm: in logo 1 màu",
        specification: { text: "60x40x40 cm" },
        neededBy: "2027-01-20",
        quoteDeadline: "2026-12-22T17:00:00+07:00",
        categories: ["packaging.corrugated-cartons", "packaging.paper-boxes"],
      },
    );
    expect(outcome.ok).toBe(true);
  });

  it("refuses an open request a change of what is bought or where, naming each field, delivery last", () => {
    const refusal = refusalOf(
      plan(
        {},
        {
          title: "Cần 30.000 thùng carton",
          delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: 80 },
          quantity: { value: 30_000, unit: "cartons" },
          showBuyerName: false,
        },
      ),
    );
    expect(refusal).toEqual({
      code: "conflict",
      message: "These fields cannot change while the request is open",
      issues: [
        { path: ["title"], message: "cannot change while the request is open" },
        { path: ["quantity"], message: "cannot change while the request is open" },
        { path: ["showBuyerName"], message: "cannot change while the request is open" },
        { path: ["delivery"], message: "cannot change while the request is open" },
      ],
    });
  });

  it("keeps at least one category on an open request", () => {
    expect(refusalOf(plan({}, { categories: [] })).issues).toEqual([
      { path: ["categories"], message: "an open request keeps at least one category" },
    ]);
  });

  it.each<SourcingRequestStatus>(["awarded", "closed", "cancelled", "expired"])(
    "lets a request that is %s change nothing",
    (status) => {
      expect(refusalOf(plan({ status }, { description: "Cập nhật" }))).toEqual({
        code: "conflict",
        message: `These fields cannot change while the request is ${status}`,
        issues: [{ path: ["description"], message: `cannot change once the request is ${status}` }],
      });
    },
  );
});

describe("status changes", () => {
  it("publishes a draft with the buyer's categories, stamping the time", () => {
    const effects = effectsOf(plan({ status: "draft" }, { status: "open" }));
    expect(effects).toMatchObject({
      status: "open",
      publishedAt: now,
      categories: ["packaging.corrugated-cartons"],
    });
    expect(effects.closedAt).toBeUndefined();
  });

  it("publishes a draft without categories with those inferred from its words", () => {
    const effects = effectsOf(plan({ status: "draft", categories: [] }, { status: "open" }));
    expect(effects.categories).toEqual(["packaging.corrugated-cartons"]);
  });

  it("refuses to publish a draft when no category is chosen and none can be inferred", () => {
    const refusal = refusalOf(
      plan({ status: "draft", categories: [], inferredCategories: [] }, { status: "open" }),
    );
    expect(refusal).toEqual({
      code: "validation_failed",
      issues: [{ path: ["categories"], message: "could not infer a category; choose at least one" }],
    });
  });

  it.each(["closed", "cancelled"] as const)("ends an open request as %s, stamping the time", (status) => {
    const effects = effectsOf(plan({}, { status }));
    expect(effects).toMatchObject({ status, closedAt: now });
    expect(effects.publishedAt).toBeUndefined();
  });

  it("refuses a status the request cannot reach, naming the status", () => {
    expect(refusalOf(plan({ status: "closed" }, { status: "open" }))).toEqual({
      code: "conflict",
      message: "A request that is closed cannot become open",
      issues: [{ path: ["status"], message: "cannot go from closed to open" }],
    });
    expect(refusalOf(plan({ status: "draft" }, { status: "closed" })).code).toBe("conflict");
  });

  it("leaves the status alone when the edit names the one it has", () => {
    expect(effectsOf(plan({ status: "draft" }, { status: undefined, title: "Cần 1.000 hộp" })).status).toBe(
      undefined,
    );
  });
});

describe("rules judged on the request as it will be", () => {
  const passed = { quoteDeadline: new Date("2026-11-30T10:00:00Z"), neededBy: "2026-11-30" };

  it("does not hold a passed deadline against an edit that does not touch the dates", () => {
    expect(plan(passed, { description: "Thêm ảnh mẫu" }).ok).toBe(true);
  });

  it("judges the dates an edit touches against the stored ones", () => {
    const refusal = refusalOf(plan({}, { quoteDeadline: "2027-02-01T17:00:00+07:00" }));
    expect(refusal).toEqual({
      code: "validation_failed",
      issues: [{ path: ["quoteDeadline"], message: "must not be after neededBy" }],
    });
  });

  it("judges every rule when a draft is published", () => {
    const refusal = refusalOf(
      plan({ ...passed, status: "draft", recurrence: "recurring" }, { status: "open" }),
    );
    expect(refusal.issues.map((issue) => issue.path[0])).toEqual([
      "monthlyVolume",
      "neededBy",
      "quoteDeadline",
    ]);
  });

  it("asks a request made recurring for its monthly volume, and refuses to remove it from a recurring one", () => {
    expect(refusalOf(plan({ status: "draft" }, { recurrence: "recurring" })).issues).toEqual([
      { path: ["monthlyVolume"], message: "is required for a recurring request" },
    ]);
    const recurring = { status: "draft" as const, recurrence: "recurring" as const };
    expect(
      refusalOf(plan({ ...recurring, monthlyVolume: { value: 1, unit: "pieces" } }, { monthlyVolume: null }))
        .issues,
    ).toEqual([{ path: ["monthlyVolume"], message: "is required for a recurring request" }]);
  });
});

describe("what an edit sets besides its fields", () => {
  it("reads the categories again when the title or description changes, and keeps them otherwise", () => {
    const kept = effectsOf(plan({}, { neededBy: "2027-01-10" }));
    expect(kept.inferredCategories).toEqual(stored().inferredCategories);
    const reread = effectsOf(plan({ status: "draft" }, { title: "Cần gia công CNC 500 trục inox" }));
    expect(reread.inferredCategories.map((c) => c.code)).toContain("metal.cnc-machining");
    expect(reread.inferredCategories.map((c) => c.code)).not.toContain("packaging.corrugated-cartons");
  });

  it("gives a new delivery place without a distance no limit (null), whatever the request had", () => {
    expect(
      effectsOf(plan({ status: "draft" }, { delivery: { zoneId: "kcn-vsip-1" } })).maxDistanceKm,
    ).toBeNull();
    expect(
      effectsOf(plan({ status: "draft" }, { delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: null } }))
        .maxDistanceKm,
    ).toBeNull();
    expect(
      effectsOf(plan({ status: "draft" }, { delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: 120 } }))
        .maxDistanceKm,
    ).toBe(120);
    expect(
      effectsOf(plan({ status: "draft" }, { title: "Cần 1.000 hộp giấy" })).maxDistanceKm,
    ).toBeUndefined();
  });
});
