import { randomUUID } from "node:crypto";
import {
  createJobQueues,
  createWorkerConnection,
  defaultJobRetention,
  type JobName,
  jobCatalog,
  queueNames,
} from "@ketnoi/jobs";
import { databaseUrlFor, testRun, uniqueName } from "@ketnoi/testing";
import { type Job, Queue, QueueEvents } from "bullmq";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker } from "../src/index.js";
import { upsertSchedules } from "../src/schedules.js";
import { deleteRedisKeys, testWorkerConfig, waitUntil } from "./job-harness.js";

const catalogEntries = Object.entries(jobCatalog) as [JobName, (typeof jobCatalog)[JobName]][];

describe("retry policy", () => {
  it.each(catalogEntries)("%s retries with exponential backoff", (_name, entry) => {
    const options: { attempts?: number; backoff?: { type: string; delay?: number } } = entry.options;
    expect(options.attempts).toBeGreaterThan(1);
    expect(options.backoff?.type).toBe("exponential");
    expect(options.backoff?.delay).toBeGreaterThan(0);
  });

  it("gives scheduled jobs their catalog retry policy and keeps their failures", async () => {
    const prefix = uniqueName("schedules");
    // No worker consumes this prefix, so each scheduler's next job stays where the test can read it.
    const connection = createWorkerConnection(testRun().redisUrl);
    const queues = createJobQueues(connection, prefix);
    try {
      await upsertSchedules(queues);
      const scheduled: Job[] = [];
      for (const name of Object.values(queueNames)) {
        scheduled.push(...(await queues.queue(name).getJobs(["delayed", "waiting", "prioritized"])));
      }
      expect(scheduled.length).toBeGreaterThan(0);
      for (const job of scheduled) {
        const { attempts, backoff }: { attempts?: number; backoff?: unknown } =
          jobCatalog[job.name as JobName].options;
        expect(job.opts, job.name).toMatchObject({
          attempts,
          backoff,
          removeOnFail: defaultJobRetention.removeOnFail,
        });
      }
    } finally {
      await queues.close();
      await connection.quit();
      await deleteRedisKeys(prefix);
    }
  });
});

describe("a job whose handler fails, through the worker", () => {
  const prefix = uniqueName("retries");
  let worker: RunningWorker;
  let queue: Queue;
  let events: QueueEvents;
  /** When each job started an attempt: the ids of the queue's event stream are Redis timestamps in ms. */
  const attemptsStarted = new Map<string, number[]>();

  beforeAll(async () => {
    const run = testRun();
    // A database that does not exist: every attempt of a job that needs Postgres fails, as in an outage.
    const unreachable = databaseUrlFor(run.maintenanceDatabaseUrl, uniqueName("missing"));
    worker = await startWorker(testWorkerConfig(unreachable), pino({ level: "silent" }), {
      prefix,
      schedules: false,
      ensureSearchIndex: false,
    });
    queue = new Queue(queueNames.maintenance, { connection: createWorkerConnection(run.redisUrl), prefix });
    events = new QueueEvents(queueNames.maintenance, {
      connection: createWorkerConnection(run.redisUrl),
      prefix,
    });
    events.on("active", ({ jobId }, eventId) => {
      const startedAt = Number(eventId.split("-")[0]);
      attemptsStarted.set(jobId, [...(attemptsStarted.get(jobId) ?? []), startedAt]);
    });
    await events.waitUntilReady();
    // The worker queues an outbox drain as soon as its Redis connection is ready; against the missing database it
    // fails and retries alongside the test's job, and with it an attempt's "active" event sometimes never reaches
    // this listener. Remove it: the maintenance queue then holds only the jobs this test adds.
    await waitUntil("the worker's catch-up drain was queued", async () => {
      const counts = await queue.getJobCounts("waiting", "active", "delayed", "failed", "completed");
      return Object.values(counts).some((count) => count > 0);
    });
    await queue.obliterate({ force: true });
  });
  afterAll(async () => {
    await worker.stop();
    await queue.close();
    await events.close();
    await deleteRedisKeys(prefix);
  });

  const failedJob = async (id: string) => {
    await waitUntil(`job ${id} has failed for good`, async () => (await queue.getJobState(id)) === "failed", {
      timeoutMs: 15_000,
    });
    const job = await queue.getJob(id);
    if (!job) throw new Error(`job ${id} is gone`);
    return job;
  };

  it("retries with growing delays, then stays in the failed set with its reason", async () => {
    const policy = jobCatalog["expire-sourcing-request"].options;
    // The catalog's policy with the first delay shortened from seconds to 150 ms, so the test takes seconds.
    const firstDelayMs = 150;
    const added = await queue.add(
      "expire-sourcing-request",
      { requestId: randomUUID(), version: 1 },
      { ...policy, ...defaultJobRetention, backoff: { ...policy.backoff, delay: firstDelayMs } },
    );
    const job = await failedJob(added.id ?? "");

    expect(job.attemptsMade).toBe(policy.attempts);
    // The expiry opens a transaction first, so the connection's own error is what fails it.
    expect(job.failedReason).toMatch(/^database "[^"]+" does not exist$/);
    expect(job.stacktrace).toHaveLength(policy.attempts);
    // The event stream reaches this test after the job's state: wait for the last attempt's event.
    await waitUntil(
      "every attempt's start event arrived",
      async () => (attemptsStarted.get(job.id ?? "")?.length ?? 0) >= policy.attempts,
      { timeoutMs: 5_000 },
    );
    const starts = attemptsStarted.get(job.id ?? "") ?? [];
    expect(starts).toHaveLength(policy.attempts);
    // Each wait is at least twice the one before: 150, 300, 600, 1200 ms.
    const waits = starts.slice(1).map((start, i) => start - (starts[i] ?? start));
    waits.forEach((wait, i) => {
      expect(wait, `wait before attempt ${i + 2}`).toBeGreaterThanOrEqual(firstDelayMs * 2 ** i - 5);
    });

    // Still there for an admin to see (and retry from the board), kept for the retention period.
    const failed = await queue.getFailed();
    expect(failed.map((j) => j.id)).toContain(job.id);
    expect(job.opts.removeOnFail).toEqual(defaultJobRetention.removeOnFail);
  });

  it("fails a payload that can never be valid at once, without spending its retries", async () => {
    const added = await queue.add(
      "expire-sourcing-request",
      { requestId: "not-a-uuid", version: 1 },
      { ...jobCatalog["expire-sourcing-request"].options, ...defaultJobRetention },
    );
    const job = await failedJob(added.id ?? "");
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/invalid payload for 'expire-sourcing-request': requestId/);
    expect(job.failedReason).not.toContain("not-a-uuid");
  });
});
