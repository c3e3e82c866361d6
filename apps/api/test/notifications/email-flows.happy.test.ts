// The emails end to end, through the API and a worker, read back from a real SMTP server: a quote notification
// to a buyer who opted in (and none to one who did not), and the weekly digest with its one-click unsubscribe.
import { accountRepository } from "@ketnoi/db";
import { digestPeriod } from "@ketnoi/domain";
import { linksIn } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import {
  notificationPreferences,
  setNotificationPreferences,
  unsubscribeCall,
} from "../helpers/notifications.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let keen: RegisteredAccount;
let quiet: RegisteredAccount;
let daiViet: SupplierAccount;
let binhAn: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  // Immediate notifications are on by default: `keen` keeps them, `quiet` turned them off.
  keen = await verifiedSupplier(t, ["buyer"]);
  quiet = await verifiedSupplier(t, ["buyer"]);
  await setNotificationPreferences(t, quiet.accessToken, { immediate: false });
  daiViet = await mouldingSupplier(t, "Công ty TNHH Nhựa Đại Việt");
  binhAn = await mouldingSupplier(t, "Công ty TNHH Nhựa Bình An");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** A header as sent over SMTP, unfolded. */
function header(raw: string, name: string): string | undefined {
  const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? "").replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

async function notificationStatus(userId: string, kind: "quote_received") {
  const rows = await t.deps.database.db.query.notificationDeliveries.findMany({
    where: (row, { and, eq }) => and(eq(row.userId, userId), eq(row.kind, kind)),
  });
  return rows.map((row) => ({ status: row.status, skipReason: row.skipReason }));
}

/** Waits until the person's quote notification is recorded and no longer planned. */
async function settled(userId: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows = await notificationStatus(userId, "quote_received");
    if (rows.length > 0 && rows.every((row) => row.status !== "planned")) return;
    if (Date.now() > deadline) throw new Error("the quote notification did not settle");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("immediate notifications", () => {
  it("tell a buyer about a quote as it arrives (on by default), with a link to turn them off", async () => {
    const request = await publishMatchedRequest(t, keen);
    await quoted(t, daiViet, request.id);
    const email = await t.smtp.waitFor(keen.email, { predicate: (m) => m.subject.includes("Đại Việt") });
    expect(email.subject).toBe("Báo giá mới từ Công ty TNHH Nhựa Đại Việt: Cần 10.000 vỏ nhựa ABS ép phun");
    expect(email.text).toContain("12.500 VND / cái · sản xuất 14 ngày");
    expect(header(email.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const unsubscribe = (header(email.raw, "List-Unsubscribe") ?? "").slice(1, -1);
    expect(email.text).toContain(`Tắt thông báo tức thời: ${unsubscribe}`);
    // The ledger says sent once the SMTP server's reply is in (the capture records a message just before).
    await settled(keen.userId);
    expect(await notificationStatus(keen.userId, "quote_received")).toEqual([
      { status: "sent", skipReason: null },
    ]);
  });

  it("leave a buyer who turned them off alone, and record why", async () => {
    const request = await publishMatchedRequest(t, quiet);
    await quoted(t, binhAn, request.id);
    await settled(quiet.userId);
    expect(await notificationStatus(quiet.userId, "quote_received")).toEqual([
      { status: "skipped", skipReason: "immediate_off" },
    ]);
    expect(
      t.smtp.messages.filter((m) => m.to.includes(quiet.email) && m.subject.includes("Bình An")),
    ).toEqual([]);
  });
});

describe("weekly digest", () => {
  it("reaches buyers and suppliers, and its one-click link turns it off for the weeks after", async () => {
    const at = new Date();
    const { weekKey } = digestPeriod(at, "Asia/Ho_Chi_Minh");
    await t.deps.jobs.enqueue("plan-weekly-digest", { at: at.toISOString() });
    const isDigest = (m: { subject: string }) => m.subject.startsWith("Kết Nối tuần này");
    const buyerDigest = await t.smtp.waitFor(keen.email, { predicate: isDigest, timeoutMs: 15_000 });
    const supplierDigest = await t.smtp.waitFor(daiViet.email, { predicate: isDigest, timeoutMs: 15_000 });

    expect(buyerDigest.text).toContain("Công ty TNHH Nhựa Bình An");
    expect(buyerDigest.text).toContain("Báo giá mới (1)");
    expect(buyerDigest.text).toMatch(/Cùng ngành hàng: .+ · Có ISO 9001|Cùng ngành hàng: .+ · Cách /);
    // Dai Viet already quoted on the keen buyer's request: only the quiet buyer's is still news to it.
    expect(supplierDigest.text).toContain("Yêu cầu mới phù hợp (1)");
    for (const link of linksIn(buyerDigest.text)) expect(link.startsWith("http://ketnoi.test/")).toBe(true);
    expect(buyerDigest.messageId).toBe(`<digest.${weekKey}.${keen.userId}@ketnoi.local>`);

    // The link goes to the web's page in the buyer's language; the web uses its token as a one-click POST does.
    const unsubscribe = new URL((header(buyerDigest.raw, "List-Unsubscribe") ?? "").slice(1, -1));
    expect(unsubscribe.pathname).toBe("/vi/unsubscribe");
    const oneClick = await unsubscribeCall(t, unsubscribe.searchParams.get("token") ?? "");
    expect(oneClick.statusCode).toBe(200);
    expect((await notificationPreferences(t, keen.accessToken)).digest).toBe("off");

    const nextWeek = new Date(at.getTime() + 7 * 86_400_000);
    const next = digestPeriod(nextWeek, "Asia/Ho_Chi_Minh").weekKey;
    await t.deps.jobs.enqueue("plan-weekly-digest", { at: nextWeek.toISOString() });
    const deadline = Date.now() + 10_000;
    const rowsOf = (week: string) =>
      t.deps.database.db.query.digestDeliveries.findMany({ where: (row, { eq }) => eq(row.weekKey, week) });
    while (
      (await rowsOf(next)).some((row) => row.status === "planned") ||
      (await rowsOf(next)).length === 0
    ) {
      if (Date.now() > deadline) throw new Error("next week's run did not finish");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await rowsOf(next)).map((row) => row.userId)).not.toContain(keen.userId);
    expect(t.smtp.messages.filter((m) => m.to.includes(keen.email) && isDigest(m))).toHaveLength(1);
  });

  it("shows admins how the week went", async () => {
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, quiet.userId, true));
    const weekKey = digestPeriod(new Date(), "Asia/Ho_Chi_Minh").weekKey;
    const response = await t.app.inject({
      method: "GET",
      url: `/v1/admin/digests?week=${weekKey}&status=sent`,
      headers: bearer(quiet.accessToken),
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.counts.sent).toBeGreaterThanOrEqual(3);
    expect(body.deliveries.map((d: { email: string }) => d.email)).toContain(keen.email);
  });
});
