// The scheduled housekeeping that is not tested beside its own job: processed rows of both outboxes older than a week, and
// finished jobs past their retention in queues that went quiet. Each prunes what is old and keeps what it must.
import { createDb, type DbHandle, jobOutboxRepository, schema, searchOutboxRepository } from "@ketnoi/db";
import {
  createJobQueues,
  createProducerConnection,
  createWorkerConnection,
  type JobQueues,
} from "@ketnoi/jobs";
import { createTestDatabase, testRun, uniqueName } from "@ketnoi/testing";
import { Worker } from "bullmq";
import { eq, sql } from "drizzle-orm";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeFinishedJobs } from "../src/jobs/clean-finished-jobs.js";
import { deleteProcessedOutboxRows } from "../src/jobs/prune-search-outbox.js";
import { deleteRedisKeys } from "./job-harness.js";

const day = 86_400_000;

describe("pruning the search outbox", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let handle: DbHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
    handle = createDb(database.url, { maxConnections: 2 });
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  it("deletes rows processed more than 7 days ago and keeps recent and pending ones, however old", async () => {
    const now = new Date("2026-12-20T10:00:00Z");
    const ids = ["old-processed", "recent-processed", "old-pending"].map((label, i) => ({
      label,
      entityId: `00000000-0000-4000-8000-00000000000${i}`,
    }));
    await handle.db.transaction((tx) =>
      searchOutboxRepository.queueSearchSync(
        tx,
        "supplier",
        ids.map((row) => row.entityId),
      ),
    );
    const processedAt = {
      "old-processed": now.getTime() - 8 * day,
      "recent-processed": now.getTime() - 6 * day,
    };
    for (const { label, entityId } of ids) {
      const at = processedAt[label as keyof typeof processedAt];
      await handle.db
        .update(schema.searchOutbox)
        .set({
          createdAt: new Date(now.getTime() - 9 * day),
          ...(at ? { processedAt: new Date(at) } : {}),
        })
        .where(eq(schema.searchOutbox.entityId, entityId));
    }

    expect(await deleteProcessedOutboxRows(handle.db, { olderThanDays: 7 }, now)).toEqual({
      deleted: 1,
      jobsDeleted: 0,
    });
    const left = await handle.db.select().from(schema.searchOutbox);
    expect(left.map((row) => row.entityId).sort()).toEqual([ids[1]?.entityId, ids[2]?.entityId].sort());
    // A second run finds nothing more to do.
    expect(await deleteProcessedOutboxRows(handle.db, { olderThanDays: 7 }, now)).toEqual({
      deleted: 0,
      jobsDeleted: 0,
    });
  });

  it("deletes jobs handed to the queues more than 7 days ago and keeps recent and pending ones, however old", async () => {
    const now = new Date("2026-12-20T10:00:00Z");
    const labels = ["old-enqueued", "recent-enqueued", "old-pending"];
    await handle.db.transaction((tx) =>
      jobOutboxRepository.queueOutboxJobs(
        tx,
        labels.map((label) => ({ name: "purge-stale-tokens", payload: { label } })),
      ),
    );
    const enqueuedAt: Record<string, number> = {
      "old-enqueued": now.getTime() - 8 * day,
      "recent-enqueued": now.getTime() - 6 * day,
    };
    for (const label of labels) {
      const at = enqueuedAt[label];
      await handle.db
        .update(schema.jobOutbox)
        .set({ createdAt: new Date(now.getTime() - 9 * day), ...(at ? { enqueuedAt: new Date(at) } : {}) })
        .where(sql`${schema.jobOutbox.payload}->>'label' = ${label}`);
    }

    expect(await deleteProcessedOutboxRows(handle.db, { olderThanDays: 7 }, now)).toEqual({
      deleted: 0,
      jobsDeleted: 1,
    });
    const left = await handle.db.select().from(schema.jobOutbox);
    expect(left.map((row) => (row.payload as { label: string }).label).sort()).toEqual([
      "old-pending",
      "recent-enqueued",
    ]);
    expect(await jobOutboxRepository.countPendingOutboxJobs(handle.db)).toBe(1);
  });
});

describe("cleaning finished jobs", () => {
  const prefix = uniqueName("housekeeping");
  let connection: Redis;
  let queues: JobQueues;
  beforeAll(() => {
    connection = createProducerConnection(testRun().redisUrl, { enableOfflineQueue: true });
    queues = createJobQueues(connection, prefix);
  });
  afterAll(async () => {
    await queues.close();
    await connection.quit();
    await deleteRedisKeys(prefix);
  });

  it("removes completed jobs after 7 days and failed ones after 30, and keeps younger and unfinished jobs", async () => {
    const queue = queues.queue("maintenance");
    const add = (label: string) => queue.add(label, { label }, { attempts: 1 });
    const jobs = {
      oldCompleted: await add("old-completed"),
      recentCompleted: await add("recent-completed"),
      failedTenDaysAgo: await add("failed-ten-days-ago"),
      oldFailed: await add("old-failed"),
    };
    const workerConnection = createWorkerConnection(testRun().redisUrl);
    const worker = new Worker(
      "maintenance",
      async (job) => {
        if (job.name.includes("failed")) throw new Error("refused");
        return "done";
      },
      { connection: workerConnection, prefix },
    );
    const deadline = Date.now() + 10_000;
    const unfinished = async () => {
      const counts = await queue.getJobCounts("waiting", "active");
      return (counts.waiting ?? 0) + (counts.active ?? 0);
    };
    while ((await unfinished()) > 0) {
      if (Date.now() > deadline) throw new Error("jobs did not finish");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await worker.close();
    await workerConnection.quit();
    const waiting = await add("still-waiting");
    // Back-date when each finished (the job's finishedOn and its score in the finished set, which clean reads).
    const finishedDaysAgo = { oldCompleted: 8, recentCompleted: 6, failedTenDaysAgo: 10, oldFailed: 31 };
    for (const [key, days] of Object.entries(finishedDaysAgo)) {
      const job = jobs[key as keyof typeof jobs];
      const finishedOn = Date.now() - days * day;
      const set = key.toLowerCase().includes("failed") ? "failed" : "completed";
      await connection.hset(`${prefix}:maintenance:${job.id}`, "finishedOn", String(finishedOn));
      await connection.zadd(`${prefix}:maintenance:${set}`, finishedOn, job.id ?? "");
    }

    const removed = await removeFinishedJobs(queues, { completedOlderThanDays: 7, failedOlderThanDays: 30 });
    expect(removed).toEqual({ completed: 1, failed: 1 });
    const state = async (id: string | undefined) => (await queue.getJob(id ?? ""))?.getState() ?? "gone";
    expect(await state(jobs.oldCompleted.id)).toBe("gone");
    expect(await state(jobs.recentCompleted.id)).toBe("completed");
    expect(await state(jobs.failedTenDaysAgo.id)).toBe("failed");
    expect(await state(jobs.oldFailed.id)).toBe("gone");
    expect(await state(waiting.id)).toBe("waiting");
  });
});
