// Everything the app talks to, built once per process and handed to buildApp, so tests can build the same app
// against their own database, Redis prefix and SMTP server.
import type { ApiConfig } from "@ketnoi/config";
import { createDb, type DbHandle } from "@ketnoi/db";
import { createMailer, type Mailer } from "@ketnoi/email";
import { createJobQueues, createProducerConnection, type JobQueues } from "@ketnoi/jobs";
import { createSearchClient, type SearchHandle } from "@ketnoi/search";
import type { Redis } from "ioredis";

export interface AppDependencies {
  config: ApiConfig;
  database: DbHandle;
  redis: Redis;
  search: SearchHandle;
  mailer: Mailer;
  jobs: JobQueues;
  /** Injected so tests can move time (token expiry) without sleeping. */
  clock: () => Date;
}

/**
 * How long a request waits on one Redis command (limits, enqueueing) before it answers 503: with the offline queue
 * off a command fails at once while Redis is disconnected, and this bounds the wait when Redis is connected but
 * does not answer.
 */
const redisCommandTimeoutMs = 2000;

/** The API's Redis connection: fails fast rather than queueing (see createProducerConnection), never hangs. */
export function createApiRedisConnection(url: string): Redis {
  return createProducerConnection(url, { commandTimeout: redisCommandTimeoutMs });
}

export async function createDependencies(config: ApiConfig): Promise<AppDependencies> {
  const redis = createApiRedisConnection(config.REDIS_URL);
  await waitUntilReady(redis);
  return {
    config,
    database: createDb(config.DATABASE_URL),
    redis,
    search: createSearchClient({ url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY }),
    mailer: createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }),
    jobs: createJobQueues(redis, config.NAMESPACE),
    clock: () => new Date(),
  };
}

export async function closeDependencies(deps: AppDependencies): Promise<void> {
  await deps.jobs.close().catch(() => {});
  await Promise.allSettled([deps.database.close(), deps.redis.quit(), deps.mailer.close()]);
}

/** With the offline queue off, commands sent before the first connection fail; wait for it once at start. */
function waitUntilReady(redis: Redis, timeoutMs = 10_000): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off("ready", onReady);
    };
    redis.on("ready", onReady);
  });
}
