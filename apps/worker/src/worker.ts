// Starts the BullMQ workers and schedules; stop() lets running jobs finish before closing connections.
import type { WorkerConfig } from "@ketnoi/config";
import { createDb } from "@ketnoi/db";
import { createWorkerConnection, queueNames } from "@ketnoi/jobs";
import { Queue, Worker } from "bullmq";
import type { Logger } from "pino";
import { runJob } from "./handlers.js";
import { upsertSchedules } from "./schedules.js";

export interface RunningWorker {
  stop(): Promise<void>;
}

export async function startWorker(
  config: WorkerConfig,
  log: Logger,
  options: { prefix?: string; schedules?: boolean } = {},
): Promise<RunningWorker> {
  const prefix = options.prefix ?? config.NAMESPACE;
  const database = createDb(config.DATABASE_URL, { maxConnections: config.WORKER_CONCURRENCY + 1 });
  const connection = createWorkerConnection(config.REDIS_URL);
  const maintenance = new Queue(queueNames.maintenance, { connection, prefix });
  if (options.schedules !== false) await upsertSchedules(maintenance);

  const worker = new Worker(
    queueNames.maintenance,
    async (job) => {
      const jobLog = log.child({ jobId: job.id, job: job.name, attempt: job.attemptsMade + 1 });
      jobLog.info("job started");
      const result = await runJob(job.name, job.data, { db: database.db, now: () => new Date() });
      jobLog.info({ result }, "job finished");
      return result;
    },
    { connection, prefix, concurrency: config.WORKER_CONCURRENCY },
  );
  worker.on("failed", (job, error) => {
    log.error({ jobId: job?.id, job: job?.name, err: error }, "job failed");
  });
  worker.on("error", (error) => log.error({ err: error }, "worker error"));
  await worker.waitUntilReady();
  log.info({ queues: [queueNames.maintenance], concurrency: config.WORKER_CONCURRENCY }, "worker ready");

  return {
    stop: async () => {
      await worker.close();
      await maintenance.close();
      await connection.quit();
      await database.close();
    },
  };
}
