import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAccount } from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import {
  createRequest,
  getRequest,
  patchRequest,
  postRequest,
  requestBody,
  requestCount,
} from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const verifiedBuyer = () => verifiedSupplier(t, ["buyer"]);

describe("who may write sourcing requests", () => {
  it("an unverified buyer cannot create one (403 email_not_verified), and nothing is written", async () => {
    const unverified = await registerAccount(t, { roles: ["buyer"] });
    expectProblem(
      await postRequest(t, unverified, requestBody({ publish: true })),
      403,
      "email_not_verified",
    );
    expect(await requestCount(t, unverified)).toBe(0);
  });

  it("a supplier-only organisation cannot create one (403 forbidden), and nothing is written", async () => {
    const supplier = await verifiedSupplier(t);
    expectProblem(await postRequest(t, supplier, requestBody({ publish: true })), 403, "forbidden");
    expect(await requestCount(t, supplier)).toBe(0);
  });
});

describe("another organisation", () => {
  it("cannot read a draft (404), nor a request once it is closed", async () => {
    const buyerA = await verifiedBuyer();
    const buyerB = await verifiedBuyer();
    const draft = await createRequest(t, buyerA, requestBody());
    expectProblem(await getRequest(t, buyerB, draft.id), 404, "not_found");

    const open = await createRequest(t, buyerA, requestBody({ publish: true }));
    expect((await getRequest(t, buyerB, open.id)).statusCode).toBe(200);
    expect((await patchRequest(t, buyerA, open.id, { status: "closed" })).statusCode).toBe(200);
    expectProblem(await getRequest(t, buyerB, open.id), 404, "not_found");
  });

  it("cannot change, publish or cancel a request (404), and it stays unchanged", async () => {
    const buyerA = await verifiedBuyer();
    const buyerB = await verifiedBuyer();
    const draft = await createRequest(t, buyerA, requestBody());
    const open = await createRequest(t, buyerA, requestBody({ publish: true }));
    for (const [request, patch] of [
      [draft, { status: "open" }],
      [draft, { title: "Bị chiếm quyền" }],
      [open, { status: "cancelled" }],
      [open, { description: "Bị chiếm quyền" }],
    ] as const) {
      const before = (await getRequest(t, buyerA, request.id)).json();
      expectProblem(await patchRequest(t, buyerB, request.id, patch), 404, "not_found");
      expect((await getRequest(t, buyerA, request.id)).json()).toEqual(before);
    }
    expect(await requestCount(t, buyerB)).toBe(0);
  });

  it("does not list another organisation's requests", async () => {
    const buyerA = await verifiedBuyer();
    const buyerB = await verifiedBuyer();
    await createRequest(t, buyerA, requestBody({ publish: true }));
    expect(await requestCount(t, buyerB)).toBe(0);
  });
});
