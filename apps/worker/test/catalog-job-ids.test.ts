import { randomUUID } from "node:crypto";
import { createJobQueues, createWorkerConnection, type JobQueues, queueNames } from "@ketnoi/jobs";
import { testRun, uniqueName } from "@ketnoi/testing";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteRedisKeys } from "./job-harness.js";

// No worker consumes this prefix, so every job added stays waiting where the test can count it.
const prefix = uniqueName("job_ids");
let connection: Redis;
let queues: JobQueues;

beforeAll(() => {
  connection = createWorkerConnection(testRun().redisUrl);
  queues = createJobQueues(connection, prefix);
});
afterAll(async () => {
  await queues.close();
  await connection.quit();
  await deleteRedisKeys(prefix);
});

describe("enqueuing with the catalog's job ids", () => {
  it("gives a job its catalog id and adds nothing when the same payload comes again", async () => {
    const requestId = randomUUID();
    const first = await queues.enqueue("match-sourcing-request", { requestId, version: 1 });
    const again = await queues.enqueue("match-sourcing-request", { requestId, version: 1 });
    const edited = await queues.enqueue("match-sourcing-request", { requestId, version: 2 });

    expect([first, again, edited]).toEqual([
      `match-${requestId}-v1`,
      `match-${requestId}-v1`,
      `match-${requestId}-v2`,
    ]);
    const waiting = await queues.queue(queueNames.matching).getWaiting();
    expect(waiting.map((job) => job.id).filter((id) => id?.includes(requestId))).toHaveLength(2);
  });

  it("gives each of many jobs its catalog id, once, with the retry policy asked for", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await queues.enqueueMany(
      "match-supplier-to-requests",
      [
        { supplierId: a, version: 1 },
        { supplierId: b, version: 3 },
        { supplierId: a, version: 1 },
      ],
      { attempts: 2, backoff: { type: "exponential", delay: 50 } },
    );
    const queue = queues.queue(queueNames.matching);
    const added = await Promise.all([`rematch-${a}-v1`, `rematch-${b}-v3`].map((id) => queue.getJob(id)));
    expect(added.map((job) => job?.data)).toEqual([
      { supplierId: a, version: 1 },
      { supplierId: b, version: 3 },
    ]);
    expect(added.map((job) => job?.opts.attempts)).toEqual([2, 2]);
    const waiting = await queue.getWaiting();
    expect(waiting.filter((job) => job.data.supplierId === a)).toHaveLength(1);
  });

  it("lets BullMQ number the jobs the catalog gives no id, so each one runs", async () => {
    const at = new Date().toISOString();
    const first = await queues.enqueue("plan-weekly-digest", { at });
    const second = await queues.enqueue("plan-weekly-digest", { at });
    expect(second).not.toBe(first);
    expect([first, second].every((id) => /^\d+$/.test(id))).toBe(true);
  });
});
