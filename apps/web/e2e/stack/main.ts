// The whole product for the browser tests, on free ports: a fresh migrated database with the zones, a
// Meilisearch, an SMTP capture the tests read through HTTP, the API and the worker (from source, as `pnpm dev` runs them), seeded suppliers,
// and the web built and served as in production. Prints one ready line with what the tests need, and on
// SIGTERM stops everything and drops the database.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { currentEnvironment } from "@ketnoi/config";
import { createDb, dropDatabase, ensureDatabase, loadZones, migrateDatabase } from "@ketnoi/db";
import {
  findFreePort,
  type ManagedProcess,
  spawnManagedProcess,
  startMeilisearch,
  waitUntilReady,
} from "@ketnoi/local-services";
import { startMailbox } from "./mailbox";
import { seedConsoleAccounts, seedSuppliers, waitUntilSearchable } from "./seed";
import { readyMarker, type StackInfo, stackInfoFile } from "./stack-info";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const webDir = join(repoRoot, "apps/web");
const runId = randomBytes(4).toString("hex");
const environment = currentEnvironment();
const maintenanceUrl = environment.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = environment.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const databaseUrl = (() => {
  const url = new URL(maintenanceUrl);
  url.pathname = `/ketnoi_e2e_${runId}`;
  return url.toString();
})();

const accessTokenTtlSeconds = 6;
const log = (line: string) => process.stderr.write(`[e2e stack] ${line}\n`);
const cleanups: (() => Promise<unknown>)[] = [];
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => log(`cleanup: ${error}`));
  }
  process.exit(code);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(0));

/** Output of a child, shown only when it says something is wrong (the tests' own output stays readable). */
function childOutput(tag: string) {
  return (line: string) => {
    if (/error|warn|fail|exception/i.test(line)) log(`${tag}: ${line}`);
  };
}

async function httpOk(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function runToEnd(name: string, command: string, args: string[], cwd: string, env = environment) {
  const child = spawnManagedProcess({
    name,
    command,
    args,
    cwd,
    env,
    onOutput: childOutput(name),
    keepLines: 40,
  });
  cleanups.push(() => child.stop(5_000));
  const status = await child.exited;
  if (status.code !== 0) {
    throw new Error(`${name} failed (${status.code ?? status.signal}):\n${child.recentOutput().join("\n")}`);
  }
}

function spawnNode(name: string, args: string[], env: Record<string, string | undefined>): ManagedProcess {
  const child = spawnManagedProcess({
    name,
    command: process.execPath,
    args,
    cwd: repoRoot,
    env,
    onOutput: childOutput(name),
    keepLines: 40,
  });
  cleanups.push(() => child.stop(10_000));
  return child;
}

async function main(): Promise<void> {
  const started = Date.now();
  await ensureDatabase(databaseUrl);
  cleanups.push(() => dropDatabase(databaseUrl));
  await migrateDatabase(databaseUrl);
  const { db, close } = createDb(databaseUrl, { maxConnections: 1 });
  await loadZones(db).finally(close);

  const masterKey = randomBytes(16).toString("hex");
  const meiliDir = await mkdtemp(join(tmpdir(), "ketnoi-e2e-meili-"));
  cleanups.push(() => rm(meiliDir, { recursive: true, force: true }));
  const meili = await startMeilisearch({
    dataDir: meiliDir,
    port: 0,
    masterKey,
    logLevel: "WARN",
  });
  cleanups.push(() => meili.stop());
  const secret = randomBytes(32).toString("hex");
  const mailbox = await startMailbox(`${secret}-links`);
  cleanups.push(() => mailbox.close());

  const [apiPort, webPort] = [await findFreePort(), await findFreePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const appEnv = {
    ...environment,
    NODE_ENV: "development",
    LOG_LEVEL: "warn",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: masterKey,
    NAMESPACE: `e2e_${runId}`,
    SMTP_URL: mailbox.smtpUrl,
    PUBLIC_URL: webUrl,
    JWT_SECRET: secret,
    EMAIL_LINK_SECRET: `${secret}-links`,
    HOST: "127.0.0.1",
    PORT: String(apiPort),
    // The web's server (on this machine) forwards the browser's address; the API believes it from there only.
    TRUSTED_PROXIES: "loopback",
    // Short enough that a journey outlives an access token and the web has to refresh it (two tabs at once).
    ACCESS_TOKEN_TTL_SECONDS: String(accessTokenTtlSeconds),
  };
  const sourceArgs = (entry: string) => ["--import", "tsx", "--conditions=development", entry];
  const api = spawnNode("api", sourceArgs("apps/api/src/main.ts"), appEnv);
  spawnNode("worker", sourceArgs("apps/worker/src/main.ts"), appEnv);

  // The web's build does not need the API: build it while the API starts.
  const webBuilt = (async () => {
    const turbo = join(repoRoot, "node_modules/.bin/turbo");
    await runToEnd(
      "packages",
      turbo,
      [
        "run",
        "build",
        "--filter=@ketnoi/config",
        "--filter=@ketnoi/api-client",
        "--filter=@ketnoi/domain",
        "--output-logs=errors-only",
      ],
      repoRoot,
    );
    await runToEnd(
      "next build",
      process.execPath,
      [join(webDir, "node_modules/next/dist/bin/next"), "build"],
      webDir,
    );
  })();

  await waitUntilReady(api, () => httpOk(`${apiUrl}/ready`), {
    what: "become ready",
    timeoutMs: 120_000,
    stopGraceMs: 5_000,
  });
  const suppliers = await seedSuppliers({ apiUrl, databaseUrl, repoRoot, env: appEnv });
  const consoleAccounts = await seedConsoleAccounts({ apiUrl, databaseUrl, repoRoot, env: appEnv });
  await waitUntilSearchable(apiUrl, [suppliers.carton.id, suppliers.markupName.id, suppliers.moulding.id]);
  log(`API ready and seeded in ${Math.round((Date.now() - started) / 1000)} s`);

  await webBuilt;
  const web = spawnManagedProcess({
    name: "web",
    command: process.execPath,
    args: [join(webDir, "server.mjs"), "--hostname", "127.0.0.1", "--port", String(webPort)],
    cwd: webDir,
    env: {
      ...environment,
      NODE_ENV: "production",
      API_URL: apiUrl,
      PUBLIC_URL: webUrl,
      REDIS_URL: redisUrl,
      NAMESPACE: `e2e_${runId}`,
    },
    onOutput: childOutput("web"),
  });
  cleanups.push(() => web.stop(5_000));
  await waitUntilReady(web, () => httpOk(`${webUrl}/vi`), {
    what: "serve /vi",
    timeoutMs: 60_000,
    stopGraceMs: 5_000,
  });

  const info: StackInfo = {
    webUrl,
    apiUrl,
    suppliers,
    consoleAccounts,
    mailboxUrl: mailbox.url,
    redisUrl,
    namespace: `e2e_${runId}`,
    accessTokenTtlSeconds,
  };
  await writeFile(stackInfoFile, JSON.stringify(info, null, 2));
  log(`ready in ${Math.round((Date.now() - started) / 1000)} s: web ${webUrl}, API ${apiUrl}`);
  process.stdout.write(`${readyMarker}${JSON.stringify(info)}\n`);
}

main().catch(async (error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  await stop(1);
});
