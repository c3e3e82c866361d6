// Queue names and the job catalog: every job name has a zod payload, its queue, its retry policy and (when a
// second job for the same payload must collapse into the first) its job id here, so producers (API, worker,
// schedules) and the worker agree on all of them, and the compiler checks the worker handles each.
import type { JobsOptions } from "bullmq";
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

interface JobEntry<Payload extends z.ZodType, Options extends JobsOptions> {
  queue: QueueName;
  payload: Payload;
  options: Options;
}

/**
 * The job's id, built from its payload, for jobs of which one per payload is enough: adding a job whose id is still
 * held by another in the queue (waiting, running, or kept after it finished) does nothing. BullMQ reserves ':' in
 * job ids and refuses ids that are all digits, so ids join their parts with '-' and start with a word.
 */
type JobIdOf<Payload extends z.ZodType> = (payload: z.output<Payload>) => string;

/** One entry of the catalog; `job` only gives `jobId` its payload's type. */
function job<const Payload extends z.ZodType, const Options extends JobsOptions>(
  entry: JobEntry<Payload, Options> & { jobId: JobIdOf<Payload> },
): JobEntry<Payload, Options> & { jobId: JobIdOf<Payload> };
function job<const Payload extends z.ZodType, const Options extends JobsOptions>(
  entry: JobEntry<Payload, Options>,
): JobEntry<Payload, Options> & { jobId?: undefined };
function job(entry: JobEntry<z.ZodType, JobsOptions>) {
  return entry;
}

