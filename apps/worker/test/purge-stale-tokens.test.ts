import { loadConfig, workerEnvSchema } from "@ketnoi/config";
import { accountRepository, createDb, type DbHandle, schema, tokenRepository } from "@ketnoi/db";
import { createWorkerConnection, queueNames } from "@ketnoi/jobs";
import { createTestDatabase, testRun, uniqueName } from "@ketnoi/testing";
import { Queue, QueueEvents } from "bullmq";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, runJob, startWorker } from "../src/index.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let worker: RunningWorker;
let queue: Queue;
let events: QueueEvents;
const prefix = uniqueName("worker");

beforeAll(async () => {
  const run = testRun();
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
  const config = loadConfig(workerEnvSchema, {
    NODE_ENV: "test",
    DATABASE_URL: database.url,
    REDIS_URL: run.redisUrl,
    MEILI_URL: run.meiliUrl,
    MEILI_MASTER_KEY: run.meiliMasterKey,
    SMTP_URL: "smtp://127.0.0.1:2525",
    PUBLIC_URL: "http://ketnoi.test",
    WORKER_CONCURRENCY: "1",
    EMAIL_LINK_SECRET: "test-email-link-secret-long-enough-0123456789",
  });
  worker = await startWorker(config, pino({ level: "silent" }), {
    prefix,
    schedules: false,
    ensureSearchIndex: false,
  });
  queue = new Queue(queueNames.maintenance, { connection: createWorkerConnection(run.redisUrl), prefix });
  events = new QueueEvents(queueNames.maintenance, {
    connection: createWorkerConnection(run.redisUrl),
    prefix,
  });
  await events.waitUntilReady();
});

afterAll(async () => {
  await worker.stop();
  await queue.obliterate({ force: true });
  await queue.close();
  await events.close();
  await handle.close();
  await database.drop();
});

describe("purge-stale-tokens job", () => {
  it("deletes tokens expired long ago and keeps live ones", async () => {
    const { user, organization } = await handle.db.transaction((tx) =>
      accountRepository.createOrganizationWithOwner(tx, {
        organization: { name: "Xưởng Cơ Khí Tân Uyên", roles: ["supplier"] },
        owner: { email: "owner@cokhi.vn", name: "Lê Văn Cường", passwordHash: "x", language: "vi" },
      }),
    );
    const day = 86_400_000;
    const longAgo = new Date(Date.now() - 60 * day);
    const future = new Date(Date.now() + 10 * day);
    await handle.db.transaction((tx) =>
      tokenRepository.createEmailToken(tx, {
        userId: user.id,
        purpose: "verify_email",
        tokenHash: "old-email",
        expiresAt: longAgo,
      }),
    );
    await handle.db.transaction((tx) =>
      tokenRepository.createEmailToken(tx, {
        userId: user.id,
        purpose: "password_reset",
        tokenHash: "live-email",
        expiresAt: future,
      }),
    );
    const familyId = "0190a000-0000-7000-8000-000000000001";
    await handle.db.transaction((tx) =>
      tokenRepository.createRefreshToken(tx, {
        familyId,
        userId: user.id,
        organizationId: organization.id,
        tokenHash: "old-refresh",
        expiresAt: longAgo,
      }),
    );
    await handle.db.transaction((tx) =>
      tokenRepository.createRefreshToken(tx, {
        familyId: "0190a000-0000-7000-8000-000000000002",
        userId: user.id,
        organizationId: organization.id,
        tokenHash: "live-refresh",
        expiresAt: future,
      }),
    );

    const job = await queue.add("purge-stale-tokens", { olderThanDays: 30 });
    const result = await job.waitUntilFinished(events, 10_000);
    expect(result).toEqual({ email: 1, refresh: 1 });

    const emailTokens = await handle.db.select().from(schema.emailTokens);
    const refreshTokens = await handle.db.select().from(schema.refreshTokens);
    expect(emailTokens.map((t) => t.tokenHash)).toEqual(["live-email"]);
    expect(refreshTokens.map((t) => t.tokenHash)).toEqual(["live-refresh"]);
  });

  it("rejects a payload that does not match the catalog, and unknown job names", async () => {
    const context = worker.context;
    await expect(runJob("purge-stale-tokens", { olderThanDays: 0 }, context)).rejects.toThrow();
    await expect(runJob("no-such-job", {}, context)).rejects.toThrow(/no handler/);
  });
});
