// Suppliers at scale: load N generated suppliers into Postgres, build the index from scratch (pnpm reindex's
// code), then time the fixed query mix through the API (a separate process, over HTTP), the same requests sent to
// Meilisearch directly and through a hop that only forwards them, and the API's peak memory under concurrent load.
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { listZones, schema } from "@ketnoi/db";
import { type DemoZone, generateSuppliers, supplierRowFromProfile } from "@ketnoi/demo-data";
import { supplierIndexName, supplierSearchRequest } from "@ketnoi/search";
import { reindexSuppliers } from "@ketnoi/worker";
import { startApiProcess } from "./api-process.js";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles } from "./stats.js";
import { supplierQueryMix } from "./supplier-queries.js";

const suite = "suppliers";

export async function runSupplierSearchBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const count = env.supplierCount;
  const db = env.deps.database.db;

  const { items } = await listZones(db, { limit: 1000, offset: 0 });
  const zones: DemoZone[] = items
    .filter((zone) => zone.status === "operating")
    .map(({ id, lat, lng, province2025, formerProvince }) => ({
      id,
      lat,
      lng,
      province2025,
      formerProvince,
    }));
  const zonesById = new Map(zones.map((zone) => [zone.id, zone]));

  let started = performance.now();
  let batch: (typeof schema.suppliers.$inferInsert)[] = [];
  for (const profile of generateSuppliers({ count, seed: 424242, zones })) {
    batch.push(supplierRowFromProfile(profile, zonesById));
    if (batch.length === 1000) {
      await db.insert(schema.suppliers).values(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await db.insert(schema.suppliers).values(batch);
  rows.push({
    suite,
    measure: `generate + insert ${count} suppliers into Postgres`,
    n: count,
    value: seconds(started),
  });

  const indexName = supplierIndexName(env.apiEnvironment.NAMESPACE);
  const buildStartedAt = new Date();
  started = performance.now();
  const built = await reindexSuppliers({
    db,
    search: env.deps.search,
    indexName,
    now: () => new Date(),
    pageSize: 10_000,
  });
  rows.push({
    suite,
    measure: `full index build (${built.indexed} suppliers)`,
    n: built.indexed,
    value: seconds(started),
    target: "≤ 45 s",
  });
  const engine = await engineIndexingSeconds(env, buildStartedAt);
  rows.push({
    suite,
    measure: `  of which Meilisearch indexing (${engine.batches} batches, its own durations)`,
    n: built.indexed,
    value: `${engine.seconds.toFixed(1)} s`,
  });

  const api = await startApiProcess(env);
  const hop = await startPassThroughProxy(env.apiEnvironment.MEILI_URL).catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  try {
    const queries = supplierQueryMix((id) => {
      const zone = zonesById.get(id);
      if (!zone) throw new Error(`bench zone ${id} missing`);
      return { lat: zone.lat, lng: zone.lng };
    });
    const meiliSearch = `${env.apiEnvironment.MEILI_URL}/indexes/${indexName}/search`;
    const meiliHeaders = {
      authorization: `Bearer ${env.apiEnvironment.MEILI_MASTER_KEY}`,
      "content-type": "application/json",
      // As the API asks (packages/search client.ts): Node's fetch would ask for a compressed answer, which costs
      // Meilisearch a brotli pass and this side an inflate, and makes the direct side look slower than it is.
      "accept-encoding": "identity",
    };
    const viaApi = (i: number) => fetchOk(`${api.url}${queries[i % queries.length]?.apiPath}`);
    const engineRequest = (i: number, url: string) =>
      fetchOk(url, {
        method: "POST",
        headers: meiliHeaders,
        body: JSON.stringify(
          supplierSearchRequest(queries[i % queries.length]?.search ?? (undefined as never)),
        ),
      });
    const direct = (i: number) => engineRequest(i, meiliSearch);
    const throughHop = (i: number) => engineRequest(i, `${hop.url}/indexes/${indexName}/search`);

    // One warm-up pass of each, then the measured passes, alternating so all see the same cache state.
    for (let i = 0; i < queries.length; i++) {
      await viaApi(i);
      await direct(i);
      await throughHop(i);
    }
    const apiSamples: number[] = [];
    const meiliSamples: number[] = [];
    const hopSamples: number[] = [];
    const sides = [
      { samples: apiSamples, send: viaApi },
      { samples: meiliSamples, send: direct },
      { samples: hopSamples, send: throughHop },
    ];
    // Five rounds, 1,000 samples a side: with two, a side's p95 moved by a tenth between runs. Each query goes to
    // the three sides in turn, and which side goes first rotates.
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < queries.length; i++) {
        for (let k = 0; k < sides.length; k++) {
          const side = sides[(i + round + k) % sides.length];
          if (side) side.samples.push(await timed(() => side.send(i)));
        }
      }
    }
    const apiStats = percentiles(apiSamples);
    const meiliStats = percentiles(meiliSamples);
    const hopStats = percentiles(hopSamples);
    rows.push({
      suite,
      measure: "search via Meilisearch directly (HTTP)",
      n: meiliSamples.length,
      ...meiliStats,
    });
    rows.push({
      suite,
      measure: "search via the API (HTTP)",
      n: apiSamples.length,
      ...apiStats,
      target: "p95 ≤ 50 ms",
    });
    // Issue #16 asks ≤ 1.1× and was filed at 1.26× at p95 (86 / 68 ms) and 1.06× at p50 (42.7 / 40.1 ms); both are
    // held to it. The hop's ratio below is the floor under them: with the engine answering in a few ms, a hop that
    // only forwards bytes takes about a tenth of it at p50 on this machine (docs/decisions.md, session 13).
    rows.push({
      suite,
      measure: "API p95 / Meilisearch p95",
      n: "-",
      value: `${(apiStats.p95 / meiliStats.p95).toFixed(2)}×`,
      target: "≤ 1.1×",
    });
    rows.push({
      suite,
      measure: "API p50 / Meilisearch p50",
      n: "-",
      value: `${(apiStats.p50 / meiliStats.p50).toFixed(2)}×`,
      target: "≤ 1.1×",
    });
    // The same requests through a process that only forwards bytes: what any second hop costs on this machine.
    rows.push({
      suite,
      measure: "search via a pass-through hop to Meilisearch (HTTP, bytes only)",
      n: hopSamples.length,
      ...hopStats,
    });
    rows.push({
      suite,
      measure: "  pass-through hop / Meilisearch, p50 · p95",
      n: "-",
      value: `${(hopStats.p50 / meiliStats.p50).toFixed(2)}× · ${(hopStats.p95 / meiliStats.p95).toFixed(2)}×`,
    });

    // Load: 16 concurrent clients for 15 s; the API's peak resident memory (VmHWM) over its whole life.
    const loadSeconds = 15;
    const deadline = Date.now() + loadSeconds * 1000;
    let done = 0;
    await Promise.all(
      Array.from({ length: 16 }, async (_, worker) => {
        for (let i = worker; Date.now() < deadline; i += 16) {
          await viaApi(i);
          done++;
        }
      }),
    );
    rows.push({
      suite,
      measure: "API throughput, 16 concurrent clients",
      n: done,
      value: `${(done / loadSeconds).toFixed(0)} req/s`,
      target: "≥ 100 req/s",
    });
    rows.push({
      suite,
      measure: "API peak RSS (process lifetime, incl. load)",
      n: "-",
      value: `${await peakRssMb(api.process)} MB`,
      target: "≤ 200 MB",
    });
  } finally {
    await api.stop();
    await hop.stop();
  }
  return rows;
}