export const jobCatalog = {
  "purge-stale-tokens": job({
    queue: queueNames.maintenance,
    payload: z.object({ olderThanDays: z.number().int().min(1) }),
    options: retry(5, 10_000),
  }),
  /** Deletes Idempotency-Keys past their replay window; never younger than the API's 24 hours. */
  "purge-idempotency-keys": job({
    queue: queueNames.maintenance,
    payload: z.object({
      olderThanHours: z
        .number()
        .int()
        .min(24)
        .max(24 * 30),
    }),
    options: retry(5, 10_000),
  }),
  /**
   * Deletes search_outbox rows processed, and job_outbox rows handed to the queues, more than `olderThanDays` ago;
   * pending rows of either stay whatever their age.
   */
  "prune-search-outbox": job({
    queue: queueNames.maintenance,
    payload: z.object({ olderThanDays: z.number().int().min(1).max(365) }),
    options: retry(5, 10_000),
  }),
  /**
   * Removes finished jobs from every queue: completed ones older than `completedOlderThanDays`, failed ones older
   * than `failedOlderThanDays`. Retention trims a queue only when another of its jobs finishes; a queue that went
   * quiet would otherwise keep its old jobs (and the emails in their payloads) for ever.
   */
  "clean-finished-jobs": job({
    queue: queueNames.maintenance,
    payload: z.object({
      completedOlderThanDays: z.number().int().min(1).max(90),
      failedOlderThanDays: z.number().int().min(1).max(90),
    }),
    options: retry(5, 10_000),
  }),
  /**
   * Applies pending search_outbox rows to Meilisearch and queues the matching they set off. Safe to run any time,
   * any number of times.
   */
  "sync-search-index": job({
    queue: queueNames.search,
    payload: z.object({}),
    // A burst of changes becomes one waiting run: kicks collapse into a run that has not started. The worker
    // releases the key when a run starts (apps/worker/src/worker.ts), so a change committed while a run is
    // under way queues the next one instead of waiting for the schedule.
    options: { ...retry(8, 2_000), deduplication: { id: "sync-search-index" } },
  }),
  /**
   * Hands the pending job_outbox rows (jobs written with the change that set them off) to their queues. Safe to
   * run any time, any number of times, in several processes at once: rows are claimed with skip-locked, and a
   * row's job keeps one id however often it is handed over.
   */
  "drain-job-outbox": job({
    queue: queueNames.maintenance,
    payload: z.object({}),
    // Kicks collapse into a run that has not started; the worker releases the key when the run starts.
    options: { ...retry(8, 2_000), deduplication: { id: "drain-job-outbox" } },
  }),
  /** Re-queues suppliers whose certificates expired yesterday, so the index stops counting them. */
  "refresh-expired-certifications": job({
    queue: queueNames.maintenance,
    payload: z.object({ lookbackDays: z.number().int().min(1).max(30) }),
    options: retry(5, 10_000),
  }),
  /**
   * Delayed until a request's quote deadline; expires it only if it is still open at the version scheduled. One
   * per version: a request changed since gets its own, and the older one finds the version moved on.
   */
  "expire-sourcing-request": job({
    queue: queueNames.maintenance,
    payload: z.object({ requestId: z.uuid(), version: z.number().int().min(1) }),
    options: retry(5, 10_000),
    jobId: ({ requestId, version }) => `expire-${requestId}-v${version}`,
  }),
  /**
   * Matches an open request to suppliers for the version it was queued for (publish and every later edit). One
   * per version, so a double submit collapses into one run; an older version finds the request moved on.
   */
  "match-sourcing-request": job({
    queue: queueNames.matching,
    payload: z.object({ requestId: z.uuid(), version: z.number().int().min(1) }),
    options: retry(5, 5_000),
    jobId: ({ requestId, version }) => `match-${requestId}-v${version}`,
  }),
  /**
   * The reverse direction: a supplier's profile reached the index at `version`; add it to the open requests it
   * now fits and remove it from those it no longer fits. One per supplier version.
   */
  "match-supplier-to-requests": job({
    queue: queueNames.matching,
    payload: z.object({ supplierId: z.uuid(), version: z.number().int().min(1) }),
    options: retry(5, 5_000),
    jobId: ({ supplierId, version }) => `rematch-${supplierId}-v${version}`,
  }),
  /**
   * Tells the buyer a quote arrived or was revised. One per response and revision. The first email about a
   * request leaves at once; what happens in the pause after an email waits for `notify-quote-news`.
   */
  "notify-quote-received": job({
    queue: queueNames.notifications,
    payload: z.object({ responseId: z.uuid(), revision: z.number().int().min(1) }),
    options: retry(8, 30_000),
    jobId: ({ responseId, revision }) => `quote-${responseId}-r${revision}`,
  }),
  /**
   * Delayed until `dueAt`, the end of the pause after the last email to this person about this request: sends
   * everything gathered on the request meanwhile (quotes, messages) as one email. One per person, request and
   * pause. `supplierId` when the person reads as one of the supplier's people (the buyer's messages to it).
   */
  "notify-quote-news": job({
    queue: queueNames.notifications,
    payload: z.object({
      requestId: z.uuid(),
      userId: z.uuid(),
      dueAt: z.iso.datetime(),
      supplierId: z.uuid().optional(),
    }),
    options: retry(8, 30_000),
    jobId: ({ requestId, userId, dueAt }) => `quote-news-${requestId}-${userId}-${Date.parse(dueAt)}`,
  }),
  /**
   * Same-day alerts after a request was matched at `version`: plans an alert row for each person of each supplier it
   * matches (the ledger tells each of them of a request once) and sends or schedules their alert. One per version.
   */
  "alert-request-matches": job({
    queue: queueNames.notifications,
    payload: z.object({ requestId: z.uuid(), version: z.number().int().min(1) }),
    options: retry(8, 30_000),
    jobId: ({ requestId, version }) => `alert-request-${requestId}-v${version}`,
  }),
  /**
   * Same-day alerts after a supplier's profile change at `version` made it match `requestIds` (open requests it
   * did not match before). One per supplier version.
   */
  "alert-supplier-matches": job({
    queue: queueNames.notifications,
    payload: z.object({
      supplierId: z.uuid(),
      version: z.number().int().min(1),
      requestIds: z.array(z.uuid()).min(1).max(10_000),
    }),
    options: retry(8, 30_000),
    jobId: ({ supplierId, version }) => `alert-supplier-${supplierId}-v${version}`,
  }),
  /**
   * Delayed until `dueAt` (the end of the hour after the person's last alert about the supplier, or of their quiet
   * hours): sends every match gathered meanwhile as one alert. One per person, supplier and due time.
   */
  "send-request-alerts": job({
    queue: queueNames.notifications,
    payload: z.object({ supplierId: z.uuid(), userId: z.uuid(), dueAt: z.iso.datetime() }),
    options: retry(8, 30_000),
    jobId: ({ supplierId, userId, dueAt }) => `alerts-${supplierId}-${userId}-${Date.parse(dueAt)}`,
  }),
  /**
   * Tells the other side of each thread that a message arrived (the buyer's people, or the supplier's; an answer
   * to all reaches every supplier's). One per post; the emails are paced per person and request.
   */
  "notify-message-posted": job({
    queue: queueNames.notifications,
    payload: z.object({ postId: z.uuid() }),
    options: retry(8, 30_000),
    jobId: ({ postId }) => `message-${postId}`,
  }),
  /** Tells every supplier that quoted on an awarded request whether it won. One per request. */
  "notify-request-awarded": job({
    queue: queueNames.notifications,
    payload: z.object({ requestId: z.uuid() }),
    options: retry(8, 30_000),
    jobId: ({ requestId }) => `award-${requestId}`,
  }),
  /** Tells a supplier's people that a buyer invited it to quote. One per invitation (inviting again adds none). */
  "notify-supplier-invited": job({
    queue: queueNames.notifications,
    payload: z.object({ invitationId: z.uuid() }),
    options: retry(8, 30_000),
    jobId: ({ invitationId }) => `invitation-${invitationId}`,
  }),
  /**
   * The weekly digest run (job scheduler, DIGEST_CRON in DIGEST_TZ): plans a ledger row per due recipient in
   * batches and queues a `send-weekly-digest-batch` per 100 of them. `at` (ISO time) plans as of that moment instead of now.
   */
  "plan-weekly-digest": job({
    queue: queueNames.notifications,
    payload: z.object({ at: z.iso.datetime({ offset: true }).optional() }),
    options: retry(5, 10_000),
  }),
  /** Sends one recipient's digest for one ISO week, at most once (ledger). One per recipient and week. */
  "send-weekly-digest": job({
    queue: queueNames.notifications,
    payload: z.object({ userId: z.uuid(), weekKey: z.string().regex(/^\d{4}-W\d{2}$/) }),
    options: retry(6, 30_000),
    jobId: ({ userId, weekKey }) => `digest-${weekKey}-${userId}`,
  }),
  /**
   * Sends the digests of up to 100 recipients for one ISO week, each at most once (ledger). The weekly run queues
   * these; the id names the week and the batch's first and last recipient.
   */
  "send-weekly-digest-batch": job({
    queue: queueNames.notifications,
    payload: z.object({
      weekKey: z.string().regex(/^\d{4}-W\d{2}$/),
      userIds: z.array(z.uuid()).min(1).max(100),
    }),
    options: retry(6, 30_000),
    jobId: ({ weekKey, userIds }) =>
      `digest-batch-${weekKey}-${userIds[0]}-${userIds[userIds.length - 1]}-${userIds.length}`,
  }),
  /**
   * Every 5 minutes: expires open requests whose quote deadline passed without their delayed expiry job running
   * (Redis was away when it should have been scheduled). Expires in batches of `batchSize`; reruns are harmless.
   */
  "sweep-expired-requests": job({
    queue: queueNames.maintenance,
    payload: z.object({ batchSize: z.number().int().min(1).max(1000) }),
    options: retry(5, 10_000),
  }),
} as const;

