// The built API (`apps/api/dist`, as `pnpm start` runs it) as a process of its own, so what a bench measures over
// HTTP is the product's own latency and memory, not tsx's; the bench script builds first.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findFreePort } from "@ketnoi/local-services";
import type { BenchEnvironment } from "./environment.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
/** The API's heap sizing, as in `pnpm dev`, `pnpm start` and compose (docs/decisions.md, issue #16). */
const apiNodeOptions = ["--max-old-space-size=128", "--max-semi-space-size=2"];

/** Starts the API on a free port against the bench environment; `extraEnv` adds or overrides variables. */
export async function startApiProcess(env: BenchEnvironment, extraEnv: Record<string, string> = {}) {
  const port = await findFreePort();
  const child = spawn(process.execPath, [...apiNodeOptions, "apps/api/dist/main.js"], {
    cwd: repoRoot,
    env: {
      ...env.apiEnvironment,
      PATH: "",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      PORT: String(port),
      ...extraEnv,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("API did not become ready in 30 s");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
