// Stopping a worker never leaves a job half-applied: a graceful stop lets the running job finish, and a job whose
// worker process dies mid-run is taken again by another worker once its lock expires, and applied once.
//
// The job is the real "expire-sourcing-request" on an overdue request. The test holds the request's row lock (as
// an edit in progress would), so the job is caught mid-run, waiting in Postgres, for as long as the test needs.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { currentEnvironment } from "@ketnoi/config";
import { createDb, type DbHandle, type SourcingRequest, schema } from "@ketnoi/db";
import { createJobQueues, createWorkerConnection, type JobQueues, queueNames } from "@ketnoi/jobs";
import { createTestDatabase, uniqueName } from "@ketnoi/testing";
import type { Job } from "bullmq";
import { eq, sql } from "drizzle-orm";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker } from "../src/index.js";
import {
  createBuyer,
  createRequest,
  deleteRedisKeys,
  findRequest,
  testWorkerConfig,
  waitUntil,
} from "./job-harness.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
/**
 * Short, so a dead worker's job is free again in seconds instead of BullMQ's 30; long enough that a live worker on
 * a loaded CI machine still renews it in time (at 1 s, a renewal half a second late would let the job stall).
 */
const crashLockDurationMs = 3000;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let organizationId: string;
const prefixes: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  organizationId = await createBuyer(handle.db);
});
afterEach(async () => {
  // In reverse: workers and processes stop before the row locks they wait on are released.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});
afterAll(async () => {
  for (const prefix of prefixes) await deleteRedisKeys(prefix);
  await handle.close();
  await database.drop();
});

function newPrefix(): string {
  const prefix = uniqueName("shutdown");
  prefixes.push(prefix);
  return prefix;
}

/** A producer on the test's prefix: enqueues the way the API does, with the catalog's options. */
function producerFor(prefix: string): { queues: JobQueues; connection: Redis } {
  const connection = createWorkerConnection(testWorkerConfig(database.url).REDIS_URL);
  const queues = createJobQueues(connection, prefix);
  cleanups.push(async () => {
    await queues.close();
    await connection.quit();
  });
  return { queues, connection };
}

/** A worker in the test's process; `lockDurationMs` shortens how soon it takes back a dead worker's job. */
async function startInProcessWorker(prefix: string, lockDurationMs?: number): Promise<RunningWorker> {
  return startWorker(testWorkerConfig(database.url), pino({ level: "silent" }), {
    prefix,
    schedules: false,
    ensureSearchIndex: false,
    ...(lockDurationMs ? { lockDurationMs } : {}),
  });
}

/** Holds the request's row lock until `release()`, the way an edit in progress does. */
async function holdRowLock(requestId: string): Promise<{ release(): Promise<void> }> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked: (holderPid: number) => void = () => {};
  const lockTaken = new Promise<number>((resolve) => {
    locked = resolve;
  });
  const transaction = handle.db.transaction(async (tx) => {
    await tx
      .select({ id: schema.sourcingRequests.id })
      .from(schema.sourcingRequests)
      .where(eq(schema.sourcingRequests.id, requestId))
      .for("update");
    const [holder] = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
    locked(holder?.pid ?? 0);
    await released;
  });
  rowLockHolderPid = await lockTaken;
  let done = false;
  const releaseLock = async () => {
    if (done) return;
    done = true;
    release();
    await transaction;
  };
  cleanups.push(releaseLock);
  return { release: releaseLock };
}

/** The backend holding the request's row lock (`holdRowLock`). */
let rowLockHolderPid = 0;

/**
 * Backends waiting for the row lock the test holds: a job caught mid-run. Only those: the worker's search syncs
 * (queued when it connects to Redis) can wait for each other's advisory lock meanwhile, and counting them made
 * the wait for exactly one never end.
 */
async function backendsWaitingForLock(): Promise<number[]> {
  const rows = await handle.db.execute<{ pid: number }>(sql`
    select pid from pg_stat_activity
    where datname = current_database() and ${rowLockHolderPid}::int = any(pg_blocking_pids(pid))`);
  return [...rows].map((row) => row.pid);
}

async function enqueueExpiry(queues: JobQueues, request: SourcingRequest): Promise<Job> {
  const jobId = await queues.enqueue("expire-sourcing-request", {
    requestId: request.id,
    version: request.version,
  });
  const job = await queues.queue(queueNames.maintenance).getJob(jobId);
  if (!job) throw new Error("job was not added");
  return job;
}

async function finishedJob(queues: JobQueues, id: string): Promise<Job> {
  const queue = queues.queue(queueNames.maintenance);
  await waitUntil(`job ${id} has completed`, async () => (await queue.getJobState(id)) === "completed", {
    timeoutMs: 15_000,
  });
  const job = await queue.getJob(id);
  if (!job) throw new Error(`job ${id} is gone`);
  return job;
}

/** Starts the worker in its own process, so the test can kill it the way a crash or an OOM kill would. */
async function spawnWorkerProcess(prefix: string): Promise<ChildProcess> {
  const config = testWorkerConfig(database.url);
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=development",
      "apps/worker/test/fixtures/worker-process.ts",
      "--prefix",
      prefix,
      "--lock-duration-ms",
      String(crashLockDurationMs),
    ],
    {
      cwd: repoRoot,
      env: {
        PATH: currentEnvironment().PATH ?? "",
        NODE_ENV: "test",
        DATABASE_URL: config.DATABASE_URL,
        REDIS_URL: config.REDIS_URL,
        MEILI_URL: config.MEILI_URL,
        MEILI_MASTER_KEY: config.MEILI_MASTER_KEY,
        SMTP_URL: config.SMTP_URL,
        PUBLIC_URL: config.PUBLIC_URL,
        EMAIL_LINK_SECRET: config.EMAIL_LINK_SECRET,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const exited = once(child, "exit");
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  });
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker process exited with ${code}: ${output}`)));
  });
  return child;
}

describe("graceful stop", () => {
  it("lets the running job finish, applies it once, and resolves only after it", {
    timeout: 40_000,
  }, async () => {
    const prefix = newPrefix();
    const { queues } = producerFor(prefix);
    const request = await createRequest(handle.db, organizationId, {
      quoteDeadline: new Date(Date.now() - 60_000),
    });
    const worker = await startInProcessWorker(prefix);
    let stopped = false;
    cleanups.push(() => (stopped ? Promise.resolve() : worker.stop()));

    const lock = await holdRowLock(request.id);
    const job = await enqueueExpiry(queues, request);
    await waitForOneBackendWaiting();

    let stopResolvedAt: number | undefined;
    const stopping = worker.stop().then(() => {
      stopResolvedAt = Date.now();
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(stopResolvedAt, "stop() must wait for the running job").toBeUndefined();
    expect(await job.getState()).toBe("active");

    await lock.release();
    await stopping;

    const finished = await finishedJob(queues, job.id ?? "");
    expect(finished.returnvalue).toEqual({ expired: true });
    expect(finished.attemptsMade).toBe(1);
    expect(stopResolvedAt).toBeGreaterThanOrEqual(finished.finishedOn ?? Number.POSITIVE_INFINITY);
    expect(await findRequest(handle.db, request.id)).toMatchObject({
      status: "expired",
      version: request.version + 1,
    });
  });
});

describe("a worker process that dies mid-job", () => {
  it("leaves the job to another worker, which applies it once", { timeout: 40_000 }, async () => {
    const prefix = newPrefix();
    const { queues } = producerFor(prefix);
    const request = await createRequest(handle.db, organizationId, {
      quoteDeadline: new Date(Date.now() - 60_000),
    });
    const child = await spawnWorkerProcess(prefix);
    const lock = await holdRowLock(request.id);
    const job = await enqueueExpiry(queues, request);
    const [orphan] = await waitForOneBackendWaiting();

    child.kill("SIGKILL");
    await once(child, "exit");
    // Postgres notices a dead client only when it next talks to it; the machine going away takes the connection
    // (and the statement that had not run yet) with it. Here the statement is ended the same way.
    await handle.db.execute(sql`select pg_terminate_backend(${orphan})`);
    await lock.release();
    expect(await findRequest(handle.db, request.id)).toMatchObject({
      status: "open",
      version: request.version,
    });

    const rescuer = await startInProcessWorker(prefix, crashLockDurationMs);
    cleanups.push(() => rescuer.stop());
    const finished = await finishedJob(queues, job.id ?? "");

    expect(finished.returnvalue).toEqual({ expired: true });
    // Taken back from the dead worker by the stalled-job check, not by a retry after a failure.
    expect(finished.stalledCounter).toBe(1);
    expect(finished.attemptsMade).toBe(1);
    expect(await findRequest(handle.db, request.id)).toMatchObject({
      status: "expired",
      version: request.version + 1,
    });
  });
  // A dead worker's change can no longer half-commit: the expiry and its index outbox row are one transaction,
  // which Postgres rolls back when the connection drops; the test above covers that case.
});

/** Waits until the job is caught mid-run. A fresh worker's first poll took more than 10 s once on a loaded CI machine. */
async function waitForOneBackendWaiting(): Promise<number[]> {
  let waiting: number[] = [];
  await waitUntil(
    "the job waits in Postgres",
    async () => {
      waiting = await backendsWaitingForLock();
      return waiting.length === 1;
    },
    { timeoutMs: 25_000 },
  ).catch((error: Error) => {
    // How many waited at the end tells a worker too slow to reach the lock (0) from a second waiter (2).
    throw new Error(`${error.message} (backends waiting for a lock at the end: ${waiting.length})`);
  });
  return waiting;
}
