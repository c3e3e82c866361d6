// Starts the BullMQ workers and schedules; stop() lets running jobs finish before closing connections.
import type { WorkerConfig } from "@ketnoi/config";
import { createDb } from "@ketnoi/db";
import { createJobQueues, createWorkerConnection, queueNames } from "@ketnoi/jobs";
import { createSearchClient, ensureIndex, supplierIndexName, supplierIndexSettings } from "@ketnoi/search";
import { Worker } from "bullmq";
import type { Logger } from "pino";
import { type JobContext, runJob } from "./handlers.js";
import { upsertSchedules } from "./schedules.js";

export interface RunningWorker {
  context: JobContext;
  stop(): Promise<void>;
}

export async function startWorker(
  config: WorkerConfig,
  log: Logger,
  options: { prefix?: string; schedules?: boolean; ensureSearchIndex?: boolean } = {},
): Promise<RunningWorker> {
  const prefix = options.prefix ?? config.NAMESPACE;
  const database = createDb(config.DATABASE_URL, { maxConnections: config.WORKER_CONCURRENCY + 2 });
  const connection = createWorkerConnection(config.REDIS_URL);
  const queues = createJobQueues(connection, prefix);
  const search = createSearchClient({ url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY });
  const context: JobContext = {
    db: database.db,
    search,
    queues,
    supplierIndexName: supplierIndexName(prefix),
    now: () => new Date(),
  };
  if (options.ensureSearchIndex !== false) {
    // Settings must be in place before the first document: filters on _geo fail until they are.
    const applied = await ensureIndex(search.client, context.supplierIndexName, supplierIndexSettings());
    if (applied) log.info({ index: context.supplierIndexName }, "search index settings applied");
  }
  if (options.schedules !== false) await upsertSchedules(queues);

  const workers = [
    { queue: queueNames.maintenance, concurrency: config.WORKER_CONCURRENCY },
    // One sync at a time per process; the job also takes a Postgres lock across processes.
    { queue: queueNames.search, concurrency: 1 },
    // Each run is one search and one write of up to 100 rows; two at a time keeps Meilisearch responsive.
    { queue: queueNames.matching, concurrency: 2 },
  ].map(
    ({ queue, concurrency }) =>
      new Worker(
        queue,
        async (job) => {
          const jobLog = log.child({ jobId: job.id, job: job.name, attempt: job.attemptsMade + 1 });
          jobLog.debug("job started");
          const result = await runJob(job.name, job.data, context);
          jobLog.info({ result }, "job finished");
          return result;
        },
        { connection, prefix, concurrency },
      ),
  );
  for (const worker of workers) {
    worker.on("failed", (job, error) => {
      log.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error }, "job failed");
    });
    worker.on("error", (error) => log.error({ err: error }, "worker error"));
  }
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  log.info({ queues: Object.values(queueNames), concurrency: config.WORKER_CONCURRENCY }, "worker ready");

  return {
    context,
    stop: async () => {
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
      await connection.quit();
      await database.close();
    },
  };
}
