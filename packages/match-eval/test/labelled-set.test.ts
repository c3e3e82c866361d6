// Checks the labelled set is what its README promises, so a careless edit cannot quietly shrink or break it.
import { getCategory, isLeafCategory, parseTaxCode, supplierProfileInputSchema } from "@ketnoi/domain";
import { describe, expect, it } from "vitest";
import { idealPrecisionAt } from "../src/evaluate.js";
import { labelledRequests, labelledSuppliers, requestSplit } from "../src/labelled-set/index.js";
import { labelledRequestBody, labelledTaxCode, publishedCategories } from "../src/load-labelled-set.js";

const supplierKeys = new Set(labelledSuppliers.map((s) => s.key));
/** Typed without diacritics: nothing above U+007F. */
const isPlainAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 128);

describe("labelled suppliers", () => {
  it("are 250 to 400 valid profiles with unique keys and tax codes", () => {
    expect(labelledSuppliers.length).toBeGreaterThanOrEqual(250);
    expect(labelledSuppliers.length).toBeLessThanOrEqual(400);
    expect(supplierKeys.size).toBe(labelledSuppliers.length);
    const taxCodes = labelledSuppliers.map((_, i) => labelledTaxCode(i));
    expect(new Set(taxCodes).size).toBe(taxCodes.length);
    for (const [i, { key, verified: _verified, ...raw }] of labelledSuppliers.entries()) {
      expect(parseTaxCode(taxCodes[i] ?? "").valid, key).toBe(true);
      const parsed = supplierProfileInputSchema.safeParse({ ...raw, taxCode: taxCodes[i] });
      expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("mix Vietnamese with and without diacritics and English, zones and free addresses, expired certificates", () => {
    const plain = labelledSuppliers.filter((s) => s.descriptionVi && isPlainAscii(s.descriptionVi));
    const english = labelledSuppliers.filter((s) => s.descriptionEn && !s.descriptionVi);
    const addresses = labelledSuppliers.filter((s) => !s.location.zoneId);
    const expired = labelledSuppliers.filter((s) =>
      s.certifications?.some((c) => (c.expiresOn ?? "9") < "2026"),
    );
    expect(plain.length).toBeGreaterThanOrEqual(10);
    expect(english.length).toBeGreaterThanOrEqual(20);
    expect(addresses.length).toBeGreaterThanOrEqual(5);
    expect(expired.length).toBeGreaterThanOrEqual(4);
    expect(new Set(labelledSuppliers.map((s) => s.location.zoneId)).size).toBeGreaterThanOrEqual(40);
  });
});

describe("labelled requests", () => {
  it("are at least 80, in the three ways buyers write, each with a supplier worth showing", () => {
    expect(labelledRequests.length).toBeGreaterThanOrEqual(80);
    expect(new Set(labelledRequests.map((r) => r.key)).size).toBe(labelledRequests.length);
    for (const writing of ["vi", "vi-plain", "en"] as const) {
      expect(labelledRequests.filter((r) => r.writing === writing).length, writing).toBeGreaterThanOrEqual(8);
    }
    for (const request of labelledRequests) {
      expect(idealPrecisionAt(5, request), request.key).toBeGreaterThan(0);
      expect(Object.values(request.judgments), request.key).toContain(2);
    }
  });

  it("keep a third held out, spread over the ways buyers write", () => {
    const heldOut = labelledRequests.filter((r) => requestSplit(r) === "held-out");
    expect(heldOut.length).toBe(Math.floor(labelledRequests.length / 3));
    for (const writing of ["vi", "vi-plain", "en"] as const) {
      expect(heldOut.filter((r) => r.writing === writing).length, writing).toBeGreaterThanOrEqual(5);
    }
  });

  it("include the hard cases: no distance limit, MOQ above the first order, a volume above most capacities", () => {
    expect(
      labelledRequests.filter((r) => r.delivery.maxDistanceKm === undefined).length,
    ).toBeGreaterThanOrEqual(5);
    expect(
      labelledRequests.filter((r) => r.monthlyVolume && r.monthlyVolume.value >= 10 * r.quantity.value)
        .length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      labelledSuppliers.filter((s) => s.categories.every((code) => !code.includes("."))).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it("judge only suppliers of the set", () => {
    for (const request of labelledRequests) {
      for (const key of Object.keys(request.judgments)) expect(supplierKeys, request.key).toContain(key);
    }
  });

  it("judge every supplier in the categories the buyer chose, so no candidate is left unjudged by oversight", () => {
    for (const request of labelledRequests) {
      // A chosen group covers several trades on purpose (absent = another trade); chosen leaves are one trade.
      const leaves = (request.categories ?? []).filter((code) => isLeafCategory(code));
      if (leaves.length === 0 || leaves.length !== request.categories?.length) continue;
      const inCategory = labelledSuppliers.filter((s) => s.categories.some((code) => leaves.includes(code)));
      for (const supplier of inCategory)
        expect(request.judgments, request.key).toHaveProperty([supplier.key]);
    }
  });

  it("write plain Vietnamese without diacritics where they say so", () => {
    for (const request of labelledRequests.filter((r) => r.writing === "vi-plain")) {
      expect(isPlainAscii(request.title + request.description), request.key).toBe(true);
    }
  });

  it("get known categories when published, chosen or inferred", () => {
    for (const request of labelledRequests) {
      const { codes } = publishedCategories(request);
      expect(codes.length, request.key).toBeGreaterThan(0);
      for (const code of codes) expect(getCategory(code), `${request.key}: ${code}`).toBeDefined();
    }
    expect(labelledRequests.filter((r) => r.categories === undefined).length).toBeGreaterThanOrEqual(10);
  });

  it("turn into valid API bodies with the quote deadline before the needed-by date", () => {
    const now = new Date("2026-11-02T02:00:00Z");
    for (const request of labelledRequests) {
      const body = labelledRequestBody(request, now);
      expect(new Date(body.quoteDeadline as string).getTime(), request.key).toBeGreaterThan(now.getTime());
      expect((body.quoteDeadline as string).slice(0, 10) <= (body.neededBy as string), request.key).toBe(
        true,
      );
    }
  });
});
