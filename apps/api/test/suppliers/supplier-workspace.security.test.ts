import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { mouldingSupplier, publishMatchedRequest, type SupplierAccount } from "../helpers/marketplace.js";
import { createRequest, matchingSettled, requestBody } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let supplier: SupplierAccount;
let rival: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Sông Hồng");
  rival = await mouldingSupplier(t, "Công ty TNHH Nhựa Sông Đà");
  // A request's matching runs as soon as it is published, against the suppliers indexed by then: these tests
  // start from suppliers already searchable (and their own reverse runs over), as a marketplace's are.
  await matchingSettled(t);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const call = (account: RegisteredAccount, method: "GET" | "PUT", url: string) =>
  t.app.inject({ method, url, headers: bearer(account.accessToken) });

describe("a supplier's workspace is its own", () => {
  it("answers 404 for another organisation's supplier, leaving its requests unseen", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const base = `/v1/suppliers/${supplier.profileId}`;
    for (const [method, url] of [
      ["GET", `${base}/matches/${request.id}`],
      ["PUT", `${base}/matches/${request.id}/seen`],
      ["GET", `${base}/missed-requests`],
    ] as const) {
      const response = await call(rival, method, url);
      expect(response.statusCode, url).toBe(404);
    }
    const own = await call(supplier, "GET", `${base}/matches/${request.id}`);
    expect(own.json().state).toBe("new");
  });

  it("answers 404 for a request the supplier was not matched to", async () => {
    const carton = await createRequest(t, buyer, requestBody({ publish: true }));
    const base = `/v1/suppliers/${supplier.profileId}/matches/${carton.id}`;
    expect((await call(supplier, "GET", base)).statusCode).toBe(404);
    expect((await call(supplier, "PUT", `${base}/seen`)).statusCode).toBe(404);
  });
});
