// Reverse matching at scale: 10,000 open requests (their categories drawn from the suppliers' own, so demand
// follows supply as on the real marketplace) in the open-requests index, then the time for one supplier update
// to be matched against all of them (`match-supplier-to-requests`, run in-process on the worker's context), then
// a burst of 1,000 supplier updates committed with their outbox rows, as the API commits them, and the time until
// the worker has indexed them all and stored every one's reverse matches (the outbox-driven path production runs).
// Runs after the supplier search suite, on the suppliers and index it built.
import { loadConfig, workerEnvSchema } from "@ketnoi/config";
import { schema, searchOutboxRepository } from "@ketnoi/db";
import { jobIdOf } from "@ketnoi/jobs";
import { matchSupplierToRequests, type RunningWorker, startWorker, syncRequestIndex } from "@ketnoi/worker";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import type { BenchEnvironment } from "./environment.js";
import { seedOpenRequests } from "./open-requests-seed.js";
import { type BenchRow, percentiles } from "./stats.js";

const suite = "reverse matching";
const openRequests = 10_000;
const sampledSuppliers = 40;
const burstSuppliers = 1_000;
/** How often the bench looks whether the burst is done; bounds the measurement's resolution. */
const pollMs = 100;
const burstTimeoutMs = 15 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    rows.push(await supplierUpdateBurst(env, context.queues));
  } finally {
    await worker?.stop();
  }
  return rows;
}

/**
 * Commits `burstSuppliers` supplier updates at once (new version, outbox row, one transaction, as the API's
 * update does), kicks the sync as the API does, and waits until every supplier's reverse-match job for its new
 * version has completed: only then are all its matches stored. A failed job fails the bench.
 */
async function supplierUpdateBurst(
  env: BenchEnvironment,
  queues: RunningWorker["context"]["queues"],
): Promise<BenchRow> {
  const db = env.deps.database.db;
  const started = performance.now();
  const updated = await db.transaction(async (tx) => {
    const rows = await tx.execute<{ id: string; version: number }>(
      sql`update ${schema.suppliers} set version = version + 1, updated_at = now()
          where id in (select id from ${schema.suppliers} where status = 'active' order by random()
                       limit ${burstSuppliers})
          returning id, version`,
    );
    await searchOutboxRepository.queueSearchSync(
      tx,
      "supplier",
      rows.map((row) => row.id),
    );
    return [...rows];
  });
  await queues.enqueue("sync-search-index", {});
  const committedMs = performance.now() - started;
  const matching = queues.queue("matching");
  const jobIds = updated.map(({ id, version }) =>
    jobIdOf("match-supplier-to-requests", { supplierId: id, version }),
  );
  let indexedMs: number | undefined;
  let remaining = jobIds;
  while (remaining.length > 0) {
    if (indexedMs === undefined && (await searchOutboxRepository.countPendingSearchSync(db)) === 0)
      indexedMs = performance.now() - started;
    const resolved = await Promise.all(
      remaining.map(async (jobId) => {
        const job = await matching.getJob(jobId);
        return { jobId, state: job ? await job.getState() : "missing" };
      }),
    );
    const failed = resolved.filter(({ state }) => state === "failed").length;
    if (failed > 0) throw new Error(`${failed} reverse-match jobs of the burst failed`);
    remaining = resolved.filter(({ state }) => state !== "completed").map(({ jobId }) => jobId);
    if (performance.now() - started > burstTimeoutMs) throw new Error("the supplier burst never drained");
    if (remaining.length > 0) await sleep(pollMs);
  }
  const drainedMs = performance.now() - started;
  return {
    suite,
    measure: `${updated.length} supplier updates at once → all reverse matches stored (via the outbox)`,
    n: updated.length,
    value:
      `drained in ${(drainedMs / 1000).toFixed(1)} s (${((updated.length / drainedMs) * 1000).toFixed(1)} suppliers/s); ` +
      `commit ${(committedMs / 1000).toFixed(1)} s, all indexed after ${((indexedMs ?? drainedMs) / 1000).toFixed(1)} s`,
    target: "report (no target set)",
  };
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
