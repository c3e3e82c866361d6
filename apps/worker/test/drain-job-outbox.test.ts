// The job outbox's drain: every pending row reaches its queue once, however many drains run and however often a
// row is handed over; while Redis is gone the rows wait (with the reason) and leave once it is back.
import { createDb, type DbHandle, jobOutboxRepository, schema } from "@ketnoi/db";
import { createJobQueues, createProducerConnection, type JobQueues, outboxJob } from "@ketnoi/jobs";
import { createTestDatabase, type PrivateRedis, startPrivateRedis, uniqueName } from "@ketnoi/testing";
import { asc } from "drizzle-orm";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handOverOutboxJobs } from "../src/jobs/drain-job-outbox.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let redis: PrivateRedis;
let connection: Redis;
let queues: JobQueues;
const now = () => new Date();

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 6 });
  redis = await startPrivateRedis();
  // As the worker's drain would meet an outage with the API's fail-fast settings: a command fails, never hangs.
  connection = createProducerConnection(redis.url);
  connection.on("error", () => {});
  await new Promise((resolve) => connection.once("ready", resolve));
  queues = createJobQueues(connection, uniqueName("outbox"));
});
afterAll(async () => {
  await queues.close().catch(() => undefined);
  connection.disconnect();
  await redis.stop();
  await handle.close();
  await database.drop();
});
beforeEach(async () => {
  await handle.db.delete(schema.jobOutbox);
});

const responseId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;

async function writeQuoteEmails(count: number) {
  await handle.db.transaction((tx) =>
    jobOutboxRepository.queueOutboxJobs(
      tx,
      Array.from({ length: count }, (_, i) =>
        outboxJob("notify-quote-received", { responseId: responseId(i), revision: 1 }),
      ),
    ),
  );
}

async function queuedQuoteEmails() {
  const jobs = await queues.queue("notifications").getJobs(["waiting", "delayed", "prioritized"]);
  return jobs.map((job) => job.id).sort();
}

describe("handing the job outbox to the queues", () => {
  it("queues every row once when two drains run at the same time, and marks every row", async () => {
    await queues.queue("notifications").obliterate({ force: true });
    await writeQuoteEmails(120);
    const [a, b] = await Promise.all([
      handOverOutboxJobs(handle.db, queues, now),
      handOverOutboxJobs(handle.db, queues, now),
    ]);
    expect((a?.enqueued ?? 0) + (b?.enqueued ?? 0)).toBe(120);
    expect(await queuedQuoteEmails()).toEqual(
      Array.from({ length: 120 }, (_, i) => `quote-${responseId(i)}-r1`).sort(),
    );
    expect(await jobOutboxRepository.countPendingOutboxJobs(handle.db)).toBe(0);
    // Nothing left: a later run hands over nothing.
    expect(await handOverOutboxJobs(handle.db, queues, now)).toEqual({ enqueued: 0 });
  });

  it("adds a row handed over twice (a drain that died before marking it) as one job", async () => {
    await queues.queue("notifications").obliterate({ force: true });
    await writeQuoteEmails(3);
    const rows = await handle.db.select().from(schema.jobOutbox).orderBy(asc(schema.jobOutbox.id));
    await queues.enqueueOutboxRows(rows, now());
    await queues.enqueueOutboxRows(rows, now());
    await handOverOutboxJobs(handle.db, queues, now);
    expect(await queuedQuoteEmails()).toHaveLength(3);
  });

  it("delays a job by what is left of its run time, and queues a row the catalog does not know as it is", async () => {
    const runAt = new Date(Date.now() + 3_600_000);
    const requestId = "00000000-0000-4000-8000-0000000000aa";
    await handle.db.transaction((tx) =>
      jobOutboxRepository.queueOutboxJobs(tx, [
        outboxJob("expire-sourcing-request", { requestId, version: 2 }, { runAt }),
        { name: "retired-job", payload: { anything: 1 } },
      ]),
    );
    const [, retired] = await handle.db.select().from(schema.jobOutbox).orderBy(asc(schema.jobOutbox.id));
    await handOverOutboxJobs(handle.db, queues, now);
    const expiry = await queues.queue("maintenance").getJob(`expire-${requestId}-v2`);
    expect(expiry?.opts.delay).toBeGreaterThan(3_600_000 - 60_000);
    expect(expiry?.opts.delay).toBeLessThanOrEqual(3_600_000);
    // The worker fails it at once (no handler) and it stays on the queue board; it no longer blocks the outbox.
    const unknown = await queues.queue("maintenance").getJob(`outbox-${retired?.id}`);
    expect(unknown?.name).toBe("retired-job");
    expect(await jobOutboxRepository.countPendingOutboxJobs(handle.db)).toBe(0);
  });

  it("keeps the rows pending with the reason while Redis is gone, and hands them over once it is back", async () => {
    await writeQuoteEmails(2);
    await redis.stop();
    await expect(handOverOutboxJobs(handle.db, queues, now)).rejects.toThrow();
    const waiting = await handle.db.select().from(schema.jobOutbox);
    expect(waiting.map((row) => row.enqueuedAt)).toEqual([null, null]);
    expect(waiting.every((row) => (row.lastError ?? "").length > 0)).toBe(true);

    await redis.start();
    await new Promise((resolve) => connection.once("ready", resolve));
    expect(await handOverOutboxJobs(handle.db, queues, now)).toEqual({ enqueued: 2 });
    expect(await queuedQuoteEmails()).toHaveLength(2);
    const handed = await handle.db.select().from(schema.jobOutbox);
    expect(handed.map((row) => row.lastError)).toEqual([null, null]);
  });
});
