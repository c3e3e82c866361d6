// The public web at 100k suppliers: the production build (`next build`, which `pnpm bench` runs first) served as
// `pnpm start` serves it, against the API process, both on this machine. Times the server render of supplier
// profiles and of search pages with 16 concurrent clients, and weighs the JavaScript a first visit to each page
// downloads: every <script src> the served HTML names, gzipped as a server would send it (the inline RSC payload
// is reported apart).
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { benchEnvSchema, loadConfig } from "@ketnoi/config";
import { schema } from "@ketnoi/db";
import { findFreePort } from "@ketnoi/local-services";
import { sql } from "drizzle-orm";
import { startApiProcess } from "./api-process.js";
import type { BenchEnvironment } from "./environment.js";
import { runPageLoad } from "./page-load-client.js";
import { type BenchRow, percentiles } from "./stats.js";

const suite = "web";
const webDir = fileURLToPath(new URL("../../apps/web", import.meta.url));
const clients = 16;
const loadSeconds = 20;

export async function runWebBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const ids = await env.deps.database.db
    .select({ id: schema.suppliers.id })
    .from(schema.suppliers)
    .orderBy(sql`random()`)
    .limit(500);
  if (ids.length === 0) throw new Error("the web bench needs the suppliers the supplier search suite loads");
  const profilePaths = ids.map(({ id }, i) => `/${i % 2 === 0 ? "vi" : "en"}/suppliers/${id}`);

  const api = await startApiProcess(env);
  const web = await startWeb(api.url, {}, loadConfig(benchEnvSchema).BENCH_WEB_CPU_PROF);
  try {
    const rows: BenchRow[] = [];
    for (const [measure, paths] of [
      ["supplier profile", profilePaths],
      ["search page", searchPaths()],
    ] as const) {
      // One client at a time first: the render's own latency, without waiting behind 15 others for the CPU.
      const alone: number[] = [];
      for (const path of paths.slice(0, 60)) {
        const start = performance.now();
        await fetchPage(web.url, path);
        alone.push(performance.now() - start);
      }
      rows.push({
        suite,
        measure: `${measure}: server render, one client`,
        n: alone.length,
        ...percentiles(alone),
      });
      // What each page weighs as served (raw and gzipped as the web sends it): the render's and the network's work.
      const html = await htmlSizes(web.url, paths.slice(0, 60));
      rows.push({
        suite,
        measure: `${measure}: HTML per page, mean`,
        n: html.pages,
        value: `${kb(html.raw)} raw, ${kb(html.gzip)} gzip`,
      });
      rows.push(await concurrentLoad(measure, web, api, env.meiliPid, paths));
    }
    // The default web shows a search's facet counts again to the next visits of that search for a few minutes
    // (apps/web/lib/facet-counts.ts), and the load repeats its 54 searches every second or so, so every page but
    // the first few reuses them. A long tail of searches each seen once would count on every page: that web too.
    const counting = await startWeb(api.url, { FACET_COUNTS_MAX_AGE_SECONDS: "0" });
    try {
      rows.push(
        await concurrentLoad(
          "search page, every page counting its facets",
          counting,
          api,
          env.meiliPid,
          searchPaths(),
        ),
      );
    } finally {
      await counting.stop();
    }
    for (const [measure, path] of [
      ["supplier profile", profilePaths[0] ?? ""],
      ["search page", "/vi/suppliers?q=thung+carton+5+lop"],
    ] as const) {
      const weight = await firstLoadJavaScript(web.url, path);
      rows.push({
        suite,
        measure: `${measure}: first-load JavaScript (${weight.files} files, gzip)`,
        n: "-",
        value:
          `${kb(weight.gzip)} (${kb(weight.raw)} raw); besides: noModule polyfills ${kb(weight.polyfillsGzip)}, ` +
          `inline RSC payload ${kb(weight.inlineGzip)}`,
        target: "≤ 150 kB",
      });
    }
    rows.push({
      suite,
      measure: "web peak RSS (incl. load)",
      n: "-",
      value: `${await peakRssMb(web.process)} MB`,
    });
    return rows;
  } finally {
    await web.stop();
    await api.stop();
  }
}

/**
 * `clients` clients (in a process of their own) requesting the paths in turn for `loadSeconds`; besides the
 * latencies, the CPU time the web and the API each spent per page.
 */
