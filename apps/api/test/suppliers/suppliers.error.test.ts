import { schema } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer } from "../helpers/accounts.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const valid = (n: number) => ({
  legalName: "Công ty TNHH Cơ Khí Tân Uyên",
  taxCode: taxCode(2000 + n),
  categories: ["metal.cnc-machining.milling"],
  location: { zoneId: "kcn-vsip-1" },
});

async function rejected(body: Record<string, unknown>) {
  const supplier = await verifiedSupplier(t);
  const response = await t.app.inject({
    method: "POST",
    url: "/v1/suppliers",
    headers: bearer(supplier.accessToken),
    payload: body,
  });
  return { supplier, problem: expectProblem(response, 400, "validation_failed") };
}

describe("rejecting bad profiles, naming the field, writing nothing", () => {
  it.each([
    ["an invalid tax code (check digit)", { taxCode: "0312687870" }, "body.taxCode"],
    ["a tax code of the wrong length", { taxCode: "12345" }, "body.taxCode"],
    ["an unknown category", { categories: ["packaging.spaceships"] }, "body.categories.0"],
    ["no category", { categories: [] }, "body.categories"],
    ["an unknown certification", { certifications: [{ code: "iso-99999" }] }, "body.certifications.0.code"],
    [
      "a malformed expiry date",
      { certifications: [{ code: "iso-9001", expiresOn: "31/12/2027" }] },
      "body.certifications.0.expiresOn",
    ],
    [
      "coordinates outside Vietnam",
      { location: { address: "1 Orchard Rd", province: "TP.HCM", lat: 1.3, lng: 103.8 } },
      "body.location.lat",
    ],
    [
      "a longitude outside Vietnam",
      { location: { address: "x", province: "TP.HCM", lat: 10.8, lng: 120 } },
      "body.location.lng",
    ],
    [
      "an address without province",
      { location: { address: "12 Lê Lợi", lat: 10.8, lng: 106.7 } },
      "body.location.province",
    ],
    [
      "an unknown province",
      { location: { address: "x", province: "Atlantis", lat: 10.8, lng: 106.7 } },
      "body.location.province",
    ],
    ["an unknown zone", { location: { zoneId: "kcn-atlantis" } }, "body.location.zoneId"],
    ["negative capacity", { monthlyCapacity: { value: -5, unit: "pieces" } }, "body.monthlyCapacity.value"],
    ["an unknown unit", { moq: { value: 5, unit: "boatloads" } }, "body.moq.unit"],
    ["an oversized description", { descriptionVi: "thùng carton ".repeat(500) }, "body.descriptionVi"],
    ["a year in the future", { yearFounded: 2999 }, "body.yearFounded"],
    ["a bad website", { website: "not a url" }, "body.website"],
  ])("rejects %s", async (_label, override, field) => {
    const { supplier, problem } = await rejected({ ...valid(1), ...override });
    expect(problemFields(problem)).toContain(field);
    const mine = await t.app.inject({
      method: "GET",
      url: "/v1/suppliers?mine=true",
      headers: bearer(supplier.accessToken),
    });
    expect(mine.json().total).toBe(0);
  });

  it.each([
    ["a javascript: website", { website: "javascript:alert(1)" }, "body.website", undefined],
    ["a data: website", { website: "data:text/html,<script>alert(1)</script>" }, "body.website", undefined],
    [
      "a right-to-left override in the legal name",
      { legalName: "Bao Bì \u202egpj.exe" },
      "body.legalName",
      "text_bidi_control",
    ],
    [
      "an isolate in the trade name",
      { tradeName: "Minh \u2067Phát\u2069" },
      "body.tradeName",
      "text_bidi_control",
    ],
    [
      "a NUL byte in the description",
      { descriptionVi: "Thùng carton\u0000" },
      "body.descriptionVi",
      "text_control_character",
    ],
    [
      "a line break in a product",
      { exampleProducts: ["thùng\ncarton"] },
      "body.exampleProducts.0",
      "text_line_break",
    ],
    [
      "a bell in the contact's name",
      { contact: { name: "Chị Lan\u0007" } },
      "body.contact.name",
      "text_control_character",
    ],
  ])("rejects %s, naming the field and why", async (_label, override, field, code) => {
    const { supplier, problem } = await rejected({ ...valid(1), ...override });
    expect(problem.errors).toEqual([expect.objectContaining({ field, ...(code ? { code } : {}) })]);
    const mine = await t.app.inject({
      method: "GET",
      url: "/v1/suppliers?mine=true",
      headers: bearer(supplier.accessToken),
    });
    expect(mine.json().total).toBe(0);
  });

  it("rejects a second profile for the same organisation and a tax code already registered", async () => {
    const supplier = await verifiedSupplier(t);
    await publishProfile(t, supplier, valid(2));
    const again = await t.app.inject({
      method: "POST",
      url: "/v1/suppliers",
      headers: bearer(supplier.accessToken),
      payload: valid(3),
    });
    expectProblem(again, 409, "conflict");
    const other = await verifiedSupplier(t);
    const sameTaxCode = await t.app.inject({
      method: "POST",
      url: "/v1/suppliers",
      headers: bearer(other.accessToken),
      payload: valid(2),
    });
    expect(problemFields(expectProblem(sameTaxCode, 409, "conflict"))).toEqual(["body.taxCode"]);
  });

  it("a rejected change leaves the stored profile as it was", async () => {
    const supplier = await verifiedSupplier(t);
    const { id } = await publishProfile(t, supplier, valid(4));
    const before = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${id}`,
      headers: bearer(supplier.accessToken),
    });
    const bad = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${id}`,
      headers: bearer(supplier.accessToken),
      payload: { legalName: "Tên mới", categories: ["nope"] },
    });
    expectProblem(bad, 400, "validation_failed");
    const after = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${id}`,
      headers: bearer(supplier.accessToken),
    });
    expect(after.json()).toEqual(before.json());
    const outbox = await t.deps.database.db.select().from(schema.searchOutbox);
    expect(outbox.filter((row) => row.entityId === id)).toHaveLength(1);
  });
});

describe("search parameters out of range", () => {
  it.each([
    ["categories=packaging.spaceships", "query.categories"],
    ["certifications=iso-99999", "query.certifications"],
    ["province=Atlantis", "query.province"],
    ["zone=kcn-atlantis", "query.zone"],
    ["near=1.3,103.8", "query.near"],
    ["near=nowhere", "query.near"],
    ["sort=distance", "query.sort"],
    ["radiusKm=10", "query.radiusKm"],
    ["near=kcn-vsip-1&radiusKm=0", "query.radiusKm"],
    ["near=kcn-vsip-1&radiusKm=9999", "query.radiusKm"],
    ["hitsPerPage=500", "query.hitsPerPage"],
    ["page=0", "query.page"],
    ["minCapacity=100", "query.capacityUnit"],
    ["minCapacity=-1&capacityUnit=pieces", "query.minCapacity"],
    ["sort=cheapest", "query.sort"],
    [`q=${"x".repeat(300)}`, "query.q"],
  ])("%s → 400 naming %s", async (query, field) => {
    const response = await t.app.inject({ method: "GET", url: `/v1/suppliers/search?${query}` });
    expect(problemFields(expectProblem(response, 400, "validation_failed"))).toContain(field);
  });

  it("answers 503, not 500, when Meilisearch is unreachable", async () => {
    const { buildApp } = await import("../../src/index.js");
    const { createSearchClient } = await import("@ketnoi/search");
    const broken = await buildApp({
      ...t.deps,
      search: createSearchClient({ url: "http://127.0.0.1:1", apiKey: "x" }),
    });
    const response = await broken.inject({ method: "GET", url: "/v1/suppliers/search?q=carton" });
    expectProblem(response, 503, "service_unavailable");
    await broken.close();
  });
});
