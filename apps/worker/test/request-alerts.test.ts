// Same-day alerts in one worker on a clock the test sets: quiet hours hold an alert until they end, the hour after
// an alert gathers what matches into one more email, and a request closed meanwhile is left out. Real PostgreSQL,
// Redis and SMTP (a capturing server); delayed jobs are promoted when the test's clock reaches their time.
import { createDb, type DbHandle, schema } from "@ketnoi/db";
import { createTestDatabase, type SmtpCapture, startSmtpCapture, uniqueName } from "@ketnoi/testing";
import { and, eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker } from "../src/index.js";
import { type DigestMarketplace, seedDigestMarketplace } from "./digest-fixtures.js";
import { digestWorkerConfig, waitFor } from "./digest-harness.js";
import { deleteRedisKeys } from "./job-harness.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let smtp: SmtpCapture;
let worker: RunningWorker;
let market: DigestMarketplace;
const prefix = uniqueName("alerts");
let clock = new Date("2026-12-07T15:00:00Z"); // 22:00 in Ho Chi Minh City: quiet hours

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  smtp = await startSmtpCapture();
  // Three buyers' requests, each matched to the one supplier (its person has the default settings).
  market = await seedDigestMarketplace(handle.db, {
    buyers: 3,
    quietBuyers: 0,
    suppliers: 1,
    matchesPerRequest: 2,
  });
  worker = await startWorker(digestWorkerConfig(database.url, smtp.url), pino({ level: "silent" }), {
    prefix,
    schedules: false,
    ensureSearchIndex: false,
    lockDurationMs: 1000,
  });
  worker.context.now = () => clock;
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await deleteRedisKeys(prefix);
  await smtp?.close();
  await handle?.close();
  await database?.drop();
});

const supplier = () => market.suppliers[0] as DigestMarketplace["suppliers"][number];
const request = (i: number) => (market.buyers[i] as DigestMarketplace["buyers"][number]).requestId;

async function rows() {
  return handle.db
    .select()
    .from(schema.notificationDeliveries)
    .where(
      and(
        eq(schema.notificationDeliveries.userId, supplier().userId),
        eq(schema.notificationDeliveries.kind, "request_matched"),
      ),
    );
}

async function heldAlerts() {
  const delayed = await worker.context.queues.queue("notifications").getJobs(["delayed"]);
  return delayed.filter((job) => job.name === "send-request-alerts");
}

async function alertJobDone(requestId: string) {
  const queue = worker.context.queues.queue("notifications");
  const id = await worker.context.queues.enqueue("alert-request-matches", { requestId, version: 1 });
  await waitFor(
    `the alert job for ${requestId} completed`,
    async () => (await queue.getJobState(id)) === "completed",
  );
}

describe("same-day alerts on the worker's clock", () => {
  it("holds an alert during quiet hours and sends it when they end", async () => {
    await alertJobDone(request(0));
    expect((await rows()).map((row) => row.status)).toEqual(["planned"]);
    expect(smtp.messages).toHaveLength(0);
    const [held] = await heldAlerts();
    expect(held?.data).toEqual({
      supplierId: supplier().supplierId,
      userId: supplier().userId,
      dueAt: "2026-12-08T00:00:00.000Z", // 07:00 in Ho Chi Minh City
    });

    clock = new Date("2026-12-08T00:00:00Z");
    await held?.promote();
    await waitFor("the held alert was sent and recorded", async () =>
      (await rows()).every((row) => row.status === "sent"),
    );
    expect(smtp.messages[0]?.to).toEqual([supplier().email]);
    expect(smtp.messages[0]?.text).toContain(`/supplier/requests/${request(0)}`);
    expect((await rows()).map((row) => row.status)).toEqual(["sent"]);
  });

  it("gathers the hour's matches into one more email and leaves out a request closed meanwhile", async () => {
    clock = new Date("2026-12-08T00:10:00Z");
    await alertJobDone(request(1));
    clock = new Date("2026-12-08T00:20:00Z");
    await alertJobDone(request(2));
    // Both wait for one email at the end of the hour after the first: one job, however many matches.
    const held = await heldAlerts();
    expect(held.map((job) => job.data.dueAt)).toEqual(["2026-12-08T01:00:00.000Z"]);
    expect(smtp.messages).toHaveLength(1);

    await handle.db
      .update(schema.sourcingRequests)
      .set({ status: "closed" })
      .where(eq(schema.sourcingRequests.id, request(2)));
    clock = new Date("2026-12-08T01:00:00Z");
    await held[0]?.promote();
    await waitFor("the gathered alert was sent and recorded", async () =>
      (await rows()).every((row) => row.status !== "planned"),
    );
    const gathered = smtp.messages[1];
    expect(gathered?.text).toContain(`/supplier/requests/${request(1)}`);
    expect(gathered?.text).not.toContain(`/supplier/requests/${request(2)}`);
    const byRequest = new Map((await rows()).map((row) => [row.requestId, row]));
    expect(byRequest.get(request(1))?.status).toBe("sent");
    expect(byRequest.get(request(2))).toMatchObject({ status: "skipped", skipReason: "no_longer_open" });
  });

  it("tells nobody twice when the same match is alerted again", async () => {
    const queue = worker.context.queues.queue("notifications");
    await queue.add("alert-request-matches", { requestId: request(0), version: 1 }, { jobId: "again" });
    await waitFor(
      "the repeated job completed",
      async () => (await queue.getJobState("again")) === "completed",
    );
    expect(smtp.messages).toHaveLength(2);
    expect(await rows()).toHaveLength(3);
  });
});
