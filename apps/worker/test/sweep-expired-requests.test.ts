import { createDb, type DbHandle, schema } from "@ketnoi/db";
import { createJobQueues, createWorkerConnection, jobCatalog, queueNames } from "@ketnoi/jobs";
import { createTestDatabase, testRun, uniqueName } from "@ketnoi/testing";
import { and, eq, inArray } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker } from "../src/index.js";
import { expireRequestVersion } from "../src/jobs/expire-sourcing-request.js";
import { expireOverdueRequests } from "../src/jobs/sweep-expired-requests.js";
import { upsertSchedules } from "../src/schedules.js";
import {
  createBuyer,
  createRequest,
  deleteRedisKeys,
  findRequest,
  testWorkerConfig,
  waitUntil,
} from "./job-harness.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  organizationId = await createBuyer(handle.db);
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const minute = 60_000;
const now = new Date("2026-12-20T10:00:00Z");
const overdue = (minutes: number) => new Date(now.getTime() - minutes * minute);

/** Leaves nothing overdue from an earlier test, so each test counts only its own requests. */
async function sweepEverything(): Promise<void> {
  await expireOverdueRequests(handle.db, { batchSize: 1000 }, now);
}

describe("sweep-expired-requests job", () => {
  it("expires every open request past its deadline, batch by batch, and nothing else", async () => {
    await sweepEverything();
    const late = await Promise.all(
      [1, 2, 30, 60 * 24, 60 * 24 * 7].map((m) =>
        createRequest(handle.db, organizationId, { quoteDeadline: overdue(m) }),
      ),
    );
    const exactlyDue = await createRequest(handle.db, organizationId, { quoteDeadline: now });
    const stillOpen = await createRequest(handle.db, organizationId, {
      quoteDeadline: new Date(now.getTime() + minute),
    });
    const draft = await createRequest(handle.db, organizationId, {
      quoteDeadline: overdue(5),
      status: "draft",
    });

    const result = await expireOverdueRequests(handle.db, { batchSize: 2 }, now);

    const expiredIds = [...late, exactlyDue].map((r) => r.id);
    expect(result.expired).toBe(6);
    expect([...result.requestIds].sort()).toEqual([...expiredIds].sort());
    for (const request of [...late, exactlyDue]) {
      expect(await findRequest(handle.db, request.id)).toMatchObject({
        status: "expired",
        closedAt: now,
        version: request.version + 1,
      });
    }
    expect(await findRequest(handle.db, stillOpen.id)).toMatchObject({ status: "open", version: 1 });
    expect(await findRequest(handle.db, draft.id)).toMatchObject({ status: "draft", version: 1 });
  });

  it("changes nothing when run again, and the per-request expiry job arriving later changes nothing", async () => {
    await sweepEverything();
    const request = await createRequest(handle.db, organizationId, { quoteDeadline: overdue(10) });
    expect((await expireOverdueRequests(handle.db, { batchSize: 50 }, now)).requestIds).toEqual([request.id]);
    const afterSweep = await findRequest(handle.db, request.id);

    expect(await expireOverdueRequests(handle.db, { batchSize: 50 }, now)).toEqual({
      expired: 0,
      requestIds: [],
    });
    expect(await expireRequestVersion(handle.db, { requestId: request.id, version: 1 }, now)).toEqual({
      expired: false,
    });
    expect(await findRequest(handle.db, request.id)).toEqual(afterSweep);
  });

  it("finds nothing to do after the per-request job has expired a request", async () => {
    await sweepEverything();
    const request = await createRequest(handle.db, organizationId, { quoteDeadline: overdue(10) });
    expect(await expireRequestVersion(handle.db, { requestId: request.id, version: 1 }, now)).toEqual({
      expired: true,
    });
    expect(await expireOverdueRequests(handle.db, { batchSize: 50 }, now)).toEqual({
      expired: 0,
      requestIds: [],
    });
  });

  it("skips a request that is being edited instead of waiting for it, and takes it on the next run", async () => {
    await sweepEverything();
    const edited = await createRequest(handle.db, organizationId, { quoteDeadline: overdue(3) });
    const other = await createRequest(handle.db, organizationId, { quoteDeadline: overdue(3) });

    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => {};
    const lockTaken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    // An edit in progress: holds the row lock the way PATCH /v1/requests/{id} does.
    const edit = handle.db.transaction(async (tx) => {
      await tx
        .select({ id: schema.sourcingRequests.id })
        .from(schema.sourcingRequests)
        .where(eq(schema.sourcingRequests.id, edited.id))
        .for("update");
      locked();
      await released;
    });
    await lockTaken;
    try {
      const first = await expireOverdueRequests(handle.db, { batchSize: 50 }, now);
      expect(first.requestIds).toEqual([other.id]);
      expect((await findRequest(handle.db, edited.id)).status).toBe("open");
    } finally {
      release();
      await edit;
    }
    expect((await expireOverdueRequests(handle.db, { batchSize: 50 }, now)).requestIds).toEqual([edited.id]);
  });

  it("queues every request it expires for the open-requests index", async () => {
    await sweepEverything();
    const requests = await Promise.all(
      [1, 2, 3].map(() => createRequest(handle.db, organizationId, { quoteDeadline: overdue(1) })),
    );
    const ids = requests.map((r) => r.id);
    const pending = () =>
      handle.db
        .select({ entityId: schema.searchOutbox.entityId })
        .from(schema.searchOutbox)
        .where(and(eq(schema.searchOutbox.entity, "request"), inArray(schema.searchOutbox.entityId, ids)));
    const before = (await pending()).length;

    await expireOverdueRequests(handle.db, { batchSize: 2 }, now);

    const after = await pending();
    expect(after.length - before).toBe(3);
    expect(new Set(after.map((row) => row.entityId))).toEqual(new Set(ids));
  });
});

