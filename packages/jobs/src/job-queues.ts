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
  queue(name: QueueName): Queue;
  close(): Promise<void>;
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
    queue,
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
