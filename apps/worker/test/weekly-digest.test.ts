// The weekly digest end to end in one worker: planning, the ledger, rendering and real SMTP (a capturing server),
// with each captured message parsed back: its headers, both parts and its links.
import { createDb, type DbHandle, schema } from "@ketnoi/db";
import { digestPeriod } from "@ketnoi/domain";
import { verifyUnsubscribeToken } from "@ketnoi/email";
import { createTestDatabase, type SmtpCapture, startSmtpCapture, uniqueName } from "@ketnoi/testing";
import { and, eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker } from "../src/index.js";
import {
  type DigestMarketplace,
  insertUnverifiedBuyer,
  matchRequests,
  type Person,
  seedDigestMarketplace,
} from "./digest-fixtures.js";
import {
  digestWorkerConfig,
  laterInSameWeek,
  ledgerCounts,
  publicUrl,
  rawHeader,
  testEmailLinkSecret,
  waitFor,
} from "./digest-harness.js";
import { deleteRedisKeys } from "./job-harness.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let smtp: SmtpCapture;
let worker: RunningWorker;
let market: DigestMarketplace;
let unverified: Person;
let optedOut: Person;
const prefix = uniqueName("digest");
const timeZone = "Asia/Ho_Chi_Minh";

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  smtp = await startSmtpCapture();
  market = await seedDigestMarketplace(handle.db, {
    buyers: 6,
    quietBuyers: 2,
    suppliers: 4,
    matchesPerRequest: 3,
  });
  unverified = await insertUnverifiedBuyer(handle.db);
  // A second near miss for the first buyer's request: near misses are the supplier's business, not the buyer's.
  await matchRequests(handle.db, [{ requestId: market.buyers[0]?.requestId ?? "" }], market.suppliers, 1, {
    offset: 3,
  });
  const optOut = market.buyers[5] as Person;
  optedOut = optOut;
  await handle.db.insert(schema.notificationPreferences).values({ userId: optOut.userId, digest: "off" });
  worker = await startWorker(digestWorkerConfig(database.url, smtp.url), pino({ level: "silent" }), {
    prefix,
    schedules: false,
    ensureSearchIndex: false,
    lockDurationMs: 1000,
    digestRetry: { attempts: 3, delayMs: 100 },
  });
});

afterAll(async () => {
  await worker?.stop();
  await deleteRedisKeys(prefix);
  await smtp?.close();
  await handle?.close();
  await database?.drop();
});

async function runDigest(at: Date) {
  const { weekKey } = digestPeriod(at, timeZone);
  await worker.context.queues.enqueue("plan-weekly-digest", { at: at.toISOString() });
  await waitFor("the week's digests are all sent or skipped", async () => {
    const counts = await ledgerCounts(handle.db, weekKey);
    return (counts.sent ?? 0) + (counts.skipped ?? 0) > 0 && (counts.planned ?? 0) === 0;
  });
  return weekKey;
}

/** Set when the first run starts: after the fixtures, as a real run would be. */
let firstRun: Date;
let firstWeek: string;

