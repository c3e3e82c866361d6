// The clients of a concurrent page load, in a process of their own. Run inside the bench's process, their
// timings included the bench's garbage collection (its heap holds what the suites seeded: hundreds of
// megabytes, so a major collection stops every client for tens of milliseconds) and its other work; a browser
// shares nothing with our bench, so neither does this. Started by `runPageLoad` below with its plan as JSON in
// argv; answers with one JSON line on stdout.
//
// Each client is one kept-alive HTTP/1.1 connection, as a browser tab is, asking for gzip as a browser does; it
// reads every byte of the answer but does not inflate or decode it. A browser does that work on its own machine;
// here it would be taken from the two cores the servers being measured run on (undici's fetch with text() cost
// about 2.5 ms of CPU a search page, a tenth of what the web, the API and Meilisearch spend on it together).
import { spawn } from "node:child_process";
import { Agent, get } from "node:http";
import { fileURLToPath } from "node:url";

export interface PageLoadPlan {
  base: string;
  paths: string[];
  clients: number;
  seconds: number;
  /** Paths fetched one at a time first, so the server's caches and JIT are warm before the clock starts. */
  warmUp: number;
}

export interface PageLoadResult {
  samples: number[];
  seconds: number;
}

/** Runs the plan in a child process and returns each page's time (ms) and the load's duration. */
export function runPageLoad(plan: PageLoadPlan): Promise<PageLoadResult> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), JSON.stringify(plan)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`page load client exited with ${code}`));
      try {
        resolve(JSON.parse(output) as PageLoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Each client requests the paths in turn, starting at its own offset, until the time is up. */
async function load(plan: PageLoadPlan): Promise<PageLoadResult> {
  for (const path of plan.paths.slice(0, plan.warmUp)) await fetchPage(plan.base, path);
  const samples: number[] = [];
  const started = performance.now();
  const deadline = started + plan.seconds * 1000;
  await Promise.all(
    Array.from({ length: plan.clients }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i += plan.clients) {
        const start = performance.now();
        await fetchPage(plan.base, plan.paths[i % plan.paths.length] ?? "/vi");
        samples.push(performance.now() - start);
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** One connection per client, kept open between pages. */
const agent = new Agent({ keepAlive: true });

function fetchPage(base: string, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = get(
      `${base}${path}`,
      { agent, headers: { "accept-encoding": "gzip, deflate, br" } },
      (response) => {
        const status = response.statusCode;
        response.on("data", () => {});
        response.once("error", reject);
        response.once("end", () => (status === 200 ? resolve() : reject(new Error(`${path}: ${status}`))));
      },
    );
    request.once("error", reject);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const plan = JSON.parse(process.argv[2] ?? "") as PageLoadPlan;
  process.stdout.write(`${JSON.stringify(await load(plan))}\n`);
  agent.destroy();
}
