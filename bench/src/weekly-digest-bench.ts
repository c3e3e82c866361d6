// The weekly digest at 100,000 recipients (BENCH_DIGEST_RECIPIENTS). Two measures:
// - built and rendered: the send job's own steps (load its 100 recipients' week in one go, select, render vi/en
//   HTML + text) for every recipient, in-process, eight batches at a time, no SMTP: what the digest costs us;
// - end to end: the production worker (built code, its own process) runs the weekly job, plans the ledger and
//   sends every digest to a local SMTP sink that discards them: the SMTP-bound rate, with each send's job,
//   ledger transaction and SMTP conversation, and the worker process's peak resident memory (heap capped at
//   128 MB as everywhere the worker runs). On a small machine
//   the worker shares its cores with Postgres, Redis and the sink.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { benchEnvSchema, currentEnvironment, loadConfig } from "@ketnoi/config";
import { digestActivityRepository, schema } from "@ketnoi/db";
import { digestPeriod, selectDigest } from "@ketnoi/domain";
import { emailTemplates, ProductLinks, signUnsubscribeToken } from "@ketnoi/email";
import { queueNames } from "@ketnoi/jobs";
import {
  ensureIndex,
  requestIndexName,
  requestIndexSettings,
  supplierIndexName,
  supplierIndexSettings,
} from "@ketnoi/search";
import { startSmtpSink } from "@ketnoi/testing/smtp-sink";
import { workerApplicationName } from "@ketnoi/worker";
import { and, asc, eq, sql } from "drizzle-orm";
import { seedDigestMarketplace } from "./digest-seed.js";
import type { BenchEnvironment } from "./environment.js";
import type { BenchRow } from "./stats.js";

const suite = "weekly digest";
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const buildConcurrency = 8;
/** Recipients per send job (plan-weekly-digest.ts). */
const sendBatchSize = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function procStatus(pid: number, field: "VmRSS" | "VmHWM"): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** CPU seconds (user + system) the process has used, from /proc (clock ticks of 10 ms). */
async function procCpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * The CPU the worker's Postgres backends have used since `start`, told apart by their `application_name`. Sampled
 * while the run goes: a backend that ends takes its counter with it, so each one's last reading is kept; one that
 * connects during the run counts from zero.
 */
function postgresBackendCpu(env: BenchEnvironment) {
  const db = env.deps.database.db;
  const before = new Map<number, number>();
  const last = new Map<number, number>();
  const read = async (into: Map<number, number>) => {
    const backends = await db.execute<{ pid: number }>(
      sql`select pid from pg_stat_activity where application_name = ${workerApplicationName} and datname = current_database()`,
    );
    for (const { pid } of backends) {
      // Gone between the two reads: its last sample stands.
      const seconds = await procCpuSeconds(pid).catch(() => undefined);
      if (seconds !== undefined) into.set(pid, seconds);
    }
  };
  return {
    start: () => read(before),
    sample: () => read(last),
    seconds(): number {
      let total = 0;
      for (const [pid, seconds] of last) total += seconds - (before.get(pid) ?? 0);
      return total;
    },
  };
}

interface Recipient {
  id: string;
  name: string;
  language: "vi" | "en";
}

async function buildAndRender(
  env: BenchEnvironment,
  people: Recipient[],
  window: { since: Date; until: Date },
) {
  const db = env.deps.database.db;
  const templates = emailTemplates();
  const links = new ProductLinks("https://ketnoi.bench");
  const secret = env.apiEnvironment.EMAIL_LINK_SECRET;
  let next = 0;
  let withNews = 0;
  let bytes = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: buildConcurrency }, async () => {
      while (next < people.length) {
        // A send job's batch: the activity of all its recipients in one load, as the worker does.
        const batch = people.slice(next, next + sendBatchSize);
        next += sendBatchSize;
        const activities = await digestActivityRepository.loadDigestActivities(
          db,
          batch.map((person) => person.id),
          window,
        );
        for (const person of batch) {
          const activity = activities.get(person.id) ?? { buyerRequests: [], suppliers: [] };
          const selection = selectDigest(activity, window);
          if (!selection.hasNews) continue;
          withNews++;
          const email = templates.digest({
            recipient: { name: person.name, language: person.language },
            selection,
            window,
            links,
            unsubscribeUrl: links.unsubscribe(
              signUnsubscribeToken(secret, { userId: person.id, scope: "digest" }),
              person.language,
            ),
          });
          bytes += email.html.length + email.text.length;
        }
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, withNews, bytes };
}

