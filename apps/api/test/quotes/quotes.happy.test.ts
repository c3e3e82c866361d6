import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import {
  award,
  decline,
  mouldingSupplier,
  publishMatchedRequest,
  putQuote,
  quoted,
  quotesOf,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { optInToImmediateNotifications } from "../helpers/notifications.js";
import { getRequest } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let daiViet: SupplierAccount;
let binhAn: SupplierAccount;
let tanPhu: SupplierAccount;

beforeAll(async () => {
  // Emails about one request are paced; a short pause lets the revision's email arrive during the test.
  t = await createTestApp({ withWorker: true, notificationGatherMs: 1000 });
  buyer = await verifiedSupplier(t, ["buyer"]);
  daiViet = await mouldingSupplier(t, "Công ty TNHH Nhựa Đại Việt");
  binhAn = await mouldingSupplier(t, "Công ty TNHH Nhựa Bình An");
  tanPhu = await mouldingSupplier(t, "Công ty TNHH Nhựa Tân Phú");
  // Immediate notifications are opt-in; everyone here asked for them.
  for (const account of [buyer, daiViet, binhAn, tanPhu])
    await optInToImmediateNotifications(t, account.accessToken);
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function supplierMatches(supplier: SupplierAccount) {
  const response = await t.app.inject({
    method: "GET",
    url: `/v1/suppliers/${supplier.profileId}/matches`,
    headers: bearer(supplier.accessToken),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as {
    request: { id: string };
    response: { kind: string; outcome: string; revision: number } | null;
    buyerAwardRate: { awarded: number; ended: number; rate: number | null };
  }[];
}

describe("suppliers answering a request they matched", () => {
  it("creates a quote, revises it, and emails the buyer about the quote and then the revision", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const first = await putQuote(t, daiViet, request.id, validQuote());
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      kind: "quote",
      revision: 1,
      outcome: "pending",
      supplier: { id: daiViet.profileId, legalName: "Công ty TNHH Nhựa Đại Việt" },
      quote: {
        unitPrice: { amount: 12_500, currency: "VND" },
        estimatedTotal: { amount: 125_000_000, currency: "VND" },
        leadTimeDays: 14,
        deliversInTime: true,
      },
      match: { verdict: "match" },
    });
    const email = await t.smtp.waitFor(buyer.email, { predicate: (m) => m.subject.includes("Đại Việt") });
    expect(email.subject).toBe("Báo giá mới từ Công ty TNHH Nhựa Đại Việt: Cần 10.000 vỏ nhựa ABS ép phun");
    expect(email.text).toContain("12.500 VND / cái");
    expect(email.text).toContain(`http://ketnoi.test/requests/${request.id}/quotes`);

    const revised = await putQuote(
      t,
      daiViet,
      request.id,
      validQuote({ unitPrice: { amount: 11_900, currency: "VND" } }),
    );
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json()).toMatchObject({
      id: first.json().id,
      revision: 2,
      quote: { unitPrice: { amount: 11_900 } },
    });
    const revisedEmail = await t.smtp.waitFor(buyer.email, {
      predicate: (m) => m.subject.includes("cập nhật"),
    });
    expect(revisedEmail.text).toContain("11.900 VND / cái");

    const own = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${request.id}/quote`,
      headers: bearer(daiViet.accessToken),
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ revision: 2, quote: { unitPrice: { amount: 11_900 } } });
    const mine = (await supplierMatches(daiViet)).find((item) => item.request.id === request.id);
    expect(mine?.response).toMatchObject({ kind: "quote", outcome: "pending", revision: 2 });
  });

  it("records a decline with its reason, and lets a decline turn into a quote before the deadline", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const declined = await decline(t, binhAn, request.id, {
      reason: "capacity_full",
      note: "Kín lịch đến tháng 3",
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      kind: "decline",
      quote: null,
      decline: { reason: "capacity_full" },
      message: "Kín lịch đến tháng 3",
    });
    const changedMind = await putQuote(t, binhAn, request.id, validQuote());
    expect(changedMind.statusCode, changedMind.body).toBe(200);
    expect(changedMind.json()).toMatchObject({ kind: "quote", decline: null, revision: 2 });
  });
});

describe("the buyer comparing, shortlisting and awarding", () => {
  it("compares quotes side by side, shortlists, awards one and tells every quoting supplier", async () => {
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 10.000 nắp nhựa PP ép phun" });
    const cheap = await quoted(
      t,
      binhAn,
      request.id,
      validQuote({ unitPrice: { amount: 9_800, currency: "VND" }, leadTimeDays: 20 }),
    );
    const fast = await quoted(
      t,
      daiViet,
      request.id,
      validQuote({ unitPrice: { amount: 12_000, currency: "VND" }, leadTimeDays: 7 }),
    );
    const inDollars = await quoted(
      t,
      tanPhu,
      request.id,
      validQuote({ unitPrice: { amount: 0.45, currency: "USD" } }),
    );

    const all = await quotesOf(t, buyer, request.id);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().items).toHaveLength(3);
    // Grouped by currency, cheapest first within each.
    const vnd = all
      .json()
      .items.filter(
        (i: { quote: { unitPrice: { currency: string } } }) => i.quote.unitPrice.currency === "VND",
      );
    expect(vnd.map((i: { id: string }) => i.id)).toEqual([cheap.id, fast.id]);
    expect(all.json().summary).toMatchObject({
      missingRates: ["USD"],
      lowestTotalVnd: { responseIds: [cheap.id] },
      quotes: 3,
      declines: 0,
      shortlisted: 0,
      lowestUnitPrice: [
        { amount: 0.45, currency: "USD", responseId: inDollars.id },
        { amount: 9_800, currency: "VND", responseId: cheap.id },
      ],
      shortestLeadTime: { days: 7, responseId: fast.id },
    });

    for (const id of [cheap.id, fast.id]) {
      const listed = await t.app.inject({
        method: "PUT",
        url: `/v1/requests/${request.id}/quotes/${id}/shortlist`,
        headers: bearer(buyer.accessToken),
        payload: { shortlisted: true },
      });
      expect(listed.statusCode, listed.body).toBe(200);
      expect(listed.json().shortlisted).toBe(true);
    }
    const shortlist = await quotesOf(t, buyer, request.id, "?shortlisted=true");
    expect(shortlist.json().items.map((i: { id: string }) => i.id)).toEqual([cheap.id, fast.id]);

    const awarded = await award(t, buyer, request.id, fast.id);
    expect(awarded.statusCode, awarded.body).toBe(200);
    expect(awarded.json()).toMatchObject({ status: "awarded" });
    expect((await getRequest(t, buyer, request.id)).json().status).toBe("awarded");

    const after = (await quotesOf(t, buyer, request.id)).json().items as { id: string; outcome: string }[];
    expect(Object.fromEntries(after.map((i) => [i.id, i.outcome]))).toEqual({
      [cheap.id]: "not_awarded",
      [fast.id]: "awarded",
      [inDollars.id]: "not_awarded",
    });
    const won = await t.smtp.waitFor(daiViet.email, { predicate: (m) => m.subject.includes("nắp nhựa") });
    expect(won.subject).toBe("Báo giá của bạn đã được chọn: Cần 10.000 nắp nhựa PP ép phun");
    const lost = await t.smtp.waitFor(binhAn.email, { predicate: (m) => m.subject.includes("nắp nhựa") });
    expect(lost.subject).toBe("Yêu cầu đã được trao: Cần 10.000 nắp nhựa PP ép phun");
    expect(lost.text).toContain(`http://ketnoi.test/supplier/requests/${request.id}`);
    await t.smtp.waitFor(tanPhu.email, { predicate: (m) => m.subject.includes("nắp nhựa") });
  });

  it("shows suppliers the buyer's award rate: awarded over ended requests", async () => {
    const newBuyer = await verifiedSupplier(t, ["buyer"]);
    const awardedOne = await publishMatchedRequest(t, newBuyer);
    const quote = await quoted(t, tanPhu, awardedOne.id);
    expect((await award(t, newBuyer, awardedOne.id, quote.id)).statusCode).toBe(200);
    const closedOne = await publishMatchedRequest(t, newBuyer);
    const closed = await t.app.inject({
      method: "PATCH",
      url: `/v1/requests/${closedOne.id}`,
      headers: bearer(newBuyer.accessToken),
      payload: { status: "closed" },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const open = await publishMatchedRequest(t, newBuyer);

    const item = (await supplierMatches(tanPhu)).find((i) => i.request.id === open.id);
    expect(item?.buyerAwardRate).toEqual({ awarded: 1, ended: 2, rate: 0.5 });
  });
});
