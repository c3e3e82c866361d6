// Builds the real app against this test file's own database (cloned from the run's template), its own Redis
// key prefix, the run's Meilisearch and an in-process SMTP server that captures every email.
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiEnvSchema, loadConfig, workerEnvSchema } from "@ketnoi/config";
import { createDb, searchOutboxRepository } from "@ketnoi/db";
import { createMailer } from "@ketnoi/email";
import { createJobQueues, createProducerConnection } from "@ketnoi/jobs";
import { createSearchClient } from "@ketnoi/search";
import { createTestDatabase, type SmtpCapture, startSmtpCapture, testRun, uniqueName } from "@ketnoi/testing";
import { handOverOutboxJobs, type RunningWorker, startWorker } from "@ketnoi/worker";
import { pino } from "pino";
import {
  type App,
  type AppDependencies,
  type BuildAppOptions,
  buildApp,
  createApiRedisConnection,
  fileDependencies,
} from "../../src/index.js";

export const testJwtSecret = "test-secret-that-is-long-enough-for-hs256-0123456789";
/** Signs unsubscribe links; the worker and the API must share it. */
export const testEmailLinkSecret = "test-email-link-secret-long-enough-0123456789";

export interface TestApp {
  app: App;
  deps: AppDependencies;
  smtp: SmtpCapture;
  /** Moves the app's clock forward (token expiry) without sleeping. */
  advanceClock(ms: number): void;
  /**
   * Waits until the worker has applied every pending search change (outbox empty). Only with `withWorker`.
   * Processed rows are marked only after Meilisearch confirmed the write, so the index is current afterwards.
   */
  searchSynced(timeoutMs?: number): Promise<void>;
  /**
   * Hands the job outbox's pending rows (emails, expiries the API committed) to the queues, as the worker's drain
   * does: for tests without a worker that look at the queued jobs.
   */
  handOverJobs(): Promise<void>;
  close(): Promise<void>;
}

/** Where a test reads the logs: every line the API and its worker write, at the most verbose level. */
interface LogCapture {
  write(line: string): void;
}

