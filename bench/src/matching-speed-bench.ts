// Matching at scale, on the suppliers and index the supplier search suite built (run it first): the API in-process
// (inject) and a worker started as production starts it. Measures the time from publishing a request with
// `POST /v1/requests` until `GET /v1/requests/:id/matches` shows that version's results, one request after
// another, and where that time goes (from the match job's timestamps); then how many match jobs per second the worker clears when 300 arrive at once; then, on the same
// suppliers, a match job run directly and the Postgres-only baseline's query for the labelled requests.
import { cpus, loadavg } from "node:os";
import { loadConfig, workerEnvSchema } from "@ketnoi/config";
import { accountRepository, type SourcingRequest } from "@ketnoi/db";
import { jobIdOf } from "@ketnoi/jobs";
import {
  labelledRequestBody,
  labelledRequests,
  matchWithBaseline,
  prepareBaselineIndex,
  publishLabelledRequest,
} from "@ketnoi/match-eval";
import { matchSourcingRequest, type RunningWorker, startWorker } from "@ketnoi/worker";
import { pino } from "pino";
import type { BenchEnvironment } from "./environment.js";
import { type BenchRow, percentiles } from "./stats.js";

const suite = "matching";
const publishedRequests = 100;
const warmUpRequests = 5;
const burstJobs = 300;
/** How often the client asks for the matches; bounds the measurement's resolution. */
const pollMs = 20;
const readableTimeoutMs = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A buyer whose owner has verified their email (publishing requires it), with an access token. */
async function verifiedBuyer(env: BenchEnvironment): Promise<{ token: string; organizationId: string }> {
  const registered = await env.app.inject({
    method: "POST",
    url: "/v1/auth/register",
    payload: {
      organization: { name: "Công ty TNHH Bench Mua Hàng", roles: ["buyer"] },
      user: {
        email: `matching.${Date.now().toString(36)}@bench-example.vn`,
        name: "Bench Buyer",
        password: "benchmark password 2026",
        language: "vi",
      },
    },
    remoteAddress: "10.77.0.1",
  });
  if (registered.statusCode !== 201) throw new Error(`register: ${registered.statusCode} ${registered.body}`);
  const body = registered.json();
  await env.deps.database.db.transaction((tx) =>
    accountRepository.markEmailVerified(tx, body.user.id, new Date()),
  );
  return { token: body.session.accessToken as string, organizationId: body.organization.id as string };
}

/** Where one publish's time went, from the match job's own timestamps (ms). */
interface PublishTiming {
  total: number;
  /** POST answered (the request and its outbox rows committed, its match job queued, drain and sync kicked). */
  committed: number;
  /** Until its match job was added to the queue (by the API right after the commit). */
  queued?: number;
  /** The match job waiting for a worker slot. */
  waiting?: number;
  /** The match job's run (candidates from the index, scoring, storing). */
  running?: number;
}

/** Publishes one request and waits until its matches for that version can be read. */
async function publishAndAwaitMatches(
  env: BenchEnvironment,
  token: string,
  body: Record<string, unknown>,
): Promise<PublishTiming> {
  const headers = { authorization: `Bearer ${token}` };
  const startedAt = Date.now();
  const started = performance.now();
  const created = await env.app.inject({ method: "POST", url: "/v1/requests", headers, payload: body });
  if (created.statusCode !== 201) throw new Error(`POST /v1/requests: ${created.statusCode} ${created.body}`);
  const committed = performance.now() - started;
  const { id, version } = created.json() as { id: string; version: number };
  const matching = env.deps.jobs.queue("matching");
  const jobId = jobIdOf("match-sourcing-request", { requestId: id, version });
  const timing = async (): Promise<PublishTiming> => {
    const total = performance.now() - started;
    const job = await matching.getJob(jobId);
    if (!job?.processedOn || !job.finishedOn) return { total, committed };
    return {
      total,
      committed,
      queued: job.timestamp - startedAt,
      waiting: job.processedOn - job.timestamp,
      running: job.finishedOn - job.processedOn,
    };
  };
  for (;;) {
    const listed = await env.app.inject({
      method: "GET",
      url: `/v1/requests/${id}/matches?includeNearMisses=true`,
      headers,
    });
    const items = (listed.json() as { items: { requestVersion: number }[] }).items;
    if (items.length > 0 && items.every((item) => item.requestVersion === version)) return timing();
    // A request nobody can serve has no rows to show: it is readable once its job has finished.
    if (items.length === 0) {
      const state = await (await matching.getJob(jobId))?.getState();
      if (state === "completed") return timing();
      if (state === "failed") throw new Error(`match job for ${id} failed`);
    }
    if (performance.now() - started > readableTimeoutMs) throw new Error(`matches for ${id} never appeared`);
    await sleep(pollMs);
  }
}

/** Enqueues `jobs` match jobs at once and waits until the matching queue is drained. */
async function burstThroughput(env: BenchEnvironment, requests: SourcingRequest[]) {
  const queue = env.deps.jobs.queue("matching");
  const failedBefore = await queue.getFailedCount();
  const started = performance.now();
  const jobIds = await Promise.all(
    requests.map((request) =>
      env.deps.jobs.enqueue("match-sourcing-request", { requestId: request.id, version: request.version }),
    ),
  );
  for (;;) {
    const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "paused");
    if (Object.values(counts).every((count) => count === 0)) break;
    await sleep(pollMs);
  }
  const elapsedMs = performance.now() - started;
  const jobs = await Promise.all(jobIds.map((id) => queue.getJob(id)));
  const runMs = jobs.flatMap((job) =>
    job?.finishedOn && job.processedOn ? [job.finishedOn - job.processedOn] : [],
  );
  return { elapsedMs, runMs, failed: (await queue.getFailedCount()) - failedBefore };
}

