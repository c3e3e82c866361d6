// A private PostgreSQL cluster on a free port, in a temporary directory, for tests that take the database away:
// stop it (fast shutdown: sessions are terminated, connections refused) and start it again on the same port, as a
// restart or failover does. The shared server on 5432 is never touched.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createDb, ensureDatabase, loadZones, migrateDatabase } from "@ketnoi/db";
import { findFreePort, waitForTcpPort } from "@ketnoi/local-services";

const run = promisify(execFile);

export interface PrivatePostgres {
  /** The maintenance database's URL (`postgres`); `databaseUrl(name)` for another. */
  url: string;
  databaseUrl(database: string): string;
  /** Creates a database with every migration applied and the zones loaded, as the run's template has; its URL. */
  createDatabase(name: string): Promise<string>;
  /** Fast shutdown: running sessions are ended, later connections refused, until `start`. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  start(): Promise<void>;
  /** Stops it and removes its data directory. */
  destroy(): Promise<void>;
}

/** The Debian layout keeps the server binaries out of PATH; initdb and postgres live side by side there. */
async function binDirectory(): Promise<string> {
  const { stdout } = await run("pg_config", ["--bindir"]).catch(() => ({ stdout: "" }));
  return stdout.trim() || "/usr/lib/postgresql/15/bin";
}

/**
 * PostgreSQL refuses to run as root; as root, run its programs as the `postgres` account. setpriv execs in place,
 * so the child is the server itself and signals reach it.
 */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ["setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", command, ...args]]
    : [command, args];
}

/** Initialises a cluster (trust authentication, user `postgres`, nothing synced to disk) and starts it. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = await binDirectory();
  const dir = await mkdtemp(join(tmpdir(), "ketnoi-pg-"));
  const dataDir = join(dir, "data");
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: group } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(group.trim()));
  }
  await chmod(dir, 0o700);
  const [initdb, initArgs] = asServerUser(join(bin, "initdb"), [
    "-D",
    dataDir,
    "-A",
    "trust",
    "-U",
    "postgres",
    "--no-sync",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  await run(initdb, initArgs);
  const port = await findFreePort();

  let server: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let output = "";
  const start = async () => {
    const [command, args] = asServerUser(join(bin, "postgres"), [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=${dir}`,
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=100",
    ]);
    output = "";
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    server = child;
    exited = new Promise((resolve) => child.once("exit", () => resolve()));
    try {
      await waitForTcpPort("127.0.0.1", port, { timeoutMs: 15_000 });
      await waitUntilAccepting(join(bin, "pg_isready"), port);
    } catch (error) {
      throw new Error(`private PostgreSQL did not start: ${String(error)}\n${output}`);
    }
  };
  const stop = async () => {
    const child = server;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    // SIGINT is PostgreSQL's fast shutdown (pg_ctl stop -m fast): sessions are terminated, not waited for.
    child.kill("SIGINT");
    await exited;
  };
  await start();
  const databaseUrl = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url: databaseUrl("postgres"),
    databaseUrl,
    createDatabase: async (name) => {
      const url = databaseUrl(name);
      await ensureDatabase(url);
      await migrateDatabase(url);
      const handle = createDb(url, { maxConnections: 1 });
      try {
        await loadZones(handle.db);
      } finally {
        await handle.close();
      }
      return url;
    },
    stop,
    start,
    destroy: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilAccepting(pgIsReady: string, port: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await run(pgIsReady, ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres"]);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
