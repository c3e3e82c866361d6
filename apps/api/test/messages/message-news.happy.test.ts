// Emails about messages, paced with the quote news per person and request: the first email about a request
// leaves at once, what happens in the pause after it is gathered into one more email, a quote first heard of
// after its revision reads "new", and an answer to all reaches every supplier's people without naming the asker.
// Read from a real SMTP server through the API and a worker whose pause is shortened from 15 minutes to 3 seconds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegisteredAccount } from "../helpers/accounts.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { postMessage } from "../helpers/messages.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const pauseMs = 3000;

let t: TestApp;
let buyer: RegisteredAccount;
let daiViet: SupplierAccount;
let binhAn: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true, notificationGatherMs: pauseMs });
  // Nobody opts in: immediate notifications are on by default.
  buyer = await verifiedSupplier(t, ["buyer"]);
  daiViet = await mouldingSupplier(t, "Công ty TNHH Nhựa Đại Việt");
  binhAn = await mouldingSupplier(t, "Công ty TNHH Nhựa Bình An");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const emailsAbout = (to: string, title: string) =>
  t.smtp.messages.filter((m) => m.to.includes(to) && m.subject.includes(title));

async function ask(account: SupplierAccount, requestId: string, body: string) {
  const posted = await postMessage(t, account, requestId, account.profileId, { body });
  expect(posted.statusCode, posted.body).toBe(201);
}

describe("the pace of emails about messages", () => {
  it("emails the buyer the first question within seconds and gathers what follows into one more email", async () => {
    const title = "Vỏ nhựa ABS, tin nhắn một";
    const request = await publishMatchedRequest(t, buyer, { title });
    const started = Date.now();
    await ask(daiViet, request.id, "Màu trắng theo mã RAL nào?");
    const first = await t.smtp.waitFor(buyer.email, { predicate: (m) => m.subject.includes(title) });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(first.subject).toBe(`Tin nhắn mới từ Công ty TNHH Nhựa Đại Việt: ${title}`);
    // The email says who wrote, never what: the text stays in the product.
    expect(first.text).not.toContain("RAL");
    expect(first.text).toContain(`/requests/${request.id}/messages/${daiViet.profileId}`);

    // Within the pause: another question and a quote.
    await ask(binhAn, request.id, "Có cần đóng gói từng chiếc không?");
    await quoted(t, binhAn, request.id);
    const second = await t.smtp.waitFor(buyer.email, {
      predicate: (m) => m.subject.includes(title) && m.messageId !== first.messageId,
      timeoutMs: pauseMs + 10_000,
    });
    expect(second.subject).toBe(`Tin mới về yêu cầu: ${title}`);
    expect(second.text).toContain("Công ty TNHH Nhựa Bình An");
    expect(second.text).toContain("1 tin nhắn mới");
    expect(second.text).toContain("12.500 VND / cái");
    await sleep(pauseMs + 1000);
    expect(emailsAbout(buyer.email, title)).toHaveLength(2);
  });

  it("never tells of a revision before the quote: a quote and its revision within the pause read as one new quote", async () => {
    const title = "Vỏ nhựa ABS, tin nhắn hai";
    const request = await publishMatchedRequest(t, buyer, { title });
    await ask(daiViet, request.id, "Hạn giao có lùi được một tuần không?");
    const first = await t.smtp.waitFor(buyer.email, { predicate: (m) => m.subject.includes(title) });
    await quoted(t, daiViet, request.id);
    await quoted(t, daiViet, request.id, validQuote({ leadTimeDays: 10 }));
    const second = await t.smtp.waitFor(buyer.email, {
      predicate: (m) => m.subject.includes(title) && m.messageId !== first.messageId,
      timeoutMs: pauseMs + 10_000,
    });
    expect(second.subject).toBe(`Báo giá mới từ Công ty TNHH Nhựa Đại Việt: ${title}`);
    expect(second.text).not.toContain("Cập nhật");
    expect(second.text).toContain("sản xuất 10 ngày");
  });

  it("tells every supplier's people of an answer to all, without naming who asked", async () => {
    const title = "Vỏ nhựa ABS, tin nhắn ba";
    const request = await publishMatchedRequest(t, buyer, { title });
    await ask(daiViet, request.id, "Logo in ở mặt nào?");
    const answered = await postMessage(t, buyer, request.id, daiViet.profileId, {
      body: "Mặt trước, in lụa một màu.",
      answerToAll: true,
    });
    expect(answered.statusCode, answered.body).toBe(201);
    for (const supplier of [daiViet, binhAn]) {
      const email = await t.smtp.waitFor(supplier.email, { predicate: (m) => m.subject.includes(title) });
      expect(email.subject).toBe(`Bên mua trả lời câu hỏi của một nhà cung cấp: ${title}`);
      expect(email.text).toContain(`/supplier/requests/${request.id}`);
      expect(email.text).not.toContain("Đại Việt");
      expect(email.text).not.toContain("Mặt trước");
    }
  });
});
