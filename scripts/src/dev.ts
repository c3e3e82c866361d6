// `pnpm dev` / `pnpm start`: prepares the database, starts what is not configured (Meilisearch, a mail inbox),
// then runs the api, the worker and the web until Ctrl-C, and stops it all in order.
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  apiEnvSchema,
  ConfigError,
  currentEnvironment,
  devRunnerEnvSchema,
  loadConfig,
  loadConfigOrExit,
  loadDotEnvIfPresent,
  workerEnvSchema,
} from "@ketnoi/config";
import { ensureSecret, waitForTcpPort } from "@ketnoi/local-services";
import { assertEntriesExist, type RunMode, spawnApp } from "./dev/apps.js";
import { printBanner } from "./dev/banner.js";
import { runnerLog } from "./dev/output.js";
import { checkRedis, prepareDatabase, startMail, startSearch, withoutPassword } from "./dev/services.js";
import { Supervisor } from "./dev/supervisor.js";
import { assertWebBuilt, spawnWeb, webPackagesBuild } from "./dev/web.js";

// scripts/src/dev.ts and scripts/dist/dev.js both sit two levels below the root.
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const { values: flags } = parseArgs({ options: { production: { type: "boolean", default: false } } });
const mode: RunMode = flags.production ? "production" : "development";

loadDotEnvIfPresent(join(repoRoot, ".env"));
const config = loadConfigOrExit(devRunnerEnvSchema);
const dataDir = isAbsolute(config.DATA_DIR) ? config.DATA_DIR : resolve(repoRoot, config.DATA_DIR);

const supervisor = new Supervisor(runnerLog);
let firstSignalAt: number | undefined;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (firstSignalAt === undefined) {
      firstSignalAt = Date.now();
      runnerLog(`${signal} received; stopping (press Ctrl-C again to force).`);
      void supervisor.shutdown(0);
      return;
    }
    // pnpm and tsx pass the terminal's Ctrl-C on too, so one key press can arrive here two or three times.
    if (Date.now() - firstSignalAt < 1_000) return;
    runnerLog("forced stop: killing whatever is left.");
    process.exit(1);
  });
}

try {
  await run();
} catch (error) {
  runnerLog(error instanceof Error ? error.message : String(error));
  await supervisor.shutdown(1);
}

