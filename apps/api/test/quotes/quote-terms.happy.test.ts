import { accountRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  quotesOf,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let admin: RegisteredAccount;
let buyer: RegisteredAccount;
let vndSupplier: SupplierAccount;
let usdSupplier: SupplierAccount;
let eurSupplier: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  admin = await registerAccount(t, { orgName: "Ban Quản Trị Kết Nối" });
  await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
  buyer = await verifiedSupplier(t, ["buyer"]);
  vndSupplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Việt");
  usdSupplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Xuất Khẩu");
  eurSupplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Châu Âu");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const today = () => new Date().toISOString().slice(0, 10);
const setRate = (currency: string, body: unknown, account = admin) =>
  t.app.inject({
    method: "PUT",
    url: `/v1/admin/exchange-rates/${currency}`,
    headers: bearer(account.accessToken),
    payload: body as Record<string, unknown>,
  });

interface ComparisonItem {
  id: string;
  supplier: { legalName: string };
  quote: Record<string, unknown> | null;
  figures: {
    total: { amount: number; currency: string };
    totalWithVat: { amount: number; currency: string } | null;
    vnd: { unitPrice: number; total: number } | null;
    conversion: string;
    rate: { currency: string; vndPerUnit: number; rateDate: string } | null;
    lowestIn: string[];
  } | null;
}

describe("quote terms and the comparison", () => {
  it("keeps every term of a quote and shows it to the buyer", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const body = validQuote({
      unitPrice: { amount: 12_000, currency: "VND" },
      vat: { ratePercent: 8, included: false },
      delivery: { kind: "incoterm", incoterm: "DAP", place: "KCN VSIP 1" },
      paymentTerms: { days: 30, depositPercent: 20 },
      toolingCost: 45_000_000,
      sampleCost: 1_500_000,
    });
    await quoted(t, vndSupplier, request.id, body);
    const item = ((await quotesOf(t, buyer, request.id)).json().items as ComparisonItem[])[0];
    expect(item?.quote).toMatchObject({
      unitPrice: { amount: 12_000, currency: "VND" },
      vat: { ratePercent: 8, included: false },
      delivery: { kind: "incoterm", incoterm: "DAP", place: "KCN VSIP 1" },
      paymentTerms: { days: 30, depositPercent: 20 },
      toolingCost: { amount: 45_000_000, currency: "VND" },
      sampleCost: { amount: 1_500_000, currency: "VND" },
    });
    // 12,000 × 10,000 pieces + 45,000,000 + 1,500,000, then 8 % VAT on top.
    expect(item?.figures?.total).toEqual({ amount: 166_500_000, currency: "VND" });
    expect(item?.figures?.totalWithVat).toEqual({ amount: 179_820_000, currency: "VND" });
  });

  it("converts at the admins' rate, names it, marks the lowest after conversion, and never guesses a missing rate", async () => {
    expect((await setRate("USD", { vndPerUnit: 24_000, rateDate: "2026-01-02" })).statusCode).toBe(200);
    const set = await setRate("USD", { vndPerUnit: 25_000, rateDate: today() });
    expect(set.statusCode, set.body).toBe(200);

    const request = await publishMatchedRequest(t, buyer, {
      title: "Cần 10.000 vỏ nhựa ABS ép phun, so sánh",
    });
    await quoted(t, vndSupplier, request.id, validQuote({ unitPrice: { amount: 9_600, currency: "VND" } }));
    await quoted(t, usdSupplier, request.id, validQuote({ unitPrice: { amount: 0.36, currency: "USD" } }));
    await quoted(t, eurSupplier, request.id, validQuote({ unitPrice: { amount: 0.2, currency: "EUR" } }));

    const comparison = (await quotesOf(t, buyer, request.id)).json();
    const byCurrency = (currency: string) =>
      (comparison.items as ComparisonItem[]).find((item) => item.figures?.total.currency === currency);
    expect(byCurrency("USD")?.figures).toMatchObject({
      conversion: "converted",
      rate: { currency: "USD", vndPerUnit: 25_000, rateDate: today() },
      vnd: { unitPrice: 9_000, total: 90_000_000 },
    });
    expect(byCurrency("USD")?.figures?.lowestIn).toContain("unitPrice");
    expect(byCurrency("VND")?.figures?.lowestIn).not.toContain("unitPrice");
    expect(byCurrency("EUR")?.figures).toMatchObject({ conversion: "no_rate", vnd: null, rate: null });
    expect(byCurrency("EUR")?.figures?.lowestIn).not.toContain("unitPrice");
    expect(comparison.summary).toMatchObject({
      quantity: { value: 10_000, unit: "pieces" },
      ratesUsed: [{ currency: "USD", vndPerUnit: 25_000, rateDate: today() }],
      missingRates: ["EUR"],
      lowestTotalVnd: { amount: 90_000_000, responseIds: [byCurrency("USD")?.id] },
    });
  });

  it("lists the rates for admins, newest first", async () => {
    const listed = await t.app.inject({
      method: "GET",
      url: "/v1/admin/exchange-rates",
      headers: bearer(admin.accessToken),
    });
    expect(listed.statusCode).toBe(200);
    const usd = (listed.json().items as { currency: string; rateDate: string }[]).filter(
      (r) => r.currency === "USD",
    );
    expect(usd.map((r) => r.rateDate)).toEqual([today(), "2026-01-02"]);
  });
});