export async function runMatchingSpeedBench(env: BenchEnvironment): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const db = env.deps.database.db;
  const [cpu] = cpus();
  rows.push({
    suite,
    measure: "machine",
    n: "-",
    value: `${cpus().length} cores (${cpu?.model.trim() ?? "unknown"}), Node ${process.version}, load ${loadavg()[0]?.toFixed(1)} at start`,
  });

  const config = loadConfig(workerEnvSchema, { ...env.apiEnvironment, LOG_LEVEL: "warn" });
  let worker: RunningWorker | undefined;
  try {
    // Same process, same prefix as the API: the worker consumes what the API enqueues, against the index the
    // supplier search suite built.
    worker = await startWorker(config, pino({ level: "warn" }), { schedules: false });
    rows.push({
      suite,
      measure: "worker",
      n: "-",
      value: `matching queue concurrency 4 (apps/worker/src/worker.ts), WORKER_CONCURRENCY ${config.WORKER_CONCURRENCY}`,
    });
    const buyer = await verifiedBuyer(env);
    const bodyOf = (i: number) =>
      labelledRequestBody(labelledRequests[i % labelledRequests.length] ?? (undefined as never), new Date());

    for (let i = 0; i < warmUpRequests; i++) await publishAndAwaitMatches(env, buyer.token, bodyOf(i));
    const timings: PublishTiming[] = [];
    for (let i = 0; i < publishedRequests; i++) {
      timings.push(await publishAndAwaitMatches(env, buyer.token, bodyOf(i)));
    }
    rows.push({
      suite,
      measure: `POST /v1/requests → matches readable (${env.supplierCount} suppliers, one at a time)`,
      n: timings.length,
      ...percentiles(timings.map((timing) => timing.total)),
      value: `match job queued by the API after the commit (job outbox as backstop), polled every ${pollMs} ms; load ${loadavg()[0]?.toFixed(1)} after`,
      target: "p95 ≤ 1000 ms (#17), ≤ 300 ms (#16)",
    });
    // Where the time goes, phase by phase (each phase's own percentiles; they do not add up to the total's).
    const phases: [keyof Omit<PublishTiming, "total">, string][] = [
      [
        "committed",
        "POST answered (request + job outbox rows committed, match job queued, drain + sync kicked)",
      ],
      ["queued", "POST sent → match job queued"],
      ["waiting", "match job waiting for a worker"],
      ["running", "match job run"],
    ];
    for (const [phase, label] of phases) {
      const values = timings.flatMap((timing) => (timing[phase] === undefined ? [] : [timing[phase]]));
      rows.push({ suite, measure: `  of which: ${label}`, n: values.length, ...percentiles(values) });
    }

    // Fresh open requests (no matches yet), as many as the burst, in the labelled requests' words and places.
    const now = new Date();
    const burst: SourcingRequest[] = [];
    for (let i = 0; i < burstJobs; i++) {
      const labelled = labelledRequests[i % labelledRequests.length];
      if (labelled)
        burst.push(await publishLabelledRequest(db, labelled, { organizationId: buyer.organizationId, now }));
    }
    const { elapsedMs, runMs, failed } = await burstThroughput(env, burst);
    rows.push({
      suite,
      measure: `${burstJobs} match jobs enqueued at once: drained in`,
      n: burstJobs,
      value: `${seconds(elapsedMs)} → ${((burstJobs / elapsedMs) * 1000).toFixed(1)} jobs/s${failed > 0 ? `, ${failed} failed` : ""}`,
    });
    rows.push({
      suite,
      measure: "match job run time in the worker during the burst",
      n: runMs.length,
      ...percentiles(runMs),
    });

    // The same labelled requests matched directly (no queue, no polling), and by the Postgres-only baseline.
    const sameRequests = burst.slice(0, labelledRequests.length);
    const direct: number[] = [];
    for (const request of sameRequests) {
      const started = performance.now();
      await matchSourcingRequest({ requestId: request.id, version: request.version }, worker.context);
      direct.push(performance.now() - started);
    }
    rows.push({
      suite,
      measure: `match job run directly (labelled requests, ${env.supplierCount} suppliers)`,
      n: direct.length,
      ...percentiles(direct),
    });

    const index = await prepareBaselineIndex(db);
    rows.push({
      suite,
      measure: `Postgres baseline: build its index (${index.documents} suppliers, ${index.folding})`,
      n: index.documents,
      value: seconds(index.buildMs),
    });
    const baseline: number[] = [];
    for (const request of sameRequests) {
      const started = performance.now();
      await matchWithBaseline(db, request, { now });
      baseline.push(performance.now() - started);
    }
    rows.push({
      suite,
      measure: `Postgres baseline query (labelled requests, ${env.supplierCount} suppliers)`,
      n: baseline.length,
      ...percentiles(baseline),
    });
  } finally {
    await worker?.stop();
  }
  return rows;
}
