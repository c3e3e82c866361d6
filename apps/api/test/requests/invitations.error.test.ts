// Invitations refused: someone else's request (404, as if it did not exist), a draft (409), a supplier that is
// not there to invite (400 naming body.supplierId), and more new invitations in a day than the limit (429).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { mouldingRequestBody, mouldingSupplier, type SupplierAccount } from "../helpers/marketplace.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { createRequest } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let otherBuyer: RegisteredAccount;
let moulder: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp();
  buyer = await verifiedSupplier(t, ["buyer"]);
  otherBuyer = await verifiedSupplier(t, ["buyer"]);
  moulder = await mouldingSupplier(t, "Công ty TNHH Nhựa Hiệp Phước");
}, 60_000);
afterAll(async () => {
  await t.close();
});

const invite = (account: RegisteredAccount, requestId: string, supplierId: unknown) =>
  t.app.inject({
    method: "POST",
    url: `/v1/requests/${requestId}/invitations`,
    headers: { ...bearer(account.accessToken), "idempotency-key": randomUUID() },
    payload: { supplierId },
  });

describe("invitations refused", () => {
  it("answers 404 to another organisation, for inviting and for reading, and invites nobody", async () => {
    const request = await createRequest(t, buyer, mouldingRequestBody());
    expectProblem(await invite(otherBuyer, request.id, moulder.profileId), 404, "not_found");
    const listed = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${request.id}/invitations`,
      headers: bearer(otherBuyer.accessToken),
    });
    expectProblem(listed, 404, "not_found");
    // A supplier organisation cannot invite at all.
    expectProblem(await invite(moulder, request.id, moulder.profileId), 403, "forbidden");
    const own = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${request.id}/invitations`,
      headers: bearer(buyer.accessToken),
    });
    expect(own.json().items).toEqual([]);
  });

  it("refuses a draft with 409: only published requests take invitations", async () => {
    const draft = await createRequest(t, buyer, mouldingRequestBody({ publish: false }));
    const problem = expectProblem(await invite(buyer, draft.id, moulder.profileId), 409, "conflict");
    expect(problem.detail).toMatch(/draft/);
  });

  it("names body.supplierId for a supplier that is not a published, claimed profile of someone else", async () => {
    const request = await createRequest(t, buyer, mouldingRequestBody());
    for (const supplierId of ["not-a-uuid", randomUUID()]) {
      const problem = expectProblem(await invite(buyer, request.id, supplierId), 400, "validation_failed");
      expect(problemFields(problem)).toEqual(["body.supplierId"]);
    }
    const paused = await mouldingSupplier(t, "Công ty TNHH Nhựa Tạm Nghỉ");
    const pause = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${paused.profileId}`,
      headers: bearer(paused.accessToken),
      payload: { status: "paused" },
    });
    expect(pause.statusCode, pause.body).toBe(200);
    const problem = expectProblem(
      await invite(buyer, request.id, paused.profileId),
      400,
      "validation_failed",
    );
    expect(problem.errors?.[0]).toMatchObject({
      field: "body.supplierId",
      message: "is not a published supplier",
    });
  });

  it("allows 10 new invitations per request in 24 hours, then 429 naming the limit, and repeats still answer", async () => {
    const request = await createRequest(t, buyer, mouldingRequestBody({ title: "Cần 8.000 vỏ nhựa PP" }));
    const suppliers: SupplierAccount[] = [];
    for (let n = 0; n < 11; n++) suppliers.push(await mouldingSupplier(t, `Công ty TNHH Nhựa Số ${n + 1}`));
    for (const supplier of suppliers.slice(0, 10)) {
      const invited = await invite(buyer, request.id, supplier.profileId);
      expect(invited.statusCode, invited.body).toBe(201);
    }
    const eleventh = suppliers[10] as SupplierAccount;
    const refused = await invite(buyer, request.id, eleventh.profileId);
    const problem = expectProblem(refused, 429, "rate_limited");
    expect(problem).toMatchObject({ limit: "request_invitations" });
    expect(problem.detail).toMatch(/At most 10 suppliers/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(23 * 3600);
    // An invitation made before is not a new one: still answered.
    expect((await invite(buyer, request.id, (suppliers[0] as SupplierAccount).profileId)).statusCode).toBe(
      200,
    );
    // A day later the window has moved on.
    t.advanceClock(24 * 3600 * 1000 + 1000);
    const nextDay = await invite(buyer, request.id, eleventh.profileId);
    expect(nextDay.statusCode, nextDay.body).toBe(201);
  }, 60_000);
});
