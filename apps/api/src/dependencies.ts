// Everything the app talks to, built once per process and handed to buildApp, so tests can build the same app
// against their own database, Redis prefix and SMTP server.

import { createHmac } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiConfig } from "@ketnoi/config";
import { createDb, type DbHandle } from "@ketnoi/db";
import { createMailer, type Mailer } from "@ketnoi/email";
import { createJobQueues, createProducerConnection, type JobQueues } from "@ketnoi/jobs";
import { createSearchClient, type SearchHandle } from "@ketnoi/search";
import { createFileStorage, FileLinkSigner, type FileStorage } from "@ketnoi/storage";
import type { Redis } from "ioredis";

export interface AppDependencies {
  config: ApiConfig;
  database: DbHandle;
  redis: Redis;
  search: SearchHandle;
  mailer: Mailer;
  jobs: JobQueues;
  /** Where attachments' bytes live (local disk or S3) and how their download links are signed. */
  files: FileStorage;
  fileLinks: FileLinkSigner;
  /** Where uploads are received before they are checked and stored. */
  uploadTempDir: string;
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
    ...fileDependencies(config),
    clock: () => new Date(),
  };
}

/** The file storage the configuration names, the download-link signer and the upload folder. */
export function fileDependencies(
  config: ApiConfig,
): Pick<AppDependencies, "files" | "fileLinks" | "uploadTempDir"> {
  const files =
    config.FILE_STORAGE === "s3"
      ? createFileStorage({
          driver: "s3",
          bucket: config.S3_BUCKET ?? "",
          region: config.S3_REGION,
          endpoint: config.S3_ENDPOINT,
          forcePathStyle: config.S3_FORCE_PATH_STYLE,
          credentials:
            config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
              ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
              : undefined,
          prefix: config.NAMESPACE,
        })
      : createFileStorage({ driver: "local", directory: config.FILE_STORAGE_DIR });
  // Download links are signed with a key derived from the JWT secret: one secret less to manage, and the links
  // live minutes, so rotating that secret costs nothing but links already handed out.
  const linkKey = createHmac("sha256", config.JWT_SECRET).update("ketnoi file links").digest("base64url");
  return {
    files,
    fileLinks: new FileLinkSigner(linkKey, config.FILE_LINK_TTL_SECONDS),
    uploadTempDir:
      config.FILE_STORAGE === "local"
        ? join(config.FILE_STORAGE_DIR, ".uploads")
        : join(tmpdir(), "ketnoi-uploads"),
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
