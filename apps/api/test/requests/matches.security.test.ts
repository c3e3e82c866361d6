import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer } from "../helpers/accounts.js";
import { createRequest, requestBody } from "../helpers/requests.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("who sees matches", () => {
  it("hides a request's matches from other organisations, even suppliers, as 404", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const request = await createRequest(t, buyer, requestBody({ publish: true }));
    const own = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${request.id}/matches`,
      headers: bearer(buyer.accessToken),
    });
    expect(own.statusCode, own.body).toBe(200);

    for (const roles of [["buyer"], ["supplier"]] as const) {
      const other = await verifiedSupplier(t, [...roles]);
      const response = await t.app.inject({
        method: "GET",
        url: `/v1/requests/${request.id}/matches`,
        headers: bearer(other.accessToken),
      });
      expect(response.statusCode, roles.join()).toBe(404);
    }
  });

  it("shows a supplier's matched requests only to its own organisation", async () => {
    const supplier = await verifiedSupplier(t, ["supplier"]);
    const profile = await publishProfile(t, supplier, {
      legalName: "Công ty TNHH Bao Bì An Lạc",
      taxCode: taxCode(801),
      categories: ["packaging.corrugated-cartons"],
      languages: ["vi"],
      location: { zoneId: "kcn-vsip-1" },
    });
    const own = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${profile.id}/matches`,
      headers: bearer(supplier.accessToken),
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toEqual({ items: [] });

    const buyer = await verifiedSupplier(t, ["buyer"]);
    const other = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${profile.id}/matches`,
      headers: bearer(buyer.accessToken),
    });
    expect(other.statusCode).toBe(404);
  });
});