async function concurrentLoad(
  measure: string,
  web: { url: string; process: ChildProcess },
  api: { process: ChildProcess },
  meiliPid: number | undefined,
  paths: string[],
): Promise<BenchRow> {
  const meiliCpu = async () => (meiliPid ? await processCpuSeconds(meiliPid) : Number.NaN);
  const [webBefore, apiBefore, meiliBefore] = [
    await cpuSeconds(web.process),
    await cpuSeconds(api.process),
    await meiliCpu(),
  ];
  const { samples, seconds } = await runPageLoad({
    base: web.url,
    paths,
    clients,
    seconds: loadSeconds,
    warmUp: 40,
  });
  const webCpu = (await cpuSeconds(web.process)) - webBefore;
  const apiCpu = (await cpuSeconds(api.process)) - apiBefore;
  const engineCpu = (await meiliCpu()) - meiliBefore;
  const perPage = (cpu: number) => `${((1000 * cpu) / samples.length).toFixed(1)} ms`;
  return {
    suite,
    measure: `${measure}: server render, ${clients} concurrent clients for ${loadSeconds} s`,
    n: samples.length,
    ...percentiles(samples),
    value:
      `${(samples.length / seconds).toFixed(0)} pages/s; CPU per page: web ${perPage(webCpu)}, ` +
      `API ${perPage(apiCpu)}${Number.isNaN(engineCpu) ? "" : `, Meilisearch ${perPage(engineCpu)}`}`,
    target: "p95 ≤ 300 ms",
  };
}

/** Search pages as buyers reach them: words in both languages, facets, near a zone by id and by name, page 2. */
function searchPaths(): string[] {
  const texts = [
    "thung carton 5 lop",
    "thùng carton 5 lớp",
    "gia công cnc",
    "injection molding",
    "tem nhãn",
    "",
  ];
  const extras = [
    "",
    "&categories=packaging",
    "&certifications=iso-9001",
    "&near=kcn-vsip-1&radiusKm=25",
    "&near=song+than&radiusKm=50",
    "&province=Binh+Duong",
    "&verified=true&languages=en",
    "&minCapacity=10000&capacityUnit=pieces",
    "&page=2",
  ];
  const paths: string[] = [];
  texts.forEach((text, i) => {
    for (const [j, extra] of extras.entries()) {
      const locale = (i + j) % 2 === 0 ? "vi" : "en";
      paths.push(`/${locale}/suppliers?q=${encodeURIComponent(text)}${extra}`);
    }
  });
  return paths;
}

export async function fetchPage(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await fetch(`${base}${path}`, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
  return body;
}

/**
 * The scripts a first visit loads: each <script src> of the HTML, fetched and gzipped. `noModule` scripts (Next's
 * polyfills) are counted apart: browsers that run modules, every current one, skip them. Inline scripts (the RSC
 * payload, the page's own content) are reported apart too.
 */
async function firstLoadJavaScript(base: string, path: string) {
  const html = await fetchPage(base, path);
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)];
  const sizes = async (sources: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const source of new Set(sources)) {
      const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
      raw += body.length;
      gzip += gzipSync(body).length;
    }
    return { raw, gzip };
  };
  const legacy = (tag: RegExpMatchArray) => /\snoModule/i.test(`${tag[1]} ${tag[3]}`);
  const modern = tags.filter((tag) => !legacy(tag)).map((tag) => tag[2] ?? "");
  const { raw, gzip } = await sizes(modern);
  const polyfills = await sizes(tags.filter(legacy).map((tag) => tag[2] ?? ""));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("");
  return {
    files: new Set(modern).size,
    raw,
    gzip,
    polyfillsGzip: polyfills.gzip,
    inlineGzip: gzipSync(inline).length,
  };
}

/** Mean size of the pages' HTML, raw and gzipped (default level). */
async function htmlSizes(base: string, paths: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const body = Buffer.from(await fetchPage(base, path));
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { pages: paths.length, raw: raw / paths.length, gzip: gzip / paths.length };
}

/**
 * The production build served as `pnpm start` serves it (apps/web/server.mjs, Next behind the step that forwards
 * the browser's address), on a free port; `extraEnv` adds variables (Redis for sessions). With `cpuProfileDir`, it
 * writes a CPU profile there when it stops.
 */
export async function startWeb(
  apiUrl: string,
  extraEnv: Record<string, string> = {},
  cpuProfileDir?: string,
) {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      ...(cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : []),
      "server.mjs",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    {
      cwd: webDir,
      env: { PATH: "", NODE_ENV: "production", API_URL: apiUrl, PUBLIC_URL: url, ...extraEnv },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/vi`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`the web exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("the web did not serve /vi in 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** CPU seconds the process has used so far (user + system; /proc counts in ticks of 1/100 s). */
export async function cpuSeconds(child: ChildProcess): Promise<number> {
  return processCpuSeconds(child.pid ?? 0);
}

async function processCpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function peakRssMb(child: ChildProcess): Promise<string> {
  const status = await readFile(`/proc/${child.pid}/status`, "utf8");
  return (Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024).toFixed(0);
}