export type JobName = keyof typeof jobCatalog;
export type JobPayload<N extends JobName> = z.infer<(typeof jobCatalog)[N]["payload"]>;

/** The jobs the catalog gives an id. */
type KeyedJobName = {
  [N in JobName]: undefined extends (typeof jobCatalog)[N]["jobId"] ? never : N;
}[JobName];

/** The id the catalog gives this job; undefined for jobs it gives none (BullMQ numbers those). */
export function jobIdOf<N extends KeyedJobName>(name: N, payload: JobPayload<N>): string;
export function jobIdOf<N extends JobName>(name: N, payload: JobPayload<N>): string | undefined;
export function jobIdOf<N extends JobName>(name: N, payload: JobPayload<N>): string | undefined {
  const jobId = jobCatalog[name].jobId as ((payload: JobPayload<N>) => string) | undefined;
  return jobId?.(payload);
}

/** A job as the job outbox holds it until the drain hands it over. */
export interface OutboxJobOf<N extends JobName> {
  name: N;
  payload: JobPayload<N>;
  /** For a delayed job: when it should run. */
  runAt?: Date;
}

/**
 * A job to write to the job outbox in the transaction of the change that sets it off. The payload is checked
 * now, so a bad one fails the use case instead of waiting in the outbox.
 */
export function outboxJob<N extends JobName>(
  name: N,
  payload: JobPayload<N>,
  options: { runAt?: Date } = {},
): OutboxJobOf<N> {
  return {
    name,
    payload: jobCatalog[name].payload.parse(payload) as JobPayload<N>,
    ...(options.runAt ? { runAt: options.runAt } : {}),
  };
}

/** Kept small: finished jobs are evidence for a while, then Redis memory. */
export const defaultJobRetention = {
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 5000 },
} as const;
