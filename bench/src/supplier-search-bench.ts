// Suppliers at scale: load N generated suppliers into Postgres, build the index from scratch (pnpm reindex's
// code), then time the fixed query mix through the API (a separate process, over HTTP) and the same requests
// sent to Meilisearch directly, and the API's peak memory under concurrent load.
import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
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
    const direct = (i: number) =>
      fetchOk(meiliSearch, {
        method: "POST",
        headers: meiliHeaders,
        body: JSON.stringify(
          supplierSearchRequest(queries[i % queries.length]?.search ?? (undefined as never)),
        ),
      });

    // One warm-up pass of each, then the measured passes, alternating so both see the same cache state.
    for (let i = 0; i < queries.length; i++) {
      await viaApi(i);
      await direct(i);
    }
    const apiSamples: number[] = [];
    const meiliSamples: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < queries.length; i++) {
        apiSamples.push(await timed(() => viaApi(i)));
        meiliSamples.push(await timed(() => direct(i)));
      }
    }
    const apiStats = percentiles(apiSamples);
    const meiliStats = percentiles(meiliSamples);
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
    rows.push({
      suite,
      measure: "API p50 / Meilisearch p50",
      n: "-",
      value: `${(apiStats.p50 / meiliStats.p50).toFixed(2)}×`,
      target: "≤ 1.1×",
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
  }
  return rows;
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
