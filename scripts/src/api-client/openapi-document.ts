// The API's OpenAPI document, taken from the real app built in-process (no port, no running API). Building the
// app loads the zone directory, so it needs a migrated database (any: the document does not depend on rows);
// Redis, Meilisearch and SMTP are given addresses but the document needs nothing from them.

import { buildApp, fileDependencies } from "@ketnoi/api";
import { type ApiConfig, apiEnvSchema, loadConfig } from "@ketnoi/config";
import { createDb } from "@ketnoi/db";
import { createMailer } from "@ketnoi/email";
import { createJobQueues, createProducerConnection } from "@ketnoi/jobs";
import { createSearchClient } from "@ketnoi/search";

export interface OpenApiSources {
  /** A migrated database; only read (the zone directory). */
  databaseUrl: string;
  redisUrl: string;
}

export async function buildOpenApiDocument(sources: OpenApiSources): Promise<Record<string, unknown>> {
  const config: ApiConfig = loadConfig(apiEnvSchema, {
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATABASE_URL: sources.databaseUrl,
    REDIS_URL: sources.redisUrl,
    // Never contacted while the document is built: no request is served.
    MEILI_URL: "http://127.0.0.1:7700",
    MEILI_MASTER_KEY: "openapi-document-only",
    SMTP_URL: "smtp://127.0.0.1:1025",
    PUBLIC_URL: "http://localhost:3001",
    JWT_SECRET: "openapi-document-only-not-a-secret-0123456789",
    EMAIL_LINK_SECRET: "openapi-document-only-not-a-secret-0123456789",
  });
  // Lazy: the job queues' board connects on its own schedule, and a missing Redis must not fail the document.
  const redis = createProducerConnection(config.REDIS_URL, { lazyConnect: true });
  redis.on("error", () => undefined);
  const database = createDb(config.DATABASE_URL, { maxConnections: 1 });
  const jobs = createJobQueues(redis, "openapi_document");
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  try {
    const app = await buildApp({
      config,
      database,
      redis,
      search: createSearchClient({ url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY }),
      mailer,
      jobs,
      ...fileDependencies(config),
      clock: () => new Date(),
    });
    try {
      await app.ready();
      return app.swagger() as unknown as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await jobs.close().catch(() => undefined);
    mailer.close();
    redis.disconnect();
    await database.close();
  }
}
