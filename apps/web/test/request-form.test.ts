import { describe, expect, it } from "vitest";
import {
  checkRequestForm,
  emptyRequestForm,
  parseQuantity,
  type RequestFormValues,
  requestFormField,
} from "../lib/request-form";

const filled: RequestFormValues = {
  ...emptyRequestForm,
  title: "Cần 20.000 thùng carton 5 lớp",
  quantityValue: "20.000",
  zoneId: "kcn-tan-phu-trung",
  neededBy: "2027-01-15",
  quoteDeadline: "2026-12-20",
};

describe("the request form", () => {
  it("reads quantities as people write them in Vietnamese and English", () => {
    expect(parseQuantity("20.000")).toBe(20_000);
    expect(parseQuantity("20,000")).toBe(20_000);
    expect(parseQuantity("20 000")).toBe(20_000);
    expect(parseQuantity("2,5")).toBe(2.5);
    expect(parseQuantity("1.5")).toBe(1.5);
    expect(parseQuantity("nhiều")).toBeUndefined();
    expect(parseQuantity("0")).toBeUndefined();
    expect(parseQuantity("-3")).toBeUndefined();
  });

  it("builds the API's body: the deadline at 17:00 in Vietnam, a monthly volume, no limit as null", () => {
    const { body, fieldErrors } = checkRequestForm(
      { ...filled, recurrence: "recurring", maxDistanceKm: "none" },
      "vi",
    );
    expect(fieldErrors).toEqual({});
    expect(body).toMatchObject({
      quantity: { value: 20_000, unit: "pieces" },
      monthlyVolume: { value: 20_000, unit: "pieces" },
      delivery: { zoneId: "kcn-tan-phu-trung", maxDistanceKm: null },
      quoteDeadline: "2026-12-20T17:00:00+07:00",
    });
  });

  it("names each missing field in the page's language", () => {
    const { body, fieldErrors } = checkRequestForm({ ...emptyRequestForm, zoneQuery: "khong co" }, "vi");
    expect(body).toBeUndefined();
    expect(Object.keys(fieldErrors).sort()).toEqual([
      "neededBy",
      "quantityValue",
      "quoteDeadline",
      "title",
      "zone",
    ]);
    expect(fieldErrors.zone).toContain("khong co");
    expect(
      checkRequestForm({ ...filled, quantityUnit: "barrels" }, "en").fieldErrors.quantityUnit,
    ).toBeDefined();
  });

  it("places the API's field paths on the form's inputs", () => {
    expect(requestFormField("body.delivery.zoneId")).toBe("zone");
    expect(requestFormField("body.delivery.maxDistanceKm")).toBe("maxDistanceKm");
    expect(requestFormField("body.monthlyVolume")).toBe("quantityValue");
    expect(requestFormField("body.quantity.unit")).toBe("quantityUnit");
    expect(requestFormField("body.categories.0")).toBe("categories");
    expect(requestFormField("body.requiredCertifications.1")).toBe("certifications");
    expect(requestFormField("headers.idempotency-key")).toBeUndefined();
  });
});
