// Reverse matching at scale: 10,000 open requests (their categories drawn from the suppliers' own, so demand
// follows supply as on the real marketplace) in the open-requests index, then the time for one supplier update
// to be matched against all of them (`match-supplier-to-requests`, run in-process on the worker's context).
// Runs after the supplier search suite, on the suppliers and index it built.
import { loadConfig, workerEnvSchema } from "@ketnoi/config";
import { schema } from "@ketnoi/db";
import { matchSupplierToRequests, type RunningWorker, startWorker, syncRequestIndex } from "@ketnoi/worker";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import type { BenchEnvironment } from "./environment.js";
import { seedOpenRequests } from "./open-requests-seed.js";
import { type BenchRow, percentiles } from "./stats.js";

const suite = "reverse matching";
const openRequests = 10_000;
const sampledSuppliers = 40;

export async function runReverseMatchingBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const db = env.deps.database.db;
  let started = performance.now();
  const inserted = await seedOpenRequests(env, openRequests, 20261201);
  rows.push({
    suite,
    measure: `insert ${inserted.length} open requests`,
    n: inserted.length,
    value: seconds(started),
  });

  const config = loadConfig(workerEnvSchema, { ...env.apiEnvironment, WORKER_CONCURRENCY: "2" });
  let worker: RunningWorker | undefined;
  try {
    // The worker's own context (indexes, mailer…); its queue consumers idle meanwhile.
    worker = await startWorker(config, pino({ level: "silent" }), { schedules: false });
    const context = worker.context;
    started = performance.now();
    await syncRequestIndex({
      db,
      search: context.search,
      indexName: context.requestIndexName,
      now: () => new Date(),
    });
    rows.push({ suite, measure: "index open requests", n: inserted.length, value: seconds(started) });

    const sample = await db.execute<{ id: string; version: number }>(
      sql`select id, version from ${schema.suppliers} where status = 'active' order by random() limit ${sampledSuppliers}`,
    );
    const samples: number[] = [];
    let considered = 0;
    let kept = 0;
    for (const supplier of sample) {
      const start = performance.now();
      const result = await matchSupplierToRequests(
        { supplierId: supplier.id, version: supplier.version },
        context,
      );
      samples.push(performance.now() - start);
      if ("requests" in result) {
        considered += result.requests;
        kept += result.matches + result.nearMisses;
      }
    }
    const { p50, p95, p99 } = percentiles(samples);
    rows.push({
      suite,
      measure: `one supplier update vs ${inserted.length} open requests`,
      n: samples.length,
      p50,
      p95,
      p99,
      value: `avg ${(considered / samples.length).toFixed(0)} in reach, ${(kept / samples.length).toFixed(0)} stored`,
    });
  } finally {
    await worker?.stop();
  }
  return rows;
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
