// Starts the BullMQ workers and schedules; stop() lets running jobs finish before closing connections.
import type { WorkerConfig } from "@ketnoi/config";
import { createDb, searchOutboxRepository } from "@ketnoi/db";
import { createMailer, emailTemplates, ProductLinks } from "@ketnoi/email";
import { createJobQueues, createWorkerConnection, queueNames } from "@ketnoi/jobs";
import {
  createSearchClient,
  ensureIndex,
  requestIndexName,
  requestIndexSettings,
  supplierIndexName,
  supplierIndexSettings,
} from "@ketnoi/search";
import { Worker } from "bullmq";
import type { Logger } from "pino";
import type { JobContext } from "./job-context.js";
import { type EmailRetryPolicy, notificationSettings } from "./notifications/notification-settings.js";
import { createSendSlots } from "./notifications/send-slots.js";
import { runJob } from "./run-job.js";
import { upsertSchedules } from "./schedules.js";

/** The worker's connections in `pg_stat_activity`. */
export const workerApplicationName = "ketnoi-worker";

export interface RunningWorker {
  context: JobContext;
  stop(): Promise<void>;
}

export async function startWorker(
  config: WorkerConfig,
  log: Logger,
  options: {
    prefix?: string;
    schedules?: boolean;
    ensureSearchIndex?: boolean;
    /**
     * How long a job stays claimed by a worker that stopped renewing its lock (the process died) before another
     * worker takes it again; the stalled-job check runs as often. BullMQ's default, 30 s, unless tests shorten it.
     */
    lockDurationMs?: number;
    /** How digest send jobs retry; the catalog's policy (minutes apart) unless tests shorten it. */
    digestRetry?: EmailRetryPolicy;
    /** The pause between emails about one request; 15 minutes unless tests shorten it. */
    notificationGatherMs?: number;
    /** The pause after a same-day alert about a supplier; an hour unless tests shorten it. */
    alertGatherMs?: number;
  } = {},
): Promise<RunningWorker> {
  const prefix = options.prefix ?? config.NAMESPACE;
  const database = createDb(config.DATABASE_URL, {
    maxConnections: config.WORKER_CONCURRENCY + config.EMAIL_CONCURRENCY + 2,
    applicationName: workerApplicationName,
  });
  const connection = createWorkerConnection(config.REDIS_URL);
  const queues = createJobQueues(connection, prefix);
  const search = createSearchClient({ url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY });
  // One pooled SMTP connection per send slot, kept open across messages.
  const mailer = createMailer({
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    maxConnections: config.EMAIL_CONCURRENCY,
  });
  const context: JobContext = {
    db: database.db,
    search,
    queues,
    supplierIndexName: supplierIndexName(prefix),
    requestIndexName: requestIndexName(prefix),
    mailer,
    links: new ProductLinks(config.PUBLIC_URL),
    templates: emailTemplates(),
    notifications: notificationSettings(config, {
      ...(options.digestRetry ? { digestRetry: options.digestRetry } : {}),
      ...(options.notificationGatherMs !== undefined ? { gatherMs: options.notificationGatherMs } : {}),
      ...(options.alertGatherMs !== undefined ? { alertGatherMs: options.alertGatherMs } : {}),
    }),
    now: () => new Date(),
    sendSlots: createSendSlots(config.EMAIL_CONCURRENCY),
  };
  if (options.ensureSearchIndex !== false) {
    // Settings must be in place before the first document: filters on _geo fail until they are.
    for (const [name, settings] of [
      [context.supplierIndexName, supplierIndexSettings()],
      [context.requestIndexName, requestIndexSettings()],
    ] as const) {
      const applied = await ensureIndex(search.client, name, settings);
      if (applied) log.info({ index: name }, "search index settings applied");
      // New settings may filter on what older documents lack (the word keys of reverse matching): the open
      // requests are few enough to write again, and the sync (every few seconds) does it.
      if (applied && name === context.requestIndexName) {
        const queued = await searchOutboxRepository.queueOpenRequestsForSync(database.db);
        log.info({ index: name, queued }, "open requests queued to be indexed again");
      }
    }
  }
  if (options.schedules !== false)
    await upsertSchedules(queues, { digestCron: config.DIGEST_CRON, digestTimeZone: config.DIGEST_TZ });

  const workers = [
    { queue: queueNames.maintenance, concurrency: config.WORKER_CONCURRENCY },
    // Two syncs at a time per process: the drains take a Postgres lock per index (one writer per index across
    // processes), so a second run can write new requests while the first still writes suppliers.
    { queue: queueNames.search, concurrency: 2 },
    // Each run is one search and one write of its match rows, and waits on Postgres and Meilisearch far longer
    // than it computes: at 10,000 open requests a supplier's rerun writes ~175 rows, and two at a time let 1,000
    // profile updates queue for minutes before their first alert (docs/decisions.md, alerts bench). Four at a
    // time overlap those waits and still leave Meilisearch most of its threads.
    { queue: queueNames.matching, concurrency: 4 },
    // Emails wait on SMTP, not on the CPU. Every send is ledgered, so a job that stalled (its worker died) is safe
    // to run again as often as that happens: it never sends twice.
    { queue: queueNames.notifications, concurrency: config.EMAIL_CONCURRENCY, maxStalledCount: 10 },
  ].map(
    ({ queue, concurrency, maxStalledCount }) =>
      new Worker(
        queue,
        async (job) => {
          const jobLog = log.child({ jobId: job.id, job: job.name, attempt: job.attemptsMade + 1 });
          jobLog.debug("job started");
          // A deduplicated job (the search sync) collapses the kicks that arrive while it waits; once it runs,
          // the next kick must queue another run, as this one may already have read past the kick's change.
          if (job.deduplicationId) await job.removeDeduplicationKey();
          const result = await runJob(job.name, job.data, context);
          jobLog.info({ result }, "job finished");
          return result;
        },
        {
          connection,
          prefix,
          concurrency,
          ...(maxStalledCount ? { maxStalledCount } : {}),
          ...(options.lockDurationMs
            ? { lockDuration: options.lockDurationMs, stalledInterval: options.lockDurationMs }
            : {}),
        },
      ),
  );
  // Kicks sent while Redis was away were lost: catch up as soon as it is back instead of at the next scheduled
  // run (the search outbox, and the jobs changes committed meanwhile left in the job outbox).
  // A Redis that lost its data (no persistence, a failover) lost the schedules too: declare them again.
  const onRedisReady = () => {
    const catchUp = async () => {
      if (options.schedules !== false)
        await upsertSchedules(queues, { digestCron: config.DIGEST_CRON, digestTimeZone: config.DIGEST_TZ });
      await queues.enqueue("sync-search-index", {});
      await queues.enqueue("drain-job-outbox", {});
    };
    catchUp().catch((error: unknown) => {
      log.warn({ err: error }, "could not catch up after Redis came back");
    });
  };
  connection.on("ready", onRedisReady);
  // ioredis reconnects by itself; say so once per outage in our log rather than on stderr at every attempt.
  let redisDown = false;
  connection.on("error", (error: Error) => {
    if (!redisDown) log.warn({ err: error }, "redis connection lost; reconnecting");
    redisDown = true;
  });
  connection.on("ready", () => {
    if (redisDown) log.info("redis connection back");
    redisDown = false;
  });
  for (const worker of workers) {
    worker.on("failed", (job, error) => {
      log.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error }, "job failed");
    });
    worker.on("error", (error) => log.error({ err: error }, "worker error"));
    // The worker running it stopped renewing its lock (it died, or its event loop was blocked): the job goes back
    // to the queue to run again, or fails if it had stalled before (BullMQ's maxStalledCount is 1).
    worker.on("stalled", (jobId) => log.warn({ jobId }, "job stalled"));
  }
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  log.info({ queues: Object.values(queueNames), concurrency: config.WORKER_CONCURRENCY }, "worker ready");

  return {
    context,
    stop: async () => {
      connection.off("ready", onRedisReady);
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
      mailer.close();
      await connection.quit();
      await database.close();
    },
  };
}
