import { requestResponseRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import {
  award,
  mouldingSupplier,
  publishMatchedRequest,
  putQuote,
  quoted,
  quotesOf,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { expectProblem } from "../helpers/problems.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyerA: RegisteredAccount;
let buyerB: RegisteredAccount;
let supplierOne: SupplierAccount;
let supplierTwo: SupplierAccount;
let requestId: string;
let quoteOne: { id: string };

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyerA = await verifiedSupplier(t, ["buyer"]);
  buyerB = await verifiedSupplier(t, ["buyer"]);
  supplierOne = await mouldingSupplier(t, "Công ty TNHH Nhựa Số Một");
  supplierTwo = await mouldingSupplier(t, "Công ty TNHH Nhựa Số Hai");
  await t.searchSynced(30_000);
  requestId = (await publishMatchedRequest(t, buyerA)).id;
  quoteOne = await quoted(t, supplierOne, requestId);
  await quoted(t, supplierTwo, requestId);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const stored = async () =>
  (
    await requestResponseRepository.listResponsesForRequest(t.deps.database.db, requestId, {
      shortlistedOnly: false,
    })
  )
    .map(({ response }) => response)
    .sort((a, b) => a.id.localeCompare(b.id));

describe("who sees and decides on quotes", () => {
  it("hides a request's quotes from another buyer organisation as 404", async () => {
    expectProblem(await quotesOf(t, buyerB, requestId), 404, "not_found");
  });

  it("never shows one supplier another supplier's quote", async () => {
    expectProblem(await quotesOf(t, supplierTwo, requestId), 404, "not_found");
    const own = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${requestId}/quote`,
      headers: bearer(supplierTwo.accessToken),
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().id).not.toBe(quoteOne.id);
    expect(own.json().supplier.id).toBe(supplierTwo.profileId);
  });

  it("lets neither another buyer nor a supplier shortlist or award, and changes nothing", async () => {
    const before = await stored();
    for (const intruder of [buyerB, supplierTwo]) {
      const shortlist = await t.app.inject({
        method: "PUT",
        url: `/v1/requests/${requestId}/quotes/${quoteOne.id}/shortlist`,
        headers: bearer(intruder.accessToken),
        payload: { shortlisted: true },
      });
      expectProblem(shortlist, 404, "not_found");
    }
    expectProblem(await award(t, buyerB, requestId, quoteOne.id), 404, "not_found");
    // A supplier organisation is not a buyer at all.
    expectProblem(await award(t, supplierTwo, requestId, quoteOne.id), 403, "forbidden");
    expect(await stored()).toEqual(before);
  });

  it("requires a session for every quote route", async () => {
    // Valid bodies: validation runs before authentication, and this checks the latter.
    const routes = [
      { method: "PUT", url: `/v1/requests/${requestId}/quote`, payload: validQuote() },
      { method: "GET", url: `/v1/requests/${requestId}/quote` },
      { method: "POST", url: `/v1/requests/${requestId}/decline`, payload: { reason: "other" } },
      { method: "GET", url: `/v1/requests/${requestId}/quotes` },
      {
        method: "PUT",
        url: `/v1/requests/${requestId}/quotes/${quoteOne.id}/shortlist`,
        payload: { shortlisted: true },
      },
      { method: "POST", url: `/v1/requests/${requestId}/award`, payload: { responseId: quoteOne.id } },
    ] as const;
    const before = await stored();
    for (const route of routes) {
      for (const authorization of [undefined, "Bearer not-a-token"]) {
        const response = await t.app.inject({
          ...route,
          headers: authorization ? { authorization } : {},
        });
        expectProblem(response, 401, "unauthorized");
      }
    }
    expect(await stored()).toEqual(before);
  });
});

describe("revising a quote", () => {
  it("takes 10 changes an hour per request and supplier; the 11th is refused and changes nothing", async () => {
    const request = await publishMatchedRequest(t, buyerB);
    // Each revision a different price, so every one is a real change that would email the buyer.
    for (let i = 0; i < 10; i++) {
      const response = await putQuote(
        t,
        supplierOne,
        request.id,
        validQuote({ unitPrice: { amount: 12_000 + i, currency: "VND" } }),
      );
      expect([200, 201], response.body).toContain(response.statusCode);
    }
    // Resending the current terms is no revision and does not count against the limit.
    const repeated = await putQuote(
      t,
      supplierOne,
      request.id,
      validQuote({ unitPrice: { amount: 12_009, currency: "VND" } }),
    );
    expect(repeated.statusCode, repeated.body).toBe(200);
    const refused = await putQuote(
      t,
      supplierOne,
      request.id,
      validQuote({ unitPrice: { amount: 9_999, currency: "VND" } }),
    );
    expectProblem(refused, 429, "rate_limited");
    expect(refused.json().limit).toBe("quoteRevisionsPerResponse");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    const own = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${request.id}/quote`,
      headers: bearer(supplierOne.accessToken),
    });
    expect(own.json()).toMatchObject({ revision: 10, quote: { unitPrice: { amount: 12_009 } } });
    // The limit is per answer: another supplier on the same request still quotes.
    expect((await putQuote(t, supplierTwo, request.id, validQuote())).statusCode).toBe(201);
  });
});
