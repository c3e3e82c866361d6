// A local mail inbox (MailDev): an SMTP server that keeps every message and a web UI to read them.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { assertPortFree, findFreePort, isListening } from "./free-port.js";
import { type ExitStatus, spawnManagedProcess, waitUntilReady } from "./managed-process.js";

export interface MailDevOptions {
  /** 0 picks a free port. */
  smtpPort: number;
  /** 0 picks a free port. */
  webPort: number;
  onOutput?: (line: string, stream: "stdout" | "stderr") => void;
  startTimeoutMs?: number;
}

export interface RunningMailDev {
  smtpUrl: string;
  webUrl: string;
  pid: number | undefined;
  /** Settles when MailDev exits, whether stopped or crashed. */
  exited: Promise<ExitStatus>;
  stop(): Promise<void>;
}

const host = "127.0.0.1";
const stopGraceMs = 10_000;

export async function startMailDev(options: MailDevOptions): Promise<RunningMailDev> {
  const smtpPort = options.smtpPort === 0 ? await findFreePort(host) : options.smtpPort;
  const webPort = options.webPort === 0 ? await findFreePort(host) : options.webPort;
  await Promise.all([
    assertPortFree(host, smtpPort, "MailDev (SMTP)"),
    assertPortFree(host, webPort, "MailDev (web UI)"),
  ]);
  const smtpUrl = `smtp://${host}:${smtpPort}`;
  const webUrl = `http://${host}:${webPort}`;

  const server = spawnManagedProcess({
    name: "MailDev",
    command: process.execPath,
    args: [
      await mailDevBin(),
      "--smtp",
      String(smtpPort),
      "--web",
      String(webPort),
      "--ip",
      host,
      "--web-ip",
      host,
    ],
    // MailDev also reads MAILDEV_* variables and NODE_OPTIONS would load the caller's loaders into it; an empty
    // environment keeps it to the flags above.
    env: {},
    onOutput: options.onOutput,
  });

  await waitUntilReady(server, async () => (await isListening(host, smtpPort)) && (await isHealthy(webUrl)), {
    what: `accept SMTP on ${smtpUrl} and answer ${webUrl}/api/healthz`,
    timeoutMs: options.startTimeoutMs ?? 30_000,
    stopGraceMs,
  });

  return {
    smtpUrl,
    webUrl,
    pid: server.pid,
    exited: server.exited,
    stop: async () => {
      await server.stop(stopGraceMs);
    },
  };
}

async function isHealthy(webUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${webUrl}/api/healthz`, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** maildev exports only its ESM entry, so its package.json is found through the lookup paths instead. */
async function mailDevBin(): Promise<string> {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths("maildev") ?? []) {
    const packageDir = join(dir, "maildev");
    const manifest = await readFile(join(packageDir, "package.json"), "utf8").catch(() => undefined);
    if (!manifest) continue;
    const { bin } = JSON.parse(manifest) as { bin?: string | Record<string, string> };
    const relative = typeof bin === "string" ? bin : bin?.maildev;
    if (relative) return join(packageDir, relative);
  }
  throw new Error("the maildev package is not installed");
}
