// The buyer's emails about quotes, paced per request: a quote sent again unchanged is no news, the first email
// leaves at once, and what happens in the pause after it arrives as one more email. Read from a real SMTP server
// through the API and a worker whose pause is shortened from 15 minutes to 3 seconds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, type RegisteredAccount } from "../helpers/accounts.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  putQuote,
  quoted,
  type SupplierAccount,
  validQuote,
} from "../helpers/marketplace.js";
import { optInToImmediateNotifications, setNotificationPreferences } from "../helpers/notifications.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const pauseMs = 3000;

let t: TestApp;
let buyer: RegisteredAccount;
let daiViet: SupplierAccount;
let binhAn: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true, notificationGatherMs: pauseMs });
  buyer = await verifiedSupplier(t, ["buyer"]);
  await optInToImmediateNotifications(t, buyer.accessToken);
  daiViet = await mouldingSupplier(t, "Công ty TNHH Nhựa Đại Việt");
  binhAn = await mouldingSupplier(t, "Công ty TNHH Nhựa Bình An");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every email to `to` about the request whose title contains `title`. */
const emailsAbout = (to: string, title: string) =>
  t.smtp.messages.filter((m) => m.to.includes(to) && m.subject.includes(title));

/** The person's quote notifications about the request, oldest first. */
async function ledgerRows(userId: string, requestId: string) {
  return t.deps.database.db.query.notificationDeliveries.findMany({
    where: (row, { and, eq }) =>
      and(eq(row.userId, userId), eq(row.requestId, requestId), eq(row.kind, "quote_received")),
    orderBy: (row, { asc }) => [asc(row.createdAt)],
  });
}

/** Waits until `count` quote notifications of the person about the request are recorded as done (none planned). */
async function settled(userId: string, requestId: string, count: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await ledgerRows(userId, requestId);
    if (rows.length >= count && rows.every((row) => row.status !== "planned")) return;
    if (Date.now() > deadline) throw new Error(`quote notifications did not settle: ${JSON.stringify(rows)}`);
    await sleep(50);
  }
}

describe("quotes sent again unchanged", () => {
  it("20 identical quote PUTs make one quote at revision 1 and one email to the buyer", async () => {
    const title = "Cần 10.000 vỏ nhựa ABS ép phun, lô một";
    const request = await publishMatchedRequest(t, buyer, { title });
    const body = validQuote();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => putQuote(t, daiViet, request.id, body)),
    );
    // One creates the quote; the other 19 find the same terms stored and change nothing.
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(19);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(responses.map((r) => r.json().revision)).toEqual(Array(20).fill(1));

    await t.smtp.waitFor(buyer.email, { predicate: (m) => m.subject.includes(title) });
    // Long enough for any other notification to have been queued, held and sent.
    await sleep(pauseMs + 2000);
    await settled(buyer.userId, request.id, 1);
    expect(emailsAbout(buyer.email, title)).toHaveLength(1);
    const jobs = await t.deps.jobs
      .queue("notifications")
      .getJobs(["completed", "waiting", "active", "delayed"]);
    const responseId = responses[0]?.json().id as string;
    expect(jobs.filter((job) => job.data.responseId === responseId).map((job) => job.id)).toEqual([
      `quote-${responseId}-r1`,
    ]);
  });
});

describe("the pace of emails about one request", () => {
  it("sends the first quote at once and gathers the next two events into one more email at the pause's end", async () => {
    const title = "Cần 10.000 vỏ nhựa ABS ép phun, lô hai";
    const request = await publishMatchedRequest(t, buyer, { title });
    await quoted(t, daiViet, request.id);
    const first = await t.smtp.waitFor(buyer.email, { predicate: (m) => m.subject.includes(title) });
    expect(first.subject).toBe(`Báo giá mới từ Công ty TNHH Nhựa Đại Việt: ${title}`);

    // Within the pause: a second supplier quotes and the first revises.
    await quoted(t, binhAn, request.id, validQuote({ unitPrice: { amount: 13_100, currency: "VND" } }));
    await quoted(t, daiViet, request.id, validQuote({ unitPrice: { amount: 11_900, currency: "VND" } }));

    const second = await t.smtp.waitFor(buyer.email, {
      predicate: (m) => m.subject.includes(title) && m.messageId !== first.messageId,
      timeoutMs: pauseMs + 10_000,
    });
    expect(second.subject).toBe(`1 báo giá mới, 1 báo giá cập nhật: ${title}`);
    expect(second.text).toContain("Công ty TNHH Nhựa Bình An");
    expect(second.text).toContain("13.100 VND / cái");
    expect(second.text).toContain("11.900 VND / cái");
    expect(second.text).toContain("Cập nhật, lần 2");

    await sleep(pauseMs + 1000);
    await settled(buyer.userId, request.id, 3);
    expect(emailsAbout(buyer.email, title)).toHaveLength(2);
    const rows = await ledgerRows(buyer.userId, request.id);
    expect(rows.map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
    const [one, two, three] = rows;
    expect(two?.messageId).toBe(three?.messageId);
    expect(one?.messageId).not.toBe(two?.messageId);
    // The gathered email waited for the pause after the first one.
    expect((two?.sentAt?.getTime() ?? 0) - (one?.sentAt?.getTime() ?? 0)).toBeGreaterThanOrEqual(
      pauseMs - 1000,
    );
  });

  it("tells someone who first hears of a quote after its revision about a new quote, never a revised one", async () => {
    const title = "Cần 10.000 vỏ nhựa ABS ép phun, lô ba";
    const colleague = await addMember(t, buyer);
    await setNotificationPreferences(t, colleague.accessToken, { immediate: false });
    const request = await publishMatchedRequest(t, buyer, { title });
    // The colleague has immediate notifications off while the quote arrives, and turns them on before its revision.
    await quoted(t, binhAn, request.id);
    await settled(colleague.userId, request.id, 1);
    await setNotificationPreferences(t, colleague.accessToken, { immediate: true });
    await quoted(t, binhAn, request.id, validQuote({ leadTimeDays: 10 }));

    const email = await t.smtp.waitFor(colleague.email, { predicate: (m) => m.subject.includes(title) });
    expect(email.subject).toBe(`Báo giá mới từ Công ty TNHH Nhựa Bình An: ${title}`);
    expect(email.text).toContain("sản xuất 10 ngày");
  });
});