/** Starts `pass-through-proxy-process.ts` in a process of its own, forwarding to `meiliUrl`. */
async function startPassThroughProxy(meiliUrl: string) {
  const script = fileURLToPath(new URL("./pass-through-proxy-process.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, meiliUrl], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    env: { PATH: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening (\d+)/.exec(output);
      if (listening) resolve(Number(listening[1]));
    });
    child.once("exit", (code) => reject(new Error(`pass-through proxy exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * What Meilisearch itself spent indexing documents since `since`, from its batches' own durations: the build's wall
 * time also holds reading Postgres, building documents and sending them, and the two are read side by side.
 */
async function engineIndexingSeconds(env: BenchEnvironment, since: Date) {
  const url = new URL("/batches", env.apiEnvironment.MEILI_URL);
  url.searchParams.set("types", "documentAdditionOrUpdate");
  url.searchParams.set("afterEnqueuedAt", since.toISOString());
  url.searchParams.set("limit", "1000");
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${env.apiEnvironment.MEILI_MASTER_KEY}` },
  });
  if (!response.ok) throw new Error(`GET /batches: ${response.status}`);
  const { results } = (await response.json()) as { results: { duration: string | null }[] };
  return {
    batches: results.length,
    seconds: results.reduce((sum, batch) => sum + isoDurationSeconds(batch.duration ?? "PT0S"), 0),
  };
}

/** Meilisearch's durations are ISO 8601 ("PT1M4.5S"). */
function isoDurationSeconds(duration: string): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration);
  if (!match) throw new Error(`unexpected duration ${duration}`);
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function fetchOk(url: string, init?: RequestInit): Promise<void> {
  const response = await fetch(url, init);
  const body = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${body.slice(0, 300)}`);
}

async function peakRssMb(child: ChildProcess): Promise<string> {
  const status = await readFile(`/proc/${child.pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return (kb / 1024).toFixed(0);
}
