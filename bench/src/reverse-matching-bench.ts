// Reverse matching at scale: 10,000 open requests (their categories drawn from the suppliers' own, so demand
// follows supply as on the real marketplace) in the open-requests index, then the time for one supplier update
// to be matched against all of them (`match-supplier-to-requests`, run in-process on the worker's context).
// Runs after the supplier search suite, on the suppliers and index it built.
import { randomBytes } from "node:crypto";
import { loadConfig, workerEnvSchema } from "@ketnoi/config";
import { accountRepository, listZones, schema, searchOutboxRepository } from "@ketnoi/db";
import { getCategory, hcmcDate } from "@ketnoi/domain";
import { matchSupplierToRequests, type RunningWorker, startWorker, syncRequestIndex } from "@ketnoi/worker";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles } from "./stats.js";

const suite = "reverse matching";
const openRequests = 10_000;
const sampledSuppliers = 40;
const dayMs = 86_400_000;

/** A deterministic pseudo-random sequence, so every run builds the same requests. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export async function runReverseMatchingBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const db = env.deps.database.db;
  const next = random(20261201);
  const { organization } = await db.transaction((tx) =>
    accountRepository.createOrganizationWithOwner(tx, {
      organization: { name: "Công ty TNHH Bench Buyer", roles: ["buyer"] },
      owner: {
        email: `bench.${randomBytes(3).toString("hex")}@example.vn`,
        name: "Bench",
        passwordHash: "x",
        language: "vi",
      },
    }),
  );
  const { items: zones } = await listZones(db, { limit: 1000, offset: 0 });
  const operating = zones.filter((zone) => zone.status === "operating");
  const demand = await db.execute<{ categories: string[] }>(
    sql`select categories from ${schema.suppliers} order by random() limit ${openRequests}`,
  );

  let started = performance.now();
  const now = Date.now();
  const values: (typeof schema.sourcingRequests.$inferInsert)[] = demand.map((row, i) => {
    const zone = operating[Math.floor(next() * operating.length)] ?? operating[0];
    if (!zone) throw new Error("no zones loaded");
    const category = row.categories[0] ?? "packaging";
    const deadline = new Date(now + (3 + Math.floor(next() * 25)) * dayMs);
    return {
      organizationId: organization.id,
      title: `Cần ${getCategory(category)?.nameVi ?? category} số ${i}`,
      categories: [category],
      specification: { text: "" },
      quantity: { value: 1000 * (1 + Math.floor(next() * 50)), unit: "pieces" },
      recurrence: "one_off",
      zoneId: zone.id,
      lat: zone.lat,
      lng: zone.lng,
      province2025: zone.province2025,
      formerProvince: zone.formerProvince,
      maxDistanceKm: [30, 50, 80][Math.floor(next() * 3)] ?? 50,
      neededBy: hcmcDate(new Date(deadline.getTime() + 20 * dayMs)),
      quoteDeadline: deadline,
      status: "open",
      publishedAt: new Date(now),
    };
  });
  for (let i = 0; i < values.length; i += 1000) {
    const inserted = await db
      .insert(schema.sourcingRequests)
      .values(values.slice(i, i + 1000))
      .returning({ id: schema.sourcingRequests.id });
    await db.transaction((tx) =>
      searchOutboxRepository.queueSearchSync(
        tx,
        "request",
        inserted.map((row) => row.id),
      ),
    );
  }
  rows.push({
    suite,
    measure: `insert ${values.length} open requests`,
    n: values.length,
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
    rows.push({ suite, measure: "index open requests", n: values.length, value: seconds(started) });

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
      measure: `one supplier update vs ${values.length} open requests`,
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
