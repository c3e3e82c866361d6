import { accountRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  putQuote,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let admin: RegisteredAccount;
let buyer: RegisteredAccount;
let supplier: SupplierAccount;
let requestId: string;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  admin = await registerAccount(t, { orgName: "Ban Quản Trị" });
  await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
  buyer = await verifiedSupplier(t, ["buyer"]);
  supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Sai Số");
  await t.searchSynced(30_000);
  requestId = (await publishMatchedRequest(t, buyer)).id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("refused quote terms", () => {
  it.each([
    [{ unitPrice: { amount: 1, currency: "ABC" } }, "body.unitPrice.currency"],
    [{ vat: { ratePercent: 120, included: true } }, "body.vat.ratePercent"],
    [{ vat: { ratePercent: 10 } }, "body.vat.included"],
    [{ delivery: { kind: "incoterm", incoterm: "DAT", place: "Cát Lái" } }, "body.delivery.incoterm"],
    [{ delivery: { kind: "incoterm", incoterm: "FOB" } }, "body.delivery.place"],
    [{ paymentTerms: { days: 400 } }, "body.paymentTerms.days"],
    [{ paymentTerms: { days: 30, depositPercent: -5 } }, "body.paymentTerms.depositPercent"],
    [{ toolingCost: -1 }, "body.toolingCost"],
  ])("refuses %j naming %s, storing nothing", async (overrides, field) => {
    const problem = expectProblem(
      await putQuote(t, supplier, requestId, validQuote(overrides)),
      400,
      "validation_failed",
    );
    expect(problemFields(problem)).toContain(field);
    const own = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${requestId}/quote`,
      headers: bearer(supplier.accessToken),
    });
    expect(own.statusCode).toBe(404);
  });
});

describe("refused exchange rates", () => {
  const setRate = (currency: string, body: unknown, account: RegisteredAccount = admin) =>
    t.app.inject({
      method: "PUT",
      url: `/v1/admin/exchange-rates/${currency}`,
      headers: bearer(account.accessToken),
      payload: body as Record<string, unknown>,
    });

  it("refuses unknown currencies, VND itself, non-positive rates and future dates", async () => {
    expect(
      problemFields(expectProblem(await setRate("XYZ", { vndPerUnit: 1, rateDate: "2026-01-01" }), 400)),
    ).toContain("params.currency");
    expect(
      problemFields(expectProblem(await setRate("VND", { vndPerUnit: 1, rateDate: "2026-01-01" }), 400)),
    ).toContain("params.currency");
    expect(
      problemFields(expectProblem(await setRate("USD", { vndPerUnit: 0, rateDate: "2026-01-01" }), 400)),
    ).toContain("body.vndPerUnit");
    expect(
      problemFields(expectProblem(await setRate("USD", { vndPerUnit: 25_000, rateDate: "2999-01-01" }), 400)),
    ).toContain("body.rateDate");
  });

  it("is for platform admins only: 401 anonymous, 403 for a buyer", async () => {
    expectProblem(
      await t.app.inject({
        method: "PUT",
        url: "/v1/admin/exchange-rates/USD",
        payload: { vndPerUnit: 1, rateDate: "2026-01-01" },
      }),
      401,
    );
    expectProblem(await setRate("USD", { vndPerUnit: 1, rateDate: "2026-01-01" }, buyer), 403);
    expectProblem(
      await t.app.inject({
        method: "GET",
        url: "/v1/admin/exchange-rates",
        headers: bearer(buyer.accessToken),
      }),
      403,
    );
  });
});
