import { supplierRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  bearer,
  type RegisteredAccount,
  registerAccount,
  registerVerifiedAccount,
  tokenFromEmail,
  uniqueEmail,
} from "../helpers/accounts.js";
import { association, importDirectory } from "../helpers/onboarding.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let hiephoi: RegisteredAccount;
beforeAll(async () => {
  t = await createTestApp();
  hiephoi = await association(t);
});
afterAll(async () => {
  await t.close();
});

const ownerOf = async (n: number) =>
  (await supplierRepository.findSupplierByTaxCode(t.deps.database.db, taxCode(n)))?.organizationId ?? null;

async function imported(n: number, email?: string): Promise<string> {
  await importDirectory(t, hiephoi, [{ n, legalName: `Công ty Số ${n}`, ...(email ? { email } : {}) }]);
  const supplier = await supplierRepository.findSupplierByTaxCode(t.deps.database.db, taxCode(n));
  if (!supplier) throw new Error("not imported");
  return supplier.id;
}

const claim = (account: RegisteredAccount, supplierId: string) =>
  t.app.inject({
    method: "POST",
    url: `/v1/suppliers/${supplierId}/claims`,
    headers: bearer(account.accessToken),
    payload: { method: "email_link" },
  });
const confirm = (account: RegisteredAccount, token: string) =>
  t.app.inject({
    method: "POST",
    url: "/v1/claims/confirm",
    headers: bearer(account.accessToken),
    payload: { token },
  });

describe("claims that must not change ownership", () => {
  it("refuses a second claim while one is pending, from anyone", async () => {
    const contact = uniqueEmail("contact");
    const id = await imported(301, contact);
    const first = await registerVerifiedAccount(t, { orgName: "Người Nhận Đầu" });
    const second = await registerVerifiedAccount(t, { orgName: "Người Nhận Sau" });
    expect((await claim(first, id)).statusCode).toBe(201);
    const again = expectProblem(await claim(first, id), 409, "claim_pending");
    expect(again.detail).toMatch(/already asked/);
    const other = expectProblem(await claim(second, id), 409, "claim_pending");
    expect(other.detail).toMatch(/Another organisation/);
    expect(await ownerOf(301)).toBeNull();
  });

  it("replays a retried claim (same Idempotency-Key) instead of refusing it as a second claim", async () => {
    const contact = uniqueEmail("contact");
    const id = await imported(309, contact);
    const asker = await registerVerifiedAccount(t, { orgName: "Người Gửi Lại" });
    const send = () =>
      t.app.inject({
        method: "POST",
        url: `/v1/suppliers/${id}/claims`,
        headers: { ...bearer(asker.accessToken), "idempotency-key": "claim-309-retry" },
        payload: { method: "email_link" },
      });
    const first = await send();
    const retry = await send();
    expect(first.statusCode, first.body).toBe(201);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
  });

  it("refuses an already-claimed profile, and a link used twice", async () => {
    const contact = uniqueEmail("contact");
    const id = await imported(302, contact);
    const winner = await registerVerifiedAccount(t, { orgName: "Người Thắng" });
    expect((await claim(winner, id)).statusCode).toBe(201);
    const { token } = await tokenFromEmail(t, contact, "/claim/confirm");
    expect((await confirm(winner, token)).statusCode).toBe(200);

    expectProblem(await confirm(winner, token), 409, "claim_link_used");
    const late = await registerVerifiedAccount(t, { orgName: "Người Đến Muộn" });
    expectProblem(await claim(late, id), 409, "already_claimed");
    expect(await ownerOf(302)).toBe(winner.organizationId);
  });

  it("refuses an expired link, and then lets a new claim start", async () => {
    const contact = uniqueEmail("contact");
    const id = await imported(303, contact);
    const slow = await registerVerifiedAccount(t, { orgName: "Người Chậm" });
    expect((await claim(slow, id)).statusCode).toBe(201);
    const { token } = await tokenFromEmail(t, contact, "/claim/confirm");
    t.advanceClock(73 * 3_600_000);
    expectProblem(await confirm(slow, token), 410, "link_expired");
    expect(await ownerOf(303)).toBeNull();
    // The expired link no longer holds the profile.
    expect((await claim(slow, id)).statusCode).toBe(201);
  });

  it("refuses a link used by another organisation than the one that asked", async () => {
    const contact = uniqueEmail("contact");
    const id = await imported(304, contact);
    const asker = await registerVerifiedAccount(t, { orgName: "Người Hỏi" });
    const stranger = await registerVerifiedAccount(t, { orgName: "Người Lạ" });
    expect((await claim(asker, id)).statusCode).toBe(201);
    const { token } = await tokenFromEmail(t, contact, "/claim/confirm");
    expectProblem(await confirm(stranger, token), 403, "forbidden");
    expect(await ownerOf(304)).toBeNull();
  });

  it("refuses a profile without a contact email for the email method, naming the field", async () => {
    const id = await imported(305);
    const asker = await registerVerifiedAccount(t);
    const problem = expectProblem(await claim(asker, id), 400, "validation_failed");
    expect(problemFields(problem)).toEqual(["body.method"]);
  });

  it("refuses an organisation that already manages a profile", async () => {
    const firstContact = uniqueEmail("a");
    const first = await imported(306, firstContact);
    const second = await imported(307, uniqueEmail("b"));
    const owner = await registerVerifiedAccount(t, { orgName: "Hai Hồ Sơ" });
    expect((await claim(owner, first)).statusCode).toBe(201);
    const { token } = await tokenFromEmail(t, firstContact, "/claim/confirm");
    expect((await confirm(owner, token)).statusCode).toBe(200);
    expectProblem(await claim(owner, second), 409, "conflict");
    expect(await ownerOf(307)).toBeNull();
  });

  it("answers an unknown link, an unknown profile, an unverified account and a non-owner clearly", async () => {
    const asker = await registerVerifiedAccount(t);
    expectProblem(await confirm(asker, "not-a-real-token"), 400, "invalid_token");
    expectProblem(await claim(asker, "0190a0b0-0000-7000-8000-000000000001"), 404, "not_found");
    const unverified = await registerAccount(t);
    const id = await imported(308, uniqueEmail("c"));
    expectProblem(await claim(unverified, id), 403, "email_not_verified");
    const member = await addMember(t, asker);
    expectProblem(await claim({ ...asker, accessToken: member.accessToken }, id), 403, "forbidden");
    const noToken = await t.app.inject({
      method: "POST",
      url: "/v1/claims/confirm",
      payload: { token: "x" },
    });
    expectProblem(noToken, 401);
  });
});
