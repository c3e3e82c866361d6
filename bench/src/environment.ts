// A throwaway environment for one benchmark run: its own database, Redis prefix, Meilisearch (started from the
// npm binary unless MEILI_URL is set) and SMTP sink; removed at the end.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AppDependencies, buildApp, fileDependencies } from "@ketnoi/api";
import { apiEnvSchema, benchEnvSchema, loadConfig } from "@ketnoi/config";
import { createDb, dropDatabase, ensureDatabase, loadZones, migrateDatabase } from "@ketnoi/db";
import { createMailer } from "@ketnoi/email";
import { createJobQueues, createProducerConnection } from "@ketnoi/jobs";
import { startMeilisearch } from "@ketnoi/local-services";
import { createSearchClient } from "@ketnoi/search";
import { startSmtpCapture } from "@ketnoi/testing/smtp-capture";

export async function createBenchEnvironment() {
  const env = loadConfig(benchEnvSchema);
  const id = `ketnoi_bench_${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const databaseUrl = new URL(env.TEST_DATABASE_URL);
  databaseUrl.pathname = `/${id}`;
  await ensureDatabase(databaseUrl.toString());
  await migrateDatabase(databaseUrl.toString());
  const database = createDb(databaseUrl.toString(), { maxConnections: 10 });
  await loadZones(database.db);

  let meiliUrl = env.MEILI_URL;
  let meiliKey = env.MEILI_MASTER_KEY ?? "";
  let meiliDir: string | undefined;
  let stopMeili: (() => Promise<void>) | undefined;
  let meiliPid: number | undefined;
  if (!meiliUrl) {
    meiliDir = await mkdtemp(join(tmpdir(), "ketnoi-bench-meili-"));
    meiliKey = randomBytes(24).toString("base64url");
    const meili = await startMeilisearch({
      dataDir: meiliDir,
      port: 0,
      masterKey: meiliKey,
      ...(env.BENCH_MEILI_INDEXING_THREADS ? { maxIndexingThreads: env.BENCH_MEILI_INDEXING_THREADS } : {}),
    });
    meiliUrl = meili.url;
    stopMeili = meili.stop;
    meiliPid = meili.pid;
  }
  const smtp = await startSmtpCapture();
  const config = loadConfig(apiEnvSchema, {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: env.TEST_REDIS_URL,
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY: meiliKey,
    NAMESPACE: id,
    SMTP_URL: smtp.url,
    PUBLIC_URL: "http://ketnoi.bench",
    JWT_SECRET: randomBytes(48).toString("base64url"),
    EMAIL_LINK_SECRET: randomBytes(48).toString("base64url"),
  });
  const redis = createProducerConnection(config.REDIS_URL, { enableOfflineQueue: true });
  const deps: AppDependencies = {
    config,
    database,
    redis,
    // The index build sends 10,000 documents (about 19 MB) a request: on a busy shared machine that takes longer
    // than the API's 5 s request timeout, which is right for searches but not for a bulk load.
    search: createSearchClient({ url: meiliUrl, apiKey: meiliKey, timeoutMs: 60_000 }),
    mailer: createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }),
    jobs: createJobQueues(redis, id),
    ...fileDependencies(config),
    clock: () => new Date(),
  };
  const app = await buildApp(deps, { redisPrefix: id });
  await app.ready();

  return {
    app,
    deps,
    /** The API's environment, for running it as a separate process (memory under load). */
    apiEnvironment: {
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      MEILI_URL: config.MEILI_URL,
      MEILI_MASTER_KEY: config.MEILI_MASTER_KEY,
      NAMESPACE: config.NAMESPACE,
      SMTP_URL: config.SMTP_URL,
      PUBLIC_URL: config.PUBLIC_URL,
      JWT_SECRET: config.JWT_SECRET,
      EMAIL_LINK_SECRET: config.EMAIL_LINK_SECRET,
    },
    supplierCount: env.BENCH_SUPPLIERS,
    /** The bench's own Meilisearch process (for its CPU time), unless MEILI_URL named a running one. */
    meiliPid,
    async close() {
      await app.close();
      await deps.jobs.close();
      deps.mailer.close();
      const keys = await redis.keys(`${id}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await Promise.allSettled([database.close(), redis.quit(), smtp.close()]);
      await stopMeili?.();
      if (meiliDir) await rm(meiliDir, { recursive: true, force: true });
      await dropDatabase(databaseUrl.toString());
    },
  };
}

export type BenchEnvironment = Awaited<ReturnType<typeof createBenchEnvironment>>;