async function startProductionWorker(env: BenchEnvironment, smtpUrl: string): Promise<ChildProcess> {
  const cpuProfileDir = loadConfig(benchEnvSchema).BENCH_WORKER_CPU_PROF;
  // With the heap cap every deployment runs it with (scripts/src/dev/apps.ts, infra/compose.yaml).
  const child = spawn(
    process.execPath,
    [
      "--max-old-space-size=128",
      ...(cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : []),
      "apps/worker/dist/main.js",
    ],
    {
      cwd: repoRoot,
      env: {
        PATH: currentEnvironment().PATH ?? "",
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        DATABASE_URL: env.apiEnvironment.DATABASE_URL,
        REDIS_URL: env.apiEnvironment.REDIS_URL,
        MEILI_URL: env.apiEnvironment.MEILI_URL,
        MEILI_MASTER_KEY: env.apiEnvironment.MEILI_MASTER_KEY,
        NAMESPACE: env.apiEnvironment.NAMESPACE,
        SMTP_URL: smtpUrl,
        PUBLIC_URL: "https://ketnoi.bench",
        EMAIL_LINK_SECRET: env.apiEnvironment.EMAIL_LINK_SECRET,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const queue = env.deps.jobs.queue(queueNames.notifications);
  const deadline = Date.now() + 60_000;
  while ((await queue.getWorkersCount()) === 0) {
    if (child.exitCode !== null) throw new Error(`the worker exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("the worker did not start within a minute");
    await sleep(100);
  }
  return child;
}

export async function runWeeklyDigestBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const recipients = loadConfig(benchEnvSchema).BENCH_DIGEST_RECIPIENTS;
  const db = env.deps.database.db;
  const seedStarted = performance.now();
  await seedDigestMarketplace(db, recipients);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const people = await db
    .select({ id: schema.users.id, name: schema.users.name, language: schema.users.language })
    .from(schema.users)
    .where(sql`${schema.users.email} like 'digest-%@bench-example.vn'`)
    .orderBy(asc(schema.users.id));

  const at = new Date();
  const window = { since: new Date(at.getTime() - 7 * 24 * 3_600_000), until: at };
  const built = await buildAndRender(env, people, window);

  // The indexes a deployed worker finds in place. A worker that finds none creates them, and since new request
  // index settings may filter on fields older documents lack, it queues every open request to be indexed again;
  // each of those then queues its matching, which replaces the seeded matches with what an empty supplier index
  // yields while the digest is being sent. That is a first start, not a weekly run.
  const namespace = env.apiEnvironment.NAMESPACE;
  await ensureIndex(env.deps.search.client, supplierIndexName(namespace), supplierIndexSettings());
  await ensureIndex(env.deps.search.client, requestIndexName(namespace), requestIndexSettings());

  const sink = await startSmtpSink();
  const worker = await startProductionWorker(env, sink.url);
  const postgresCpu = postgresBackendCpu(env);
  let peakRssMb = 0;
  let endToEndSeconds = 0;
  // CPU per email, which a loaded machine stretches less than wall time: the worker's, and this process's (the
  // SMTP sink, which parses every message, and the polling below).
  let workerCpuSeconds = 0;
  let benchCpu: NodeJS.CpuUsage = { user: 0, system: 0 };
  const { weekKey } = digestPeriod(at, "Asia/Ho_Chi_Minh");
  try {
    const workerCpuBefore = await procCpuSeconds(worker.pid ?? 0);
    await postgresCpu.start();
    const benchCpuBefore = process.cpuUsage();
    const started = performance.now();
    await env.deps.jobs.enqueue("plan-weekly-digest", { at: at.toISOString() });
    const deadline = Date.now() + 60 * 60_000;
    // Polled on the shared cores, so cheaply: the week's rows are counted until all are planned, then only those
    // still planned (found through the (week, status) index), never every row of the week four times a second.
    // While the sink's count grows the run is not over, so Postgres is asked only when it stood still for a
    // tick or reached every recipient: at 100,000 recipients the count of planned rows cost 15 ms of Postgres CPU
    // a poll (7 s over the run, on the cores the run measures).
    let planned = 0;
    let unfinished = 1;
    let sinkCountBefore = -1;
    for (;;) {
      const sinkCount = sink.messages;
      if (sinkCount === sinkCountBefore || sinkCount >= people.length) {
        if (planned < people.length) {
          const [row] = await db
            .select({ count: sql<number>`count(*)::int` })
            .from(schema.digestDeliveries)
            .where(eq(schema.digestDeliveries.weekKey, weekKey));
          planned = row?.count ?? 0;
        }
        if (planned >= people.length) {
          const [row] = await db
            .select({ count: sql<number>`count(*)::int` })
            .from(schema.digestDeliveries)
            .where(
              and(
                eq(schema.digestDeliveries.weekKey, weekKey),
                eq(schema.digestDeliveries.status, "planned"),
              ),
            );
          unfinished = row?.count ?? 0;
        }
      }
      sinkCountBefore = sinkCount;
      peakRssMb = Math.max(peakRssMb, await procStatus(worker.pid ?? 0, "VmRSS"));
      await postgresCpu.sample();
      if (unfinished === 0) break;
      if (worker.exitCode !== null) throw new Error(`the worker exited with ${worker.exitCode}`);
      const failed = await env.deps.jobs.queue(queueNames.notifications).getFailed(0, 0);
      if (failed[0]) throw new Error(`a digest job failed: ${failed[0].name}: ${failed[0].failedReason}`);
      if (Date.now() > deadline) throw new Error("the weekly run did not finish within an hour");
      await sleep(250);
    }
    endToEndSeconds = (performance.now() - started) / 1000;
    workerCpuSeconds = (await procCpuSeconds(worker.pid ?? 0)) - workerCpuBefore;
    await postgresCpu.sample();
    benchCpu = process.cpuUsage(benchCpuBefore);
    peakRssMb = Math.max(peakRssMb, await procStatus(worker.pid ?? 0, "VmHWM"));
  } finally {
    const exited = once(worker, "exit");
    worker.kill("SIGTERM");
    await exited;
    await sink.close();
  }
  const counts = await db
    .select({ status: schema.digestDeliveries.status, count: sql<number>`count(*)::int` })
    .from(schema.digestDeliveries)
    .where(eq(schema.digestDeliveries.weekKey, weekKey))
    .groupBy(schema.digestDeliveries.status);
  const sent = counts.find((c) => c.status === "sent")?.count ?? 0;
  // Every email the ledger marked sent reached the sink, and no more (no duplicates in an uninterrupted run).
  if (sink.messages !== sent)
    throw new Error(`ledger says ${sent} sent, the SMTP sink received ${sink.messages}`);

  const rate = (n: number, s: number) => `${Math.round(n / s)}/s`;
  return [
    { suite, measure: "seed marketplace (SQL)", n: recipients, value: `${seedSeconds.toFixed(1)} s` },
    {
      suite,
      measure: "digests built + rendered (no SMTP)",
      n: `${built.withNews}/${people.length}`,
      value: `${rate(built.withNews, built.seconds)} (${built.seconds.toFixed(1)} s, ${Math.round(built.bytes / built.withNews / 1024)} KB each)`,
      target: "≥ 500/s",
    },
    {
      suite,
      measure: "weekly run end to end → SMTP sink",
      n: people.length,
      value: `${rate(sink.messages, endToEndSeconds)} (${endToEndSeconds.toFixed(1)} s; ${counts.map((c) => `${c.count} ${c.status}`).join(", ")}), SMTP included`,
    },
    {
      suite,
      measure: "CPU per email: worker / SMTP sink (bench process)",
      n: sink.messages,
      value: `${((workerCpuSeconds * 1000) / sink.messages).toFixed(2)} ms / ${((benchCpu.user + benchCpu.system) / 1000 / sink.messages).toFixed(2)} ms`,
    },
    {
      suite,
      measure: "Postgres CPU per email (the worker's backends)",
      n: sink.messages,
      value: `${((postgresCpu.seconds() * 1000) / sink.messages).toFixed(2)} ms`,
    },
    {
      suite,
      measure: "worker peak RSS (production build)",
      n: 1,
      value: `${Math.round(peakRssMb)} MB`,
      target: "≤ 300 MB",
    },
  ];
}
