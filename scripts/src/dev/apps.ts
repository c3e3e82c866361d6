// The api and worker processes: TypeScript sources through tsx in development, the built output in production.
import { access } from "node:fs/promises";
import { join } from "node:path";
import { type ManagedProcess, spawnManagedProcess } from "@ketnoi/local-services";
import { taggedOutput } from "./output.js";

export type RunMode = "development" | "production";

/** The worker's V8 heap cap, the same in development, `pnpm start`, compose and the bench. */
const workerHeapLimit = "--max-old-space-size=128";
/**
 * The API's heap sizing, the same in development, `pnpm start`, compose and the bench: a 4 MB young generation
 * instead of 32 MB and an old generation collected before it passes 128 MB keep its peak under 200 MB under the
 * search load, where V8's defaults let garbage pile up to 260 MB (docs/decisions.md, issue #16).
 */
const apiHeapSizing = ["--max-old-space-size=128", "--max-semi-space-size=2"];

const apps = {
  api: {
    name: "API",
    tag: "api",
    source: "apps/api/src/main.ts",
    built: "apps/api/dist/main.js",
    nodeOptions: apiHeapSizing,
  },
  worker: {
    name: "worker",
    tag: "worker",
    source: "apps/worker/src/main.ts",
    built: "apps/worker/dist/main.js",
    // The worker's heap is capped so the weekly digest must stream, not hold a run in memory (docs/decisions.md).
    nodeOptions: [workerHeapLimit],
  },
} as const;

export type AppName = keyof typeof apps;

function entryOf(app: AppName, mode: RunMode): string {
  return mode === "production" ? apps[app].built : apps[app].source;
}

/** Fails with the command to run instead of letting a child die on "Cannot find module". */
export async function assertEntriesExist(repoRoot: string, mode: RunMode): Promise<void> {
  const missing: string[] = [];
  for (const app of Object.keys(apps) as AppName[]) {
    const entry = entryOf(app, mode);
    await access(join(repoRoot, entry)).catch(() => missing.push(entry));
  }
  if (missing.length === 0) return;
  const hint = mode === "production" ? "run `pnpm build` first" : "is the checkout complete?";
  throw new Error(`missing ${missing.join(", ")}: ${hint}`);
}

export function spawnApp(
  app: AppName,
  options: { repoRoot: string; mode: RunMode; env: Record<string, string | undefined> },
): ManagedProcess {
  const entry = entryOf(app, options.mode);
  const args = [
    ...apps[app].nodeOptions,
    ...(options.mode === "production"
      ? ["--enable-source-maps", entry]
      : // `--import tsx` resolves from the working directory, i.e. the repository root that has tsx installed.
        ["--import", "tsx", "--conditions=development", entry]),
  ];
  return spawnManagedProcess({
    name: apps[app].name,
    command: process.execPath,
    args,
    cwd: options.repoRoot,
    env: options.env,
    onOutput: taggedOutput(apps[app].tag),
  });
}
