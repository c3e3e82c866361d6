// Same-day alerts to suppliers, end to end: a buyer publishes through the API, the worker matches and emails the
// matched suppliers' people through a real SMTP server. The pause after an alert is shortened from an hour to
// 20 seconds (long enough for two requests to be published and matched on a busy machine); quiet hours are set per person so the outcome never depends on the time the test runs.
import { quietHoursEnd } from "@ketnoi/domain";
import { verifyUnsubscribeToken } from "@ketnoi/email";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegisteredAccount } from "../helpers/accounts.js";
import { mouldingRequestBody, mouldingSupplierBody, publishMatchedRequest } from "../helpers/marketplace.js";
import {
  notificationPreferences,
  setNotificationPreferences,
  unsubscribeCall,
} from "../helpers/notifications.js";
import { createRequest, matchingDone } from "../helpers/requests.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp, testEmailLinkSecret } from "../helpers/test-app.js";

const pauseMs = 20_000;

let t: TestApp;
let buyer: RegisteredAccount;
/** Alerts on, quiet hours off. */
let keen: RegisteredAccount & { profileId: string };
/** Alerts turned off. */
let optedOut: RegisteredAccount & { profileId: string };
/** Alerts on, in quiet hours that hold everything the test does. */
let sleeping: RegisteredAccount & { profileId: string };

/** Quiet hours around now (UTC clock): from an hour ago to two hours ahead. */
function quietNow() {
  const clock = (at: Date) =>
    `${String(at.getUTCHours()).padStart(2, "0")}:${String(at.getUTCMinutes()).padStart(2, "0")}`;
  const now = Date.now();
  return {
    start: clock(new Date(now - 3600_000)),
    end: clock(new Date(now + 2 * 3600_000)),
    timeZone: "UTC",
  };
}

async function supplierWith(name: string, preferences: Record<string, unknown>) {
  const account = await verifiedSupplier(t, ["supplier"]);
  await setNotificationPreferences(t, account.accessToken, preferences);
  const profile = await publishProfile(t, account, mouldingSupplierBody(name));
  await matchingDone(t, `rematch-${profile.id}-v1`, 30_000).catch(() => undefined);
  return { ...account, profileId: profile.id as string };
}

beforeAll(async () => {
  t = await createTestApp({ withWorker: true, alertGatherMs: pauseMs });
  buyer = await verifiedSupplier(t, ["buyer"]);
  keen = await supplierWith("Công ty TNHH Nhựa Nhanh Nhạy", { quietHours: null });
  optedOut = await supplierWith("Công ty TNHH Nhựa Không Nhận", { requestAlerts: false });
  sleeping = await supplierWith("Công ty TNHH Nhựa Ngủ Đêm", { quietHours: quietNow() });
  await t.searchSynced(30_000);
}, 90_000);
afterAll(async () => {
  await t.close();
});

/** The List-Unsubscribe URL as sent (the raw header, unfolded). */
function unsubscribeUrlOf(email: { raw: string } | undefined): URL {
  const head = (email?.raw ?? "").split(/\r?\n\r?\n/, 1)[0] ?? "";
  const line = head
    .replace(/\r?\n[ \t]+/g, " ")
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith("list-unsubscribe:"));
  return new URL((line ?? "").slice("list-unsubscribe:".length).trim().replace(/^<|>$/g, ""));
}

const alertsTo = (email: string) =>
  t.smtp.messages.filter((m) => m.to.includes(email) && m.text.includes("/supplier/requests/"));

