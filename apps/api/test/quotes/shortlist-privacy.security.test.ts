// The shortlist is the buyer's private working list: no response a supplier can read mentions it, before or
// after the award, whatever the supplier calls.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { attachmentsOf, sampleFiles, upload } from "../helpers/attachments.js";
import {
  award,
  decline,
  mouldingSupplier,
  publishMatchedRequest,
  putQuote,
  quoted,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let shortlistedSupplier: SupplierAccount;
let otherSupplier: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  shortlistedSupplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Được Chọn");
  otherSupplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Còn Lại");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** Every route a supplier reads a request or its own answer through, with the body it got. */
async function supplierFacingBodies(
  supplier: SupplierAccount,
  requestId: string,
): Promise<[string, string][]> {
  const get = (url: string) => t.app.inject({ method: "GET", url, headers: bearer(supplier.accessToken) });
  const calls: [string, Promise<{ statusCode: number; body: string }>][] = [
    ["GET request", get(`/v1/requests/${requestId}`)],
    ["GET own quote", get(`/v1/requests/${requestId}/quote`)],
    ["GET own matches", get(`/v1/suppliers/${supplier.profileId}/matches`)],
    ["GET attachments", attachmentsOf(t, supplier, requestId)],
    ["GET requests", get("/v1/requests")],
    ["GET me", get("/v1/me")],
  ];
  const bodies: [string, string][] = [];
  for (const [name, call] of calls) bodies.push([name, (await call).body]);
  return bodies;
}

const mentionsShortlist = (body: string) => /shortlist/i.test(body);

describe("the shortlist never reaches a supplier", () => {
  it("is absent from every response a supplier gets, while open and after the award", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const quote = await quoted(t, shortlistedSupplier, request.id);
    await quoted(t, otherSupplier, request.id);
    const shortlist = await t.app.inject({
      method: "PUT",
      url: `/v1/requests/${request.id}/quotes/${quote.id}/shortlist`,
      headers: bearer(buyer.accessToken),
      payload: { shortlisted: true },
    });
    expect(shortlist.statusCode).toBe(200);
    expect(shortlist.json().shortlisted).toBe(true);

    const writes = [
      await putQuote(t, shortlistedSupplier, request.id, validQuote({ leadTimeDays: 12 })),
      await upload(t, shortlistedSupplier, request.id, "quote", "price.pdf", sampleFiles.pdf()),
    ];
    for (const write of writes) {
      expect(write.statusCode, write.body).toBeLessThan(300);
      expect(mentionsShortlist(write.body), write.body).toBe(false);
    }
    for (const supplier of [shortlistedSupplier, otherSupplier]) {
      for (const [name, body] of await supplierFacingBodies(supplier, request.id)) {
        expect(mentionsShortlist(body), `${name}: ${body}`).toBe(false);
      }
    }

    expect((await award(t, buyer, request.id, quote.id)).statusCode).toBe(200);
    for (const [name, body] of await supplierFacingBodies(shortlistedSupplier, request.id)) {
      expect(mentionsShortlist(body), `${name}: ${body}`).toBe(false);
    }
  });

  it("is absent from a decline's answer", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 3.000 vỏ nhựa PP" });
    await quoted(t, otherSupplier, request.id);
    const declined = await decline(t, otherSupplier, request.id, { reason: "capacity_full" });
    expect(declined.statusCode).toBe(200);
    expect(mentionsShortlist(declined.body)).toBe(false);
  });

  it("is not part of any schema the supplier routes answer with", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    const own = JSON.stringify(document.components.schemas.OwnResponse);
    expect(own).toContain("revision");
    expect(mentionsShortlist(own)).toBe(false);
    for (const [path, method] of [
      ["/v1/requests/{id}/quote", "get"],
      ["/v1/requests/{id}/quote", "put"],
      ["/v1/requests/{id}/decline", "post"],
      ["/v1/suppliers/{id}/matches", "get"],
    ] as const) {
      const responses = JSON.stringify(document.paths[path][method].responses);
      expect(mentionsShortlist(responses), `${method} ${path}`).toBe(false);
    }
  });
});
