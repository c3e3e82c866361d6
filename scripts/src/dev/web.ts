// The web app (apps/web) under the runner, through its own server (apps/web/server.mjs, which forwards the
// browser's address to the API): Next in development mode from source, or the build (`pnpm start` builds it
// first) in production. It reaches the API at API_URL from its server only.
import { access } from "node:fs/promises";
import { join } from "node:path";
import { type ManagedProcess, spawnManagedProcess } from "@ketnoi/local-services";
import type { RunMode } from "./apps.js";
import { taggedOutput } from "./output.js";

const webDir = "apps/web";

function webServer(repoRoot: string): string {
  return join(repoRoot, webDir, "server.mjs");
}

/**
 * The web imports the compiled config, API client and domain (see docs/decisions.md): build them when needed. Quiet:
 * turbo's summary says nothing useful on success, and the caller shows its last lines on failure.
 */
export function webPackagesBuild(repoRoot: string): ManagedProcess {
  return spawnManagedProcess({
    name: "web packages build",
    command: join(repoRoot, "node_modules/.bin/turbo"),
    args: [
      "run",
      "build",
      "--filter=@ketnoi/config",
      "--filter=@ketnoi/api-client",
      "--filter=@ketnoi/domain",
      "--output-logs=errors-only",
    ],
    cwd: repoRoot,
  });
}

export async function assertWebBuilt(repoRoot: string, mode: RunMode): Promise<void> {
  if (mode !== "production") return;
  await access(join(repoRoot, webDir, ".next/BUILD_ID")).catch(() => {
    throw new Error(`missing ${webDir}/.next (the web's build): run \`pnpm build\` first`);
  });
}

export function spawnWeb(options: {
  repoRoot: string;
  mode: RunMode;
  host: string;
  port: number;
  apiUrl: string;
  env: Record<string, string | undefined>;
}): ManagedProcess {
  return spawnManagedProcess({
    name: "web",
    command: process.execPath,
    args: [
      webServer(options.repoRoot),
      ...(options.mode === "production" ? [] : ["--dev"]),
      "--hostname",
      options.host,
      "--port",
      String(options.port),
    ],
    cwd: join(options.repoRoot, webDir),
    env: { ...options.env, NODE_ENV: options.mode, API_URL: options.apiUrl },
    onOutput: taggedOutput("web"),
  });
}
