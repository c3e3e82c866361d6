// Queue names and the job catalog: every job name has a zod payload and its retry policy here, so producers
// (API, scheduler) and the worker agree on both.
import { z } from "zod";

export const queueNames = {
  maintenance: "maintenance",
} as const;
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

export const jobCatalog = {
  "purge-stale-tokens": {
    queue: queueNames.maintenance,
    payload: z.object({ olderThanDays: z.number().int().min(1) }),
    options: { attempts: 5, backoff: { type: "exponential", delay: 10_000 } },
  },
} as const;

export type JobName = keyof typeof jobCatalog;
export type JobPayload<N extends JobName> = z.infer<(typeof jobCatalog)[N]["payload"]>;

/** Kept small: finished jobs are evidence for a while, then Redis memory. */
export const defaultJobRetention = {
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 5000 },
} as const;
