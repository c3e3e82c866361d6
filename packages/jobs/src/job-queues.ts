// Typed producer side: enqueue(name, payload) validates the payload and applies the catalog's options.
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import {
  defaultJobRetention,
  type JobName,
  type JobPayload,
  jobCatalog,
  type QueueName,
  queueNames,
} from "./queues.js";

export interface JobQueues {
  enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options?: { jobId?: string; delay?: number },
  ): Promise<void>;
  /** Adds many jobs of one name in one round trip; ids dedupe as with `enqueue`. */
  enqueueMany<N extends JobName>(name: N, jobs: { payload: JobPayload<N>; jobId: string }[]): Promise<void>;
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
      const data = entry.payload.parse(payload);
      await queue(entry.queue).add(name, data, { ...entry.options, ...defaultJobRetention, ...options });
    },
    async enqueueMany(name, jobs) {
      if (jobs.length === 0) return;
      const entry = jobCatalog[name];
      await queue(entry.queue).addBulk(
        jobs.map((job) => ({
          name,
          data: entry.payload.parse(job.payload),
          opts: { ...entry.options, ...defaultJobRetention, jobId: job.jobId },
        })),
      );
    },
    queue,
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