export interface TestAppOptions {
  withWorker?: boolean;
  logs?: LogCapture;
  env?: { PUBLIC_URL?: string; CORS_ORIGINS?: string };
  /** Idempotency-Key timings (how long a duplicate waits, when a claim is stale). */
  idempotency?: BuildAppOptions["idempotency"];
  /** The worker's pause between emails about one request (15 minutes in production). */
  notificationGatherMs?: number;
  /** The worker's pause after a same-day alert about a supplier (an hour in production). */
  alertGatherMs?: number;
  /** TRUSTED_PROXIES for the app (e.g. "127.0.0.1", the address inject() connects from). */
  trustedProxies?: string;
  /**
   * Another Redis (a private server a test stops), connected exactly as the API process connects: no offline
   * queue, bounded command time. The app is built once that connection is ready. The worker uses it too.
   */
  redisUrl?: string;
  /** A database the test made (on a private PostgreSQL it stops), migrated, used instead of a fresh clone. */
  databaseUrl?: string;
  /** Another Meilisearch (a private server a test stops). */
  meili?: { url: string; masterKey: string };
  /** Starts the worker with its recurring jobs (the 5-second search sync among them), as production does. */
  workerSchedules?: boolean;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const run = testRun();
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => {} }
    : await createTestDatabase();
  const meili = options.meili ?? { url: run.meiliUrl, masterKey: run.meiliMasterKey };
  const smtp = await startSmtpCapture();
  const namespace = uniqueName("api");
  const config = loadConfig(apiEnvSchema, {
    NODE_ENV: "test",
    DATABASE_URL: database.url,
    REDIS_URL: options.redisUrl ?? run.redisUrl,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    NAMESPACE: namespace,
    SMTP_URL: smtp.url,
    PUBLIC_URL: "http://ketnoi.test",
    JWT_SECRET: testJwtSecret,
    EMAIL_LINK_SECRET: testEmailLinkSecret,
    FILE_STORAGE_DIR: join(tmpdir(), namespace, "files"),
    ...options.env,
    TRUSTED_PROXIES: options.trustedProxies,
  });
  const redis = options.redisUrl
    ? createApiRedisConnection(config.REDIS_URL)
    : createProducerConnection(config.REDIS_URL, { enableOfflineQueue: true });
  if (options.redisUrl) {
    // Reconnection failures while a test has stopped the server are expected; the API answers them with 503.
    redis.on("error", () => {});
    await new Promise((resolve) => redis.once("ready", resolve));
  }
  let offsetMs = 0;
  const deps: AppDependencies = {
    config,
    database: createDb(config.DATABASE_URL, { maxConnections: 5 }),
    redis,
    search: createSearchClient({ url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY }),
    mailer: createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }),
    jobs: createJobQueues(redis, namespace),
    ...fileDependencies(config),
    clock: () => new Date(Date.now() + offsetMs),
  };
  const app = await buildApp(deps, {
    redisPrefix: namespace,
    ...(options.logs ? { logger: { level: "trace", stream: options.logs } } : {}),
    ...(options.idempotency ? { idempotency: options.idempotency } : {}),
  });
  await app.ready();
  let worker: RunningWorker | undefined;
  if (options.withWorker) {
    const workerConfig = loadConfig(workerEnvSchema, {
      NODE_ENV: "test",
      DATABASE_URL: database.url,
      REDIS_URL: options.redisUrl ?? run.redisUrl,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      NAMESPACE: namespace,
      SMTP_URL: smtp.url,
      PUBLIC_URL: "http://ketnoi.test",
      WORKER_CONCURRENCY: "2",
      EMAIL_LINK_SECRET: testEmailLinkSecret,
    });
    const workerLog = options.logs ? pino({ level: "trace" }, options.logs) : pino({ level: "silent" });
    worker = await startWorker(workerConfig, workerLog, {
      schedules: options.workerSchedules ?? false,
      ...(options.notificationGatherMs !== undefined
        ? { notificationGatherMs: options.notificationGatherMs }
        : {}),
      ...(options.alertGatherMs !== undefined ? { alertGatherMs: options.alertGatherMs } : {}),
    });
  }
  return {
    app,
    deps,
    smtp,
    advanceClock: (ms) => {
      offsetMs += ms;
    },
    searchSynced: async (timeoutMs = 15_000) => {
      if (!worker) throw new Error("createTestApp({ withWorker: true }) to use searchSynced");
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if ((await searchOutboxRepository.countPendingSearchSync(deps.database.db)) === 0) return;
        if (Date.now() > deadline) throw new Error("search index did not catch up in time");
        // A kick can be throttled away while a sync runs; ask again so the tail is never left waiting.
        await deps.jobs.enqueue("sync-search-index", {});
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    handOverJobs: async () => {
      await handOverOutboxJobs(deps.database.db, deps.jobs, deps.clock);
    },
    close: async () => {
      await app.close();
      await worker?.stop();
      await deps.jobs.close();
      for (const index of [`${namespace}_suppliers`, `${namespace}_requests`]) {
        await deps.search.client
          .deleteIndex(index)
          .waitTask()
          .catch(() => undefined);
      }
      // A test may have stopped its private Redis; there is nothing to clean up there then.
      const keys = await redis.keys(`${namespace}:*`).catch(() => []);
      if (keys.length > 0) await redis.del(...keys);
      // The mailer's pooled connections first: the SMTP server waits for open connections when closing.
      deps.mailer.close();
      await Promise.allSettled([
        deps.database.close(),
        options.redisUrl ? redis.disconnect() : redis.quit(),
        smtp.close(),
      ]);
      await database.drop();
      await rm(join(tmpdir(), namespace), { recursive: true, force: true });
    },
  };
}
