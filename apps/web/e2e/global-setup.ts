// Starts the stack (e2e/stack/main.ts) as a child process with the sources' development condition, waits for its
// ready line, and stops it when the run ends. The tests read what it seeded from the stack file.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readyMarker } from "./stack/stack-info";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const startTimeoutMs = 8 * 60_000;

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the e2e stack did not start in time")), startTimeoutMs);
    let buffered = "";
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      buffered += chunk;
      if (buffered.includes(readyMarker)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the e2e stack exited (${code}) before it was ready; its log is above`));
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync("/usr/bin/chromium")) {
    throw new Error(
      "the browser tests drive Debian's Chromium: install it with `apt-get install -y chromium`",
    );
  }
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=development", "apps/web/e2e/stack/main.ts"],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] },
  );
  await waitForReady(child);
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
}
