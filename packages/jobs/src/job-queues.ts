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
  queue(name: QueueName): Queue;
  close(): Promise<void>;
}

export function createJobQueues(connection: Redis, prefix: string): JobQueues {
  const queues = new Map<QueueName, Queue>(
    Object.values(queueNames).map((name) => [name, new Queue(name, { connection, prefix })]),
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
    queue,
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