describe("weekly digest", () => {
  it("sends one digest to each person with news, none to the quiet, the unverified or those who opted out", async () => {
    firstRun = new Date();
    firstWeek = await runDigest(firstRun);
    const expected = [...market.withNews].filter((id) => id !== optedOut.userId);
    const people = [...market.buyers, ...market.quietBuyers, ...market.suppliers];
    const emailOf = new Map(people.map((p) => [p.userId, p.email]));
    const recipients = smtp.messages.flatMap((m) => m.to);
    expect(recipients.sort()).toEqual(expected.map((id) => emailOf.get(id)).sort());
    for (const quiet of market.quietBuyers) expect(recipients).not.toContain(quiet.email);
    expect(recipients).not.toContain(unverified.email);
    expect(recipients).not.toContain(optedOut.email);
    expect(await ledgerCounts(handle.db, firstWeek)).toEqual({
      sent: expected.length,
      skipped: market.quietBuyers.length,
    });
  });

  it("sends well-formed messages: one-click unsubscribe, deterministic Message-ID, both parts, working links", async () => {
    for (const message of smtp.messages) {
      const person = [...market.buyers, ...market.suppliers].find((p) =>
        message.to.includes(p.email),
      ) as Person;
      expect(message.messageId).toBe(`<digest.${firstWeek}.${person.userId}@ketnoi.test>`);
      const unsubscribe = rawHeader(message, "List-Unsubscribe");
      expect(unsubscribe).toMatch(/^<https:\/\/ketnoi\.test\/(vi|en)\/unsubscribe\?token=[^>]+>$/);
      expect(rawHeader(message, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      const url = new URL((unsubscribe ?? "").slice(1, -1));
      expect(verifyUnsubscribeToken(testEmailLinkSecret, url.searchParams.get("token") ?? "")).toEqual({
        userId: person.userId,
        scope: "digest",
      });
      // The visible link is the same signed link, in both parts.
      expect(message.text).toContain(url.toString());
      expect(message.html).toContain(url.toString().replaceAll("&", "&amp;"));
      expect(message.html).toMatch(/^<!doctype html>/i);
      expect(message.text.length).toBeGreaterThan(200);
      const links = [...message.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
      for (const link of links) expect(link.startsWith(`${publicUrl}/`)).toBe(true);
      expect(message.subject).toMatch(
        person.language === "vi" ? /^Kết Nối tuần này: / : /^Your week on Kết Nối: /,
      );
    }
  });

  it("gives buyers their new matches with the reason and a deep link to each", async () => {
    const buyer = market.buyers[0] as Person & { requestId: string };
    const message = await smtp.waitFor(buyer.email);
    // Language follows the person: even-numbered fixtures read Vietnamese.
    expect(message.text).toContain("Nhà cung cấp mới phù hợp (2)");
    expect(message.text).not.toContain("FSC");
    expect(message.text).toContain(
      "Cùng ngành hàng: Thùng carton · Cách 12 km · Năng lực 80.000 thùng/tháng đáp ứng 20.000 thùng",
    );
    expect(message.text).toContain(`${publicUrl}/requests/${buyer.requestId}/matches/`);
  });

  it("gives suppliers the requests that fit them and what they narrowly missed", async () => {
    const supplier = market.suppliers.find((s) => s.language === "en") as Person;
    const message = await smtp.waitFor(supplier.email);
    expect(message.text).toMatch(/New requests that fit you \(\d+\)/);
    expect(message.text).toContain(`${publicUrl}/supplier/requests/`);
    const suppliersWithNearMiss = market.suppliers.filter((s) =>
      smtp.messages.some((m) => m.to.includes(s.email) && m.text.includes("FSC")),
    );
    expect(suppliersWithNearMiss.length).toBeGreaterThan(0);
  });

  it("sends nothing when the weekly run runs again for the same week", async () => {
    const before = smtp.messages.length;
    const counts = await ledgerCounts(handle.db, firstWeek);
    const jobId = await worker.context.queues.enqueue("plan-weekly-digest", {
      at: laterInSameWeek(firstRun, timeZone).toISOString(),
    });
    const queue = worker.context.queues.queue("notifications");
    await waitFor(
      "the second run has finished",
      async () => (await queue.getJobState(jobId)) === "completed",
    );
    // It planned nobody and queued no send job.
    expect(await queue.getJob(jobId).then((job) => job?.returnvalue)).toMatchObject({
      created: 0,
      resumed: 0,
    });
    expect(await queue.getJobCounts("waiting", "delayed", "active")).toMatchObject({
      waiting: 0,
      delayed: 0,
      active: 0,
    });
    expect(smtp.messages.length).toBe(before);
    expect(await ledgerCounts(handle.db, firstWeek)).toEqual(counts);
  });

  it("does not send twice when a send job runs twice", async () => {
    const buyer = market.buyers[1] as Person;
    const before = smtp.messages.filter((m) => m.to.includes(buyer.email)).length;
    // The same job again, under another id so BullMQ does not collapse it: only the ledger stands in the way.
    const queue = worker.context.queues.queue("notifications");
    const again = `digest-${firstWeek}-${buyer.userId}-again`;
    await queue.add("send-weekly-digest", { userId: buyer.userId, weekKey: firstWeek }, { jobId: again });
    await waitFor(
      "the repeated job has completed",
      async () => (await queue.getJobState(again)) === "completed",
    );
    expect(smtp.messages.filter((m) => m.to.includes(buyer.email)).length).toBe(before);
  });

  it("next week reports only what is new since this week's digest", async () => {
    const nextRun = new Date(firstRun.getTime() + 7 * 24 * 3_600_000);
    const buyer = market.buyers[2] as Person & { requestId: string };
    // One more match for one buyer; everyone else has nothing new.
    await matchRequests(handle.db, [buyer], market.suppliers, 1, { offset: 1, allMatches: true });
    const before = smtp.messages.length;
    const nextWeek = await runDigest(nextRun);
    expect(nextWeek).not.toBe(firstWeek);
    const sent = smtp.messages.slice(before);
    expect(sent.flatMap((m) => m.to)).toContain(buyer.email);
    const message = sent.find((m) => m.to.includes(buyer.email));
    expect(message?.text).toContain("Nhà cung cấp mới phù hợp (1)");
    const [row] = await handle.db
      .select()
      .from(schema.digestDeliveries)
      .where(
        and(eq(schema.digestDeliveries.userId, buyer.userId), eq(schema.digestDeliveries.weekKey, nextWeek)),
      );
    // The window starts where the last one ended.
    expect(row?.windowStart.getTime()).toBe(firstRun.getTime());
    expect(row?.itemCount).toBe(1);
  });
});
