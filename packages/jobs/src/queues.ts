// Queue names and the job catalog: every job name has a zod payload, its queue and its retry policy here, so
// producers (API, schedules) and the worker agree on all three, and the compiler checks the worker handles each.
import { z } from "zod";

export const queueNames = {
  maintenance: "maintenance",
  search: "search-sync",
  matching: "matching",
  notifications: "notifications",
} as const;
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

const retry = (attempts: number, delayMs: number) =>
  ({ attempts, backoff: { type: "exponential", delay: delayMs } }) as const;

export const jobCatalog = {
  "purge-stale-tokens": {
    queue: queueNames.maintenance,
    payload: z.object({ olderThanDays: z.number().int().min(1) }),
    options: retry(5, 10_000),
  },
  /** Deletes Idempotency-Keys past their replay window; never younger than the API's 24 hours. */
  "purge-idempotency-keys": {
    queue: queueNames.maintenance,
    payload: z.object({
      olderThanHours: z
        .number()
        .int()
        .min(24)
        .max(24 * 30),
    }),
    options: retry(5, 10_000),
  },
  /** Applies pending search_outbox rows to Meilisearch. Safe to run any time, any number of times. */
  "sync-search-index": {
    queue: queueNames.search,
    payload: z.object({}),
    // Throttled rather than one per change: a burst of edits becomes one sync run a second.
    options: { ...retry(8, 2_000), deduplication: { id: "sync-search-index", ttl: 1000 } },
  },
  /** Re-queues suppliers whose certificates expired yesterday, so the index stops counting them. */
  "refresh-expired-certifications": {
    queue: queueNames.maintenance,
    payload: z.object({ lookbackDays: z.number().int().min(1).max(30) }),
    options: retry(5, 10_000),
  },
  /** Delayed until a request's quote deadline; expires it only if it is still open at the version scheduled. */
  "expire-sourcing-request": {
    queue: queueNames.maintenance,
    payload: z.object({ requestId: z.uuid(), version: z.number().int().min(1) }),
    options: retry(5, 10_000),
  },
  /**
   * Matches an open request to suppliers for the version it was queued for (publish and every later edit). Keyed
   * `match-<requestId>-v<version>` so duplicates collapse; an older version finds the request moved on.
   */
  "match-sourcing-request": {
    queue: queueNames.matching,
    payload: z.object({ requestId: z.uuid(), version: z.number().int().min(1) }),
    options: retry(5, 5_000),
  },
  /**
   * The reverse direction: a supplier's profile reached the index at `version`; add it to the open requests it
   * now fits and remove it from those it no longer fits. Keyed `rematch-<supplierId>-v<version>`.
   */
  "match-supplier-to-requests": {
    queue: queueNames.matching,
    payload: z.object({ supplierId: z.uuid(), version: z.number().int().min(1) }),
    options: retry(5, 5_000),
  },
  /**
   * Tells the buyer a quote arrived or was revised. Keyed by response and revision. The first email about a
   * request leaves at once; what happens in the pause after an email waits for `notify-quote-news`.
   */
  "notify-quote-received": {
    queue: queueNames.notifications,
    payload: z.object({ responseId: z.uuid(), revision: z.number().int().min(1) }),
    options: retry(8, 30_000),
  },
  /**
   * Delayed until `dueAt`, the end of the pause after the last email to this person about this request: sends
   * everything gathered on the request meanwhile as one email. Keyed `quote-news-<requestId>-<userId>-<dueAt ms>`.
   */
  "notify-quote-news": {
    queue: queueNames.notifications,
    payload: z.object({ requestId: z.uuid(), userId: z.uuid(), dueAt: z.iso.datetime() }),
    options: retry(8, 30_000),
  },
  /** Tells every supplier that quoted on an awarded request whether it won. Keyed by request. */
  "notify-request-awarded": {
    queue: queueNames.notifications,
    payload: z.object({ requestId: z.uuid() }),
    options: retry(8, 30_000),
  },
  /**
   * The weekly digest run (job scheduler, DIGEST_CRON in DIGEST_TZ): plans a ledger row per due recipient in
   * batches and queues one `send-weekly-digest` each. `at` (ISO time) plans as of that moment instead of now.
   */
  "plan-weekly-digest": {
    queue: queueNames.notifications,
    payload: z.object({ at: z.iso.datetime({ offset: true }).optional() }),
    options: retry(5, 10_000),
  },
  /** Sends one recipient's digest for one ISO week, at most once (ledger). Keyed `digest-<week>-<userId>`. */
  "send-weekly-digest": {
    queue: queueNames.notifications,
    payload: z.object({ userId: z.uuid(), weekKey: z.string().regex(/^\d{4}-W\d{2}$/) }),
    options: retry(6, 30_000),
  },
  /**
   * Every 5 minutes: expires open requests whose quote deadline passed without their delayed expiry job running
   * (Redis was away when it should have been scheduled). Expires in batches of `batchSize`; reruns are harmless.
   */
  "sweep-expired-requests": {
    queue: queueNames.maintenance,
    payload: z.object({ batchSize: z.number().int().min(1).max(1000) }),
    options: retry(5, 10_000),
  },
} as const;

export type JobName = keyof typeof jobCatalog;
export type JobPayload<N extends JobName> = z.infer<(typeof jobCatalog)[N]["payload"]>;

/** Kept small: finished jobs are evidence for a while, then Redis memory. */
export const defaultJobRetention = {
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 5000 },
} as const;