async function run(): Promise<void> {
  await assertEntriesExist(repoRoot, mode);
  await assertWebBuilt(repoRoot, mode);
  runnerLog(`starting in ${mode} mode; local data in ${dataDir}`);

  const preparations = [
    prepareDatabase(config.DATABASE_URL),
    startSearch(config, dataDir, supervisor),
    startMail(config, supervisor),
    config.JWT_SECRET ?? ensureSecret(join(dataDir, "jwt-secret"), 48),
    checkRedis(config.REDIS_URL),
    config.EMAIL_LINK_SECRET ?? ensureSecret(join(dataDir, "email-link-secret"), 48),
    mode === "development" ? buildWebPackages() : Promise.resolve(),
  ] as const;
  // Settle all of them first: every problem gets reported at once, and everything that did start is registered
  // with the supervisor before the shutdown stops it.
  const failures = (await Promise.allSettled(preparations)).flatMap((r) =>
    r.status === "rejected" ? [r.reason] : [],
  );
  if (failures.length > 0)
    throw new Error(failures.map((f) => (f instanceof Error ? f.message : String(f))).join("\n"));
  const [databaseSummary, search, mail, jwtSecret, , emailLinkSecret] = await Promise.all(preparations);
  runnerLog(databaseSummary);
  if (supervisor.stopping) return;

  const wildcard = config.HOST === "0.0.0.0" || config.HOST === "::";
  const displayHost = wildcard ? "localhost" : config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  const apiUrl = `http://${displayHost}:${config.PORT}`;
  const webUrl = `http://${displayHost}:${config.WEB_PORT}`;

  const environment = currentEnvironment();
  const appEnv: Record<string, string | undefined> = {
    ...environment,
    // Output goes through a pipe, where pretty-printers turn colours off; the runner's own terminal has them.
    ...(mode === "development" && process.stdout.isTTY && !environment.NO_COLOR ? { FORCE_COLOR: "1" } : {}),
    NODE_ENV: mode,
    DATABASE_URL: config.DATABASE_URL,
    REDIS_URL: config.REDIS_URL,
    MEILI_URL: search.url,
    MEILI_MASTER_KEY: search.masterKey,
    SMTP_URL: mail.smtpUrl,
    JWT_SECRET: jwtSecret,
    EMAIL_LINK_SECRET: emailLinkSecret,
    HOST: config.HOST,
    PORT: String(config.PORT),
    // Uploaded files live in the data folder unless the environment picks another place (or S3).
    FILE_STORAGE_DIR: environment.FILE_STORAGE_DIR ?? join(dataDir, "files"),
    // Every link in an email opens the web.
    PUBLIC_URL: config.PUBLIC_URL ?? webUrl,
    // The web's server, on this machine, forwards the browser's address; the API believes it from there only.
    TRUSTED_PROXIES: environment.TRUSTED_PROXIES ?? "loopback",
  };
  assertAppsAccept(appEnv);

  const api = spawnApp("api", { repoRoot, mode, env: appEnv });
  const worker = spawnApp("worker", { repoRoot, mode, env: appEnv });
  const web = spawnWeb({
    repoRoot,
    mode,
    host: config.HOST,
    port: config.WEB_PORT,
    apiUrl: `http://${wildcard ? "127.0.0.1" : displayHost}:${config.PORT}`,
    env: { ...environment, PUBLIC_URL: config.PUBLIC_URL ?? webUrl, REDIS_URL: config.REDIS_URL },
  });
  for (const app of [api, worker, web]) {
    supervisor.manage("apps", { name: app.name, stop: () => app.stop(15_000), exited: app.exited });
  }

  try {
    await Promise.race([
      waitForTcpPort(wildcard ? "127.0.0.1" : config.HOST, config.PORT, { timeoutMs: 120_000 }),
      api.exited,
    ]);
  } catch {
    runnerLog(`the API is still not accepting connections on port ${config.PORT}; see its output above.`);
    return;
  }
  if (supervisor.stopping || api.hasExited()) return;
  try {
    await Promise.race([
      waitForTcpPort(wildcard ? "127.0.0.1" : config.HOST, config.WEB_PORT, { timeoutMs: 120_000 }),
      web.exited,
    ]);
  } catch {
    runnerLog(`the web is still not accepting connections on port ${config.WEB_PORT}; see its output above.`);
    return;
  }
  if (supervisor.stopping || web.hasExited()) return;

  printBanner({
    mode,
    rows: [
      ["Web", webUrl],
      ["API", apiUrl],
      ["API docs", `${apiUrl}/docs`],
      ["OpenAPI", `${apiUrl}/openapi.json`],
      ["Mail inbox", mail.webUrl ?? "SMTP_URL (external)"],
      ["Meilisearch", search.local ? search.url : `${withoutPassword(search.url)} (external)`],
      ["Local data", dataDir],
    ],
  });
}

/** `next dev` reads the compiled config and API client; turbo rebuilds them only when their sources changed. */
async function buildWebPackages(): Promise<void> {
  const build = webPackagesBuild(repoRoot);
  const status = await build.exited;
  if (status.code !== 0) {
    throw new Error(`building the web's packages failed:\n${build.recentOutput().join("\n")}`);
  }
}

/** The same checks the apps run at start-up, so a bad variable is reported once, before anything is spawned. */
function assertAppsAccept(env: Record<string, string | undefined>): void {
  for (const [app, schema] of [
    ["api", apiEnvSchema],
    ["worker", workerEnvSchema],
  ] as const) {
    try {
      loadConfig(schema, env);
    } catch (error) {
      if (error instanceof ConfigError) throw new Error(`the ${app} would not start. ${error.message}`);
      throw error;
    }
  }
}
