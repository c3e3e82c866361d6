// A mail server that refuses, fails for good or stops answering: digests are retried with backoff, end `failed`
// where admins see them, and a later run of the same week sends what failed temporarily but never resends what
// was sent. The SMTP server is real (smtp-server), failing on purpose per recipient.
import { createDb, type DbHandle, digestLedger, schema } from "@ketnoi/db";
import { digestPeriod } from "@ketnoi/domain";
import { createTestDatabase, type SmtpCapture, startSmtpCapture, uniqueName } from "@ketnoi/testing";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker } from "../src/index.js";
import { type DigestMarketplace, type Person, seedDigestMarketplace } from "./digest-fixtures.js";
import { digestWorkerConfig, laterInSameWeek, ledgerCounts, waitFor } from "./digest-harness.js";
import { deleteRedisKeys } from "./job-harness.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let smtp: SmtpCapture;
let worker: RunningWorker;
let market: DigestMarketplace;
let flaky: Person;
let down: Person;
let gone: Person;
let slow: Person;
let outage = true;
const prefix = uniqueName("digest_smtp");

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  market = await seedDigestMarketplace(handle.db, {
    buyers: 4,
    quietBuyers: 0,
    suppliers: 3,
    matchesPerRequest: 3,
  });
  const [first, second, third, fourth] = market.buyers;
  if (!first || !second || !third || !fourth) throw new Error("the marketplace has fewer than four buyers");
  [flaky, down, gone, slow] = [first, second, third, fourth];
  smtp = await startSmtpCapture({
    fault: ({ to, attempt }) => {
      if (to === flaky.email && attempt <= 2) return { code: 451, message: "4.3.0 Try again later" };
      if (to === down.email && outage) return { code: 421, message: "4.3.2 Service shutting down" };
      if (to === gone.email) return { code: 550, message: "5.1.1 No such mailbox" };
      if (to === slow.email && attempt === 1) return "hang";
      return undefined;
    },
  });
  // Timeouts short enough for a test; the query parameters override the mailer's production values.
  const config = digestWorkerConfig(database.url, `${smtp.url}?socketTimeout=1000&greetingTimeout=1000`);
  worker = await startWorker(config, pino({ level: "silent" }), {
    prefix,
    schedules: false,
    ensureSearchIndex: false,
    lockDurationMs: 3000,
    digestRetry: { attempts: 4, delayMs: 200 },
  });
});

afterAll(async () => {
  await worker?.stop();
  await deleteRedisKeys(prefix);
  await smtp?.close();
  await handle?.close();
  await database?.drop();
});

async function rowOf(person: Person, weekKey: string) {
  const [row] = await handle.db
    .select()
    .from(schema.digestDeliveries)
    .where(eq(schema.digestDeliveries.userId, person.userId));
  if (row?.weekKey !== weekKey) throw new Error(`no digest row for ${person.email} in ${weekKey}`);
  return row;
}

const received = (person: Person) => smtp.messages.filter((m) => m.to.includes(person.email)).length;

async function runUntilSettled(at: Date): Promise<string> {
  const { weekKey } = digestPeriod(at, "Asia/Ho_Chi_Minh");
  const jobId = await worker.context.queues.enqueue("plan-weekly-digest", { at: at.toISOString() });
  const queue = worker.context.queues.queue("notifications");
  await waitFor("the weekly run has planned", async () => (await queue.getJobState(jobId)) === "completed");
  await waitFor(
    "no digest of the week is still planned",
    async () => {
      const counts = await ledgerCounts(handle.db, weekKey);
      return Object.keys(counts).length > 0 && (counts.planned ?? 0) === 0;
    },
    { timeoutMs: 30_000, intervalMs: 100 },
  );
  return weekKey;
}

describe("weekly digest when SMTP misbehaves", () => {
  let weekKey: string;
  /** Set when the first run starts: after the fixtures, as a real run would be. */
  let firstRun: Date;

  it("retries refusals and timeouts with backoff, then records what failed and why", async () => {
    firstRun = new Date();
    weekKey = await runUntilSettled(firstRun);

    const flakyRow = await rowOf(flaky, weekKey);
    expect(flakyRow).toMatchObject({ status: "sent", attempts: 3 });
    expect(received(flaky)).toBe(1);

    const slowRow = await rowOf(slow, weekKey);
    expect(slowRow).toMatchObject({ status: "sent", attempts: 2 });
    expect(received(slow)).toBe(1);

    expect(await rowOf(down, weekKey)).toMatchObject({
      status: "failed",
      attempts: 4,
      permanentFailure: false,
    });
    expect((await rowOf(down, weekKey)).lastError).toMatch(/^SMTP 421: .*Service shutting down/);
    expect(received(down)).toBe(0);

    // A 5xx is the server's final word: no retries.
    const goneRow = await rowOf(gone, weekKey);
    expect(goneRow).toMatchObject({ status: "failed", attempts: 1, permanentFailure: true });
    expect(goneRow.lastError).toMatch(/^SMTP 550: .*No such mailbox/);

    for (const supplier of market.suppliers) expect(received(supplier)).toBe(1);
  });

  it("shows the failures to admins", async () => {
    const failed = await digestLedger.listDigestDeliveries(handle.db, {
      weekKey,
      status: "failed",
      limit: 10,
    });
    expect(failed.map((row) => row.email).sort()).toEqual([down.email, gone.email].sort());
    expect(await digestLedger.countDigestDeliveries(handle.db, weekKey)).toEqual({
      planned: 0,
      sent: 2 + market.suppliers.length,
      failed: 2,
      skipped: 0,
    });
  });

  it("sends what failed for a passing reason on a later run of the week, and nothing it had sent", async () => {
    outage = false;
    const before = smtp.messages.length;
    await runUntilSettled(laterInSameWeek(firstRun));

    expect(await rowOf(down, weekKey)).toMatchObject({ status: "sent" });
    expect(received(down)).toBe(1);
    // Refused for good: not tried again.
    expect(await rowOf(gone, weekKey)).toMatchObject({ status: "failed", attempts: 1 });
    expect(smtp.messages.length).toBe(before + 1);
    for (const person of [flaky, slow, ...market.suppliers]) expect(received(person)).toBe(1);
  });
});
