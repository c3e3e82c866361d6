// Recurring jobs, declared with BullMQ job schedulers (idempotent upserts, safe on every start).
import { digestScheduleDefaults } from "@ketnoi/config";
import { defaultJobRetention, type JobName, type JobPayload, type JobQueues, jobCatalog } from "@ketnoi/jobs";

async function schedule<N extends JobName>(
  queues: JobQueues,
  id: string,
  repeat: { pattern: string; tz: string } | { every: number },
  name: N,
  data: JobPayload<N>,
): Promise<void> {
  const { deduplication: _dedupe, ...options } = jobCatalog[name]
    .options as (typeof jobCatalog)[N]["options"] & {
    deduplication?: unknown;
  };
  await queues.queue(jobCatalog[name].queue).upsertJobScheduler(id, repeat, {
    name,
    data,
    opts: { ...options, ...defaultJobRetention },
  });
}

export interface ScheduleSettings {
  /** Cron pattern of the weekly digest run (DIGEST_CRON) and the time zone it is read in (DIGEST_TZ). */
  digestCron: string;
  digestTimeZone: string;
}

export async function upsertSchedules(
  queues: JobQueues,
  settings: ScheduleSettings = {
    digestCron: digestScheduleDefaults.cron,
    digestTimeZone: digestScheduleDefaults.timeZone,
  },
): Promise<void> {
  const hcmc = "Asia/Ho_Chi_Minh";
  await schedule(
    queues,
    "purge-stale-tokens-daily",
    { pattern: "0 3 * * *", tz: hcmc },
    "purge-stale-tokens",
    {
      olderThanDays: 30,
    },
  );
  // Idempotency-Keys are replayed for 24 hours; an hourly purge keeps the table at about a day of writes.
  await schedule(
    queues,
    "purge-idempotency-keys-hourly",
    { pattern: "17 * * * *", tz: hcmc },
    "purge-idempotency-keys",
    {
      olderThanHours: 24,
    },
  );
  // Processed outbox rows (both outboxes) are history after a week (a week of them explains any indexing
  // question; the queues keep their own record of the jobs).
  await schedule(
    queues,
    "prune-search-outbox-daily",
    { pattern: "30 3 * * *", tz: hcmc },
    "prune-search-outbox",
    { olderThanDays: 7 },
  );
  // The same retention as each job's own (queues.ts, defaultJobRetention), applied even to queues gone quiet.
  await schedule(
    queues,
    "clean-finished-jobs-daily",
    { pattern: "45 3 * * *", tz: hcmc },
    "clean-finished-jobs",
    { completedOlderThanDays: 7, failedOlderThanDays: 30 },
  );
  // The API kicks a sync after every change; this catches up within seconds after a Meilisearch, Postgres or Redis
  // outage (a run that finds nothing pending is one lock and one indexed read).
  await queues.queue(jobCatalog["sync-search-index"].queue).removeJobScheduler("sync-search-index-every-30s");
  await schedule(queues, "sync-search-index-every-5s", { every: 5_000 }, "sync-search-index", {});
  // The API kicks a drain after every commit that wrote jobs; this hands over within seconds what a kick lost.
  await schedule(queues, "drain-job-outbox-every-5s", { every: 5_000 }, "drain-job-outbox", {});
  await schedule(
    queues,
    "refresh-expired-certifications-daily",
    { pattern: "5 0 * * *", tz: hcmc },
    "refresh-expired-certifications",
    { lookbackDays: 3 },
  );
  // Requests whose delayed expiry job was never scheduled (Redis was away) still close within minutes.
  await schedule(queues, "sweep-expired-requests-every-5m", { every: 5 * 60_000 }, "sweep-expired-requests", {
    batchSize: 200,
  });
  // The weekly digest: each run plans everyone whose preferred day has come this week (see plan-weekly-digest).
  await schedule(
    queues,
    "weekly-digest",
    { pattern: settings.digestCron, tz: settings.digestTimeZone },
    "plan-weekly-digest",
    {},
  );
}
