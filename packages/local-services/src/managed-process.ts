// Child processes that are stopped in order, report their exit, and are killed when this process exits.
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number | undefined;
  /** Settles when the process has exited (never rejects; a failed spawn counts as an exit with code null). */
  readonly exited: Promise<ExitStatus>;
  hasExited(): boolean;
  /** The last lines the process wrote (stdout and stderr), for error messages. */
  recentOutput(): string[];
  /** SIGTERM, then SIGKILL if it is still running after `graceMs`. */
  stop(graceMs: number): Promise<ExitStatus>;
}

export interface ManagedProcessOptions {
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: Record<string, string | undefined>;
  onOutput?: (line: string, stream: "stdout" | "stderr") => void;
  /** How many output lines `recentOutput()` keeps. */
  keepLines?: number;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Spawns `command` in its own process group. A terminal's Ctrl-C then reaches only the parent, which stops
 * children in the order it chooses; the price is that the parent must kill them itself, hence the exit hook.
 */
export function spawnManagedProcess(options: ManagedProcessOptions): ManagedProcess {
  const keepLines = options.keepLines ?? 30;
  const recent: string[] = [];
  const remember = (line: string, stream: "stdout" | "stderr") => {
    recent.push(line);
    if (recent.length > keepLines) recent.shift();
    options.onOutput?.(line, stream);
  };

  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  installExitHook();
  running.add(child);

  let status: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    const finish = (result: ExitStatus) => {
      if (status) return;
      status = result;
      running.delete(child);
      resolve(result);
    };
    child.once("error", (error) => {
      remember(`${options.name}: ${error.message}`, "stderr");
      if (child.pid === undefined) finish({ code: null, signal: null });
    });
    child.once("exit", (code, signal) => {
      // Give the pipes a moment to drain so the last lines (usually the reason it stopped) are not lost.
      const closed = new Promise<void>((done) => child.once("close", () => done()));
      void Promise.race([closed, sleep(500)]).then(() => finish({ code, signal }));
    });
  });

  followLines(child.stdout, (line) => remember(line, "stdout"));
  followLines(child.stderr, (line) => remember(line, "stderr"));

  return {
    name: options.name,
    pid: child.pid,
    exited,
    hasExited: () => status !== undefined,
    recentOutput: () => [...recent],
    async stop(graceMs) {
      if (status) return status;
      signalGroup(child, "SIGTERM");
      const outcome = await Promise.race([exited, sleep(graceMs).then(() => undefined)]);
      if (outcome) return outcome;
      signalGroup(child, "SIGKILL");
      return exited;
    },
  };
}

/**
 * Polls `probe` until it answers true. Fails early, with the process's last output, when the process exits;
 * on timeout it stops the process first so that nothing is left behind.
 */
export async function waitUntilReady(
  child: ManagedProcess,
  probe: () => Promise<boolean>,
  options: { what: string; timeoutMs: number; stopGraceMs: number },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (!(await probe())) {
    if (child.hasExited()) {
      const status = await child.exited;
      throw new Error(`${child.name} ${describeExit(status)} while starting${outputTail(child)}`);
    }
    if (Date.now() >= deadline) {
      await child.stop(options.stopGraceMs);
      throw new Error(
        `${child.name} did not ${options.what} within ${options.timeoutMs} ms${outputTail(child)}`,
      );
    }
    await sleep(100);
  }
}

function outputTail(child: ManagedProcess): string {
  const last = child.recentOutput().slice(-15);
  return last.length === 0
    ? " (it wrote nothing)"
    : `; its last output:\n${last.map((l) => `  ${l}`).join("\n")}`;
}

/** Describes an exit for humans: "exited with code 1" or "was killed by SIGKILL". */
export function describeExit(status: ExitStatus): string {
  if (status.signal) return `was killed by ${status.signal}`;
  if (status.code === null) return "could not be started";
  return `exited with code ${status.code}`;
}

function followLines(stream: Readable | null, onLine: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on("line", onLine);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already, or the child never became a group leader.
    child.kill(signal);
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: only synchronous work is possible here, so no grace period.
  process.on("exit", () => {
    for (const child of running) signalGroup(child, "SIGKILL");
  });
}
