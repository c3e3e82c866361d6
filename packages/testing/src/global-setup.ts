// Vitest global setup: one migrated template database (zones loaded) and one Meilisearch per test run.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, testEnvSchema } from "@ketnoi/config";
import { createDb, ensureDatabase, loadZones, migrateDatabase } from "@ketnoi/db";
import { startMeilisearch } from "@ketnoi/local-services";
import type { TestProject } from "vitest/node";
import { databaseUrlFor, dropDatabasesWithPrefix } from "./databases.js";
import type { TestRunEnvironment } from "./run-environment.js";

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = loadConfig(testEnvSchema);
  const runId = `t${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const databasePrefix = `ketnoi_${runId}_`;
  const templateDatabase = `${databasePrefix}template`;
  const templateUrl = databaseUrlFor(env.TEST_DATABASE_URL, templateDatabase);

  await ensureDatabase(templateUrl);
  await migrateDatabase(templateUrl);
  const template = createDb(templateUrl, { maxConnections: 1 });
  await loadZones(template.db);
  await template.close();

  let stopMeili: (() => Promise<void>) | undefined;
  let meiliDir: string | undefined;
  let meiliUrl = env.MEILI_URL;
  let meiliKey = env.MEILI_MASTER_KEY;
  if (!meiliUrl) {
    meiliDir = await mkdtemp(join(tmpdir(), "ketnoi-meili-"));
    meiliKey = randomBytes(24).toString("base64url");
    const meili = await startMeilisearch({ dataDir: meiliDir, port: 0, masterKey: meiliKey });
    meiliUrl = meili.url;
    stopMeili = meili.stop;
  }

  const runEnvironment: TestRunEnvironment = {
    runId,
    maintenanceDatabaseUrl: env.TEST_DATABASE_URL,
    databasePrefix,
    templateDatabase,
    redisUrl: env.TEST_REDIS_URL,
    meiliUrl,
    meiliMasterKey: meiliKey ?? "",
  };
  project.provide("testRun", runEnvironment);

  return async () => {
    await dropDatabasesWithPrefix(env.TEST_DATABASE_URL, databasePrefix);
    await stopMeili?.();
    if (meiliDir) await rm(meiliDir, { recursive: true, force: true });
  };
}
