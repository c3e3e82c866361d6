// What the job-system tests share: worker settings for this run, a buyer with sourcing requests, Redis cleanup by
// prefix, and polling for a state that arrives asynchronously.
import { loadConfig, type WorkerConfig, workerEnvSchema } from "@ketnoi/config";
import {
  accountRepository,
  type Database,
  type SourcingRequest,
  sourcingRequestRepository,
} from "@ketnoi/db";
import { createProducerConnection } from "@ketnoi/jobs";
import { testRun } from "@ketnoi/testing";

/** This run's worker settings; `overrides` replace single variables (an SMTP capture's URL, say). */
export function testWorkerConfig(databaseUrl: string, overrides: Record<string, string> = {}): WorkerConfig {
  const run = testRun();
  return loadConfig(workerEnvSchema, {
    NODE_ENV: "test",
    DATABASE_URL: databaseUrl,
    REDIS_URL: run.redisUrl,
    MEILI_URL: run.meiliUrl,
    MEILI_MASTER_KEY: run.meiliMasterKey,
    SMTP_URL: "smtp://127.0.0.1:2525",
    PUBLIC_URL: "http://ketnoi.test",
    WORKER_CONCURRENCY: "2",
    EMAIL_LINK_SECRET: "test-email-link-secret-long-enough-0123456789",
    ...overrides,
  });
}

export async function createBuyer(db: Database): Promise<string> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const { organization } = await db.transaction((tx) =>
    accountRepository.createOrganizationWithOwner(tx, {
      organization: { name: "Công ty TNHH Điện Tử Tân Thuận", roles: ["buyer"] },
      owner: {
        email: `owner.${suffix}@tanthuan.example.vn`,
        name: "Lê Thị Hoa",
        passwordHash: "x",
        language: "vi",
      },
    }),
  );
  return organization.id;
}

export function createRequest(
  db: Database,
  organizationId: string,
  values: { quoteDeadline: Date; status?: SourcingRequest["status"] },
): Promise<SourcingRequest> {
  return db.transaction((tx) =>
    sourcingRequestRepository.createSourcingRequest(tx, {
      organizationId,
      title: "Cần 5.000 vỏ nhựa ABS ép phun",
      specification: { text: "" },
      quantity: { value: 5000, unit: "pieces" },
      recurrence: "one_off",
      lat: 10.75,
      lng: 106.73,
      province2025: "Ho Chi Minh City",
      neededBy: "2027-01-31",
      quoteDeadline: values.quoteDeadline,
      status: values.status ?? "open",
    }),
  );
}

export async function findRequest(db: Database, id: string): Promise<SourcingRequest> {
  const found = await sourcingRequestRepository.findSourcingRequestById(db, id);
  if (!found) throw new Error(`request ${id} is gone`);
  return found;
}

/** Polls until `check` answers true; fails naming what it waited for. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25));
  }
}

/** Removes every Redis key under a test's BullMQ prefix (queues, schedulers, events, locks). */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = createProducerConnection(testRun().redisUrl, { enableOfflineQueue: true });
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}