async function ledger(userId: string) {
  const rows = await t.deps.database.db.query.notificationDeliveries.findMany({
    where: (row, { and, eq }) => and(eq(row.userId, userId), eq(row.kind, "request_matched")),
    orderBy: (row, { asc }) => [asc(row.createdAt), asc(row.id)],
  });
  return rows.map(({ requestId, status, skipReason, messageId }) => ({
    requestId,
    status,
    skipReason,
    messageId,
  }));
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("notification settings for same-day alerts", () => {
  it("has alerts on and quiet hours 21:00–07:00 in Ho Chi Minh City by default", async () => {
    const fresh = await verifiedSupplier(t, ["supplier"]);
    expect(await notificationPreferences(t, fresh.accessToken)).toMatchObject({
      requestAlerts: true,
      quietHours: { start: "21:00", end: "07:00", timeZone: "Asia/Ho_Chi_Minh" },
    });
    expect(await notificationPreferences(t, keen.accessToken)).toMatchObject({
      requestAlerts: true,
      quietHours: null,
    });
  });

  it("refuses malformed quiet hours with a 400 naming the field", async () => {
    const response = await t.app.inject({
      method: "PATCH",
      url: "/v1/me/notifications",
      headers: { authorization: `Bearer ${keen.accessToken}` },
      payload: { quietHours: { start: "22:00", end: "7am", timeZone: "Asia/Ho_Chi_Minh" } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("quietHours");
    expect(response.body).toContain("end");
  });
});

describe("same-day alerts", () => {
  let first: { id: string };
  let firstSentAt: Date;

  it("emails a matched supplier's people at once, with a link to the request and a one-click unsubscribe", async () => {
    first = await publishMatchedRequest(t, buyer, { title: "Cần 10.000 vỏ nhựa ABS cho ổ cắm" });
    await waitFor("the keen supplier got its alert", () => alertsTo(keen.email).length === 1);
    firstSentAt = new Date();
    const [alert] = alertsTo(keen.email);
    expect(alert?.subject).toBe("Yêu cầu mới phù hợp: Cần 10.000 vỏ nhựa ABS cho ổ cắm");
    expect(alert?.text).toContain(`http://ketnoi.test/supplier/requests/${first.id}`);
    const token = unsubscribeUrlOf(alert).searchParams.get("token") ?? "";
    expect(verifyUnsubscribeToken(testEmailLinkSecret, token)).toEqual({
      userId: keen.userId,
      scope: "alerts",
    });
    // The ledger commit follows the SMTP server's reply.
    await waitFor("the alert is recorded as sent", async () =>
      (await ledger(keen.userId)).every((row) => row.status === "sent"),
    );
    expect(await ledger(keen.userId)).toEqual([
      expect.objectContaining({ requestId: first.id, status: "sent" }),
    ]);
  });

  it("records why an opted-out person got nothing, and holds alerts during quiet hours", async () => {
    await waitFor("the opted-out row is settled", async () =>
      (await ledger(optedOut.userId)).some((row) => row.status === "skipped"),
    );
    expect(await ledger(optedOut.userId)).toEqual([
      expect.objectContaining({ requestId: first.id, status: "skipped", skipReason: "alerts_off" }),
    ]);
    expect(alertsTo(optedOut.email)).toEqual([]);

    await waitFor(
      "the sleeping supplier's alert is planned",
      async () => (await ledger(sleeping.userId)).length === 1,
    );
    expect(await ledger(sleeping.userId)).toEqual([
      expect.objectContaining({ requestId: first.id, status: "planned" }),
    ]);
    expect(alertsTo(sleeping.email)).toEqual([]);
    const quiet = quietNow();
    const dueAt = quietHoursEnd(new Date(), quiet).getTime();
    // The planned row commits first and its delayed job is queued after it, so the job may still be on its way.
    const heldJobs = async () =>
      (await t.deps.jobs.queue("notifications").getJobs(["delayed"])).filter(
        (job) => job.name === "send-request-alerts" && job.data.userId === sleeping.userId,
      );
    await waitFor("the sleeping supplier's alert is held", async () => (await heldJobs()).length > 0);
    const held = await heldJobs();
    expect(held).toHaveLength(1);
    // Due when the quiet hours end (to the minute the clock had when the test set them).
    expect(Math.abs(Date.parse(held[0]?.data.dueAt) - dueAt)).toBeLessThanOrEqual(60_000);
  });

  it("gathers what matches in the pause after an alert into one more email, never a third", async () => {
    const [second, third] = await Promise.all([
      createRequest(t, buyer, mouldingRequestBody({ title: "Cần 2.000 nắp nhựa PP" })),
      createRequest(t, buyer, mouldingRequestBody({ title: "Cần 5.000 khay nhựa ABS" })),
    ]);
    await Promise.all([second, third].map((r) => matchingDone(t, `match-${r.id}-v1`, 30_000)));
    await waitFor(
      "both new matches are planned for the keen supplier",
      async () => (await ledger(keen.userId)).length === 3,
    );
    // Inside the pause: nothing more yet.
    expect(Date.now()).toBeLessThan(firstSentAt.getTime() + pauseMs);
    expect(alertsTo(keen.email)).toHaveLength(1);
    await waitFor("the gathered alert arrived", () => alertsTo(keen.email).length === 2);
    const gathered = alertsTo(keen.email)[1];
    expect(gathered?.subject).toBe("2 yêu cầu mới phù hợp với Công ty TNHH Nhựa Nhanh Nhạy");
    expect(gathered?.text).toContain(`/supplier/requests/${second.id}`);
    expect(gathered?.text).toContain(`/supplier/requests/${third.id}`);
    expect(gathered?.text).not.toContain(`/supplier/requests/${first.id}`);
    await waitFor("the gathered alert is recorded as sent", async () =>
      (await ledger(keen.userId)).every((row) => row.status === "sent"),
    );
    const rows = await ledger(keen.userId);
    expect(rows.filter((row) => row.status === "sent")).toHaveLength(3);
    // The two gathered rows went out in one email: one Message-ID.
    expect(new Set(rows.map((row) => row.messageId)).size).toBe(2);

    // The same request matched again (a rerun of its matching and alert jobs) tells nobody anything new.
    await t.deps.jobs
      .queue("notifications")
      .add("alert-request-matches", { requestId: first.id, version: 1 });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(alertsTo(keen.email)).toHaveLength(2);
  }, 120_000);

  it("alerts a supplier whose new profile matches requests already open, in one email", async () => {
    const newcomer = await supplierWith("Công ty TNHH Nhựa Mới Vào", { quietHours: null });
    await waitFor("the newcomer got its alert", () => alertsTo(newcomer.email).length === 1);
    const [alert] = alertsTo(newcomer.email);
    expect(alert?.subject).toBe("3 yêu cầu mới phù hợp với Công ty TNHH Nhựa Mới Vào");
    await waitFor("the newcomer's alert is recorded as sent", async () =>
      (await ledger(newcomer.userId)).every((row) => row.status === "sent"),
    );
    expect((await ledger(newcomer.userId)).map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
  });

  it("stops alerts through the email's unsubscribe link", async () => {
    const [alert] = alertsTo(keen.email);
    const token = unsubscribeUrlOf(alert).searchParams.get("token") ?? "";
    const used = await unsubscribeCall(t, token);
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json()).toEqual({ scope: "alerts" });
    expect(await notificationPreferences(t, keen.accessToken)).toMatchObject({ requestAlerts: false });
  });
});