describe("sweep-expired-requests schedule", () => {
  const prefix = uniqueName("sweep_schedule");
  afterAll(async () => {
    await deleteRedisKeys(prefix);
  });

  it("runs every 5 minutes with its catalog retry policy", async () => {
    // No worker consumes this prefix, so the scheduler's next job stays where the test can read it.
    const connection = createWorkerConnection(testRun().redisUrl);
    const queues = createJobQueues(connection, prefix);
    try {
      await upsertSchedules(queues);
      const scheduler = await queues
        .queue(queueNames.maintenance)
        .getJobScheduler("sweep-expired-requests-every-5m");
      expect(scheduler).toMatchObject({ name: "sweep-expired-requests", every: 5 * 60_000 });
      expect(scheduler?.template?.data).toEqual({ batchSize: 200 });
      expect(scheduler?.template?.opts).toMatchObject(jobCatalog["sweep-expired-requests"].options);
    } finally {
      await queues.close();
      await connection.quit();
    }
  });
});

describe("sweep-expired-requests through the worker", () => {
  const prefix = uniqueName("sweep");
  let worker: RunningWorker;

  beforeAll(async () => {
    worker = await startWorker(testWorkerConfig(database.url), pino({ level: "silent" }), {
      prefix,
      schedules: false,
      ensureSearchIndex: false,
    });
  });
  afterAll(async () => {
    await worker.stop();
    await deleteRedisKeys(prefix);
  });

  it("expires overdue requests, returns their ids and asks for an index sync", async () => {
    await sweepEverything();
    const request = await createRequest(handle.db, organizationId, {
      quoteDeadline: new Date(Date.now() - minute),
    });
    // Paused so the sync the job asks for stays where the test can see it (and needs no Meilisearch).
    const searchQueue = worker.context.queues.queue(queueNames.search);
    await searchQueue.pause();

    const jobId = await worker.context.queues.enqueue("sweep-expired-requests", { batchSize: 10 });
    const maintenance = worker.context.queues.queue(queueNames.maintenance);
    // This job, by its id: another sweep that completed in this queue (none should, but a retry or a later
    // change could add one) must not stand in for it. Read once it is completed: a copy read while it was still
    // running keeps a null return value even after isCompleted() turns true.
    await waitUntil(
      "the sweep has completed",
      async () => (await maintenance.getJobState(jobId)) === "completed",
    );
    const completed = await maintenance.getJob(jobId);

    expect(completed?.returnvalue).toEqual({ expired: 1, requestIds: [request.id] });
    expect((await findRequest(handle.db, request.id)).status).toBe("expired");
    const kicked = await searchQueue.getJobs(["waiting", "paused"]);
    expect(kicked.map((j) => j.name)).toContain("sync-search-index");
  });
});
