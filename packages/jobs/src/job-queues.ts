// Typed producer side: enqueue(name, payload) validates the payload and applies the catalog's options and job id.
import { type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import {
  defaultJobRetention,
  type JobName,
  type JobPayload,
  jobCatalog,
  jobIdOf,
  type QueueName,
  queueNames,
} from "./queues.js";

export interface JobQueues {
  /**
   * Adds a job, or does nothing when the id the catalog gives it is still held by a job in the queue (waiting,
   * running, or kept after it finished). Resolves to the job's id (BullMQ's own for jobs the catalog gives none).
   */
  enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options?: Pick<JobsOptions, "delay">,
  ): Promise<string>;
  /**
   * Adds many jobs of one name in one round trip; ids dedupe as with `enqueue`. `options` replace the catalog's
   * retry policy for these jobs.
   */
  enqueueMany<N extends JobName>(
    name: N,
    payloads: JobPayload<N>[],
    options?: Pick<JobsOptions, "attempts" | "backoff">,
  ): Promise<void>;
  /**
   * Adds the job outbox's rows to their queues. A row's job id is the catalog's, or `outbox-<row id>` for jobs the
   * catalog gives none, so handing a row over twice adds one job. A delayed row waits what is left of its
   * `runAt`. A row the catalog does not know, or whose payload no longer fits, is added as it is to the
   * maintenance queue, where the worker fails it at once and it stays visible on the queue board.
   */
  enqueueOutboxRows(rows: OutboxRow[], now: Date): Promise<void>;
  queue(name: QueueName): Queue;
  close(): Promise<void>;
}

export interface OutboxRow {
  id: number;
  name: string;
  payload: unknown;
  runAt: Date | null;
}

export function createJobQueues(connection: Redis, prefix: string): JobQueues {
  const queues = new Map<QueueName, Queue>(
    Object.values(queueNames).map((name) => [
      name,
      new Queue(name, {
        connection,
        prefix,
        // For jobs added outside the catalog (the queue board's "add job", a raw queue.add): retry and retention
        // like every catalog job rather than BullMQ's single attempt kept for ever.
        defaultJobOptions: {
          attempts: 3,
          backoff: { type: "exponential", delay: 10_000 },
          ...defaultJobRetention,
        },
      }),
    ]),
  );
  const queue = (name: QueueName) => {
    const found = queues.get(name);
    if (!found) throw new Error(`unknown queue ${name}`);
    return found;
  };
  return {
    async enqueue(name, payload, options = {}) {
      const entry = jobCatalog[name];
      const added = await queue(entry.queue).add(name, entry.payload.parse(payload), {
        ...entry.options,
        ...defaultJobRetention,
        ...options,
        jobId: jobIdOf(name, payload),
      });
      // Redis gives every added job an id: the catalog's, the one it collapsed into, or a counter.
      if (added.id === undefined) throw new Error(`BullMQ added '${name}' without an id`);
      return added.id;
    },
    async enqueueMany(name, payloads, options = {}) {
      if (payloads.length === 0) return;
      const entry = jobCatalog[name];
      await queue(entry.queue).addBulk(
        payloads.map((payload) => ({
          name,
          data: entry.payload.parse(payload),
          opts: { ...entry.options, ...defaultJobRetention, ...options, jobId: jobIdOf(name, payload) },
        })),
      );
    },
    async enqueueOutboxRows(rows, now) {
      const byQueue = new Map<QueueName, Parameters<Queue["addBulk"]>[0]>();
      for (const row of rows) {
        const entry = row.name in jobCatalog ? jobCatalog[row.name as JobName] : undefined;
        const parsed = entry?.payload.safeParse(row.payload);
        const delay = row.runAt ? Math.max(0, row.runAt.getTime() - now.getTime()) : 0;
        const queueName = entry && parsed?.success ? entry.queue : queueNames.maintenance;
        const jobId =
          entry && parsed?.success
            ? (jobIdOf(row.name as JobName, parsed.data as never) ?? `outbox-${row.id}`)
            : `outbox-${row.id}`;
        const jobs = byQueue.get(queueName) ?? [];
        jobs.push({
          name: row.name,
          data: parsed?.success ? parsed.data : row.payload,
          opts: {
            ...(entry && parsed?.success ? entry.options : {}),
            ...defaultJobRetention,
            ...(delay > 0 ? { delay } : {}),
            jobId,
          },
        });
        byQueue.set(queueName, jobs);
      }
      for (const [name, jobs] of byQueue) await queue(name).addBulk(jobs);
    },
    queue,
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
