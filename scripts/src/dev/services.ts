// What the apps need besides themselves: an external service when its URL is configured, a local one otherwise.
import { join } from "node:path";
import type { DevRunnerConfig } from "@ketnoi/config";
import { createDb, ensureDatabase, loadZones, migrateDatabase } from "@ketnoi/db";
import { ensureSecret, isListening, startMailDev, startMeilisearch } from "@ketnoi/local-services";
import { taggedOutput } from "./output.js";
import type { Supervisor } from "./supervisor.js";

export interface SearchService {
  url: string;
  masterKey: string;
  local: boolean;
}

export interface MailService {
  smtpUrl: string;
  /** The inbox UI when the runner started MailDev. */
  webUrl?: string;
}

export async function prepareDatabase(databaseUrl: string): Promise<string> {
  try {
    const { created } = await ensureDatabase(databaseUrl);
    await migrateDatabase(databaseUrl);
    const { db, close } = createDb(databaseUrl, { maxConnections: 1 });
    try {
      const zones = await loadZones(db);
      return `database ${created ? "created" : "ready"}, migrations applied, zones ${zones.inserted} inserted / ${zones.updated} updated`;
    } finally {
      await close();
    }
  } catch (error) {
    throw new Error(
      `could not prepare the database at ${withoutPassword(databaseUrl)}: ${describeError(error)}`,
    );
  }
}

/** The apps would only log reconnection attempts forever; a missing Redis is better reported before they start. */
export async function checkRedis(redisUrl: string): Promise<void> {
  const url = new URL(redisUrl);
  const port = Number(url.port || 6379);
  if (!(await isListening(url.hostname, port))) {
    throw new Error(`Redis is not reachable at ${withoutPassword(redisUrl)}; start it or set REDIS_URL.`);
  }
}

export async function startSearch(
  config: DevRunnerConfig,
  dataDir: string,
  supervisor: Supervisor,
): Promise<SearchService> {
  if (config.MEILI_URL) {
    if (!config.MEILI_MASTER_KEY) throw new Error("MEILI_MASTER_KEY must be set when MEILI_URL is set.");
    return { url: config.MEILI_URL, masterKey: config.MEILI_MASTER_KEY, local: false };
  }
  const masterKey = config.MEILI_MASTER_KEY ?? (await ensureSecret(join(dataDir, "meili-master-key")));
  const output = afterStartup(taggedOutput("meili"));
  const meili = await startMeilisearch({
    dataDir: join(dataDir, "meilisearch"),
    port: config.MEILI_PORT,
    masterKey,
    ...(config.MEILI_MAX_INDEXING_THREADS ? { maxIndexingThreads: config.MEILI_MAX_INDEXING_THREADS } : {}),
    onOutput: output.write,
  });
  output.started();
  supervisor.manage("services", { name: "Meilisearch", stop: meili.stop, exited: meili.exited });
  return { url: meili.url, masterKey, local: true };
}

export async function startMail(config: DevRunnerConfig, supervisor: Supervisor): Promise<MailService> {
  if (config.SMTP_URL) return { smtpUrl: config.SMTP_URL };
  const output = afterStartup(taggedOutput("mail"));
  const mail = await startMailDev({
    smtpPort: config.MAILDEV_SMTP_PORT,
    webPort: config.MAILDEV_WEB_PORT,
    onOutput: output.write,
  });
  output.started();
  supervisor.manage("services", { name: "MailDev", stop: mail.stop, exited: mail.exited });
  return { smtpUrl: mail.smtpUrl, webUrl: mail.webUrl };
}

/**
 * Drops a service's start-up banner (the runner prints its own summary); if start-up fails, the error carries
 * the service's last lines anyway.
 */
function afterStartup(write: (line: string, stream?: "stdout" | "stderr") => void) {
  let started = false;
  return {
    write: (line: string, stream?: "stdout" | "stderr") => {
      if (started) write(line, stream);
    },
    started: () => {
      started = true;
    },
  };
}

export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ECONNREFUSED") return `${error.message} (is Postgres running? set DATABASE_URL otherwise)`;
  return error.message;
}
