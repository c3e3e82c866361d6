// Matching quality on the labelled set (packages/match-eval): every labelled supplier in Postgres and in this
// file's own Meilisearch index, every labelled request published as an open row, the real match job run on each,
// and its stored ranking (matches, then near misses) scored against human judgments. The Postgres-only baseline
// runs on the same rows for comparison; the thresholds guard the real matcher only.
import { createDb, type DbHandle, requestMatchRepository } from "@ketnoi/db";
import {
  createEvaluationBuyer,
  type EvaluationSummary,
  evaluateRanking,
  evaluationDate,
  insertLabelledSuppliers,
  labelledRequests,
  matchWithBaseline,
  prepareBaselineIndex,
  publishLabelledRequest,
  summariseEvaluations,
} from "@ketnoi/match-eval";
import { createTestDatabase, uniqueName } from "@ketnoi/testing";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchSourcingRequest, type RunningWorker, startWorker, syncSupplierIndex } from "../src/index.js";
import type { JobContext } from "../src/job-context.js";
import { deleteRedisKeys, testWorkerConfig } from "./job-harness.js";

/**
 * A little below what the matcher scored when these were set (nDCG@10 0.934, P@5 0.537; see the match-eval
 * README). For scale: the same candidates in random order score 0.73 and sorted by distance alone 0.78, so a
 * matcher that loses a good part of what its scoring adds falls under the bar, while a reworded profile or a
 * tie broken the other way (about 0.005 per request moved) does not.
 */
const minimumMeanNdcgAt10 = 0.9;
const minimumMeanPrecisionAt5 = 0.52;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let worker: RunningWorker;
const prefix = uniqueName("match_quality");
let matcher: EvaluationSummary;
let baseline: EvaluationSummary;

/** Certificates expire and lead times count from this day, the day the judgments were made for. */
const clock = () => evaluationDate;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  // The worker builds the job context (and this file's own indexes) exactly as in production; the job is then
  // called directly, so nothing waits on the queue.
  worker = await startWorker(testWorkerConfig(database.url), pino({ level: "silent" }), {
    prefix,
    schedules: false,
  });
  const context: JobContext = { ...worker.context, now: clock };

  const ids = await insertLabelledSuppliers(handle.db);
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const toKeys = (supplierIds: string[]) => supplierIds.map((id) => keyOf.get(id) ?? `unlabelled:${id}`);
  await syncSupplierIndex({
    db: handle.db,
    search: context.search,
    indexName: context.supplierIndexName,
    now: clock,
  });
  await prepareBaselineIndex(handle.db);
  const organizationId = await createEvaluationBuyer(handle.db);

  const matcherRuns = [];
  const baselineRuns = [];
  for (const labelled of labelledRequests) {
    const request = await publishLabelledRequest(handle.db, labelled, {
      organizationId,
      now: evaluationDate,
    });
    const result = await matchSourcingRequest({ requestId: request.id, version: request.version }, context);
    if ("skipped" in result) throw new Error(`${labelled.key}: match job skipped (${result.skipped})`);
    const stored = await requestMatchRepository.listMatchesForRequest(handle.db, request.id, {
      includeNearMisses: true,
    });
    matcherRuns.push(evaluateRanking(labelled, toKeys(stored.map((row) => row.supplier.id))));
    const ranked = await matchWithBaseline(handle.db, request, { now: evaluationDate });
    baselineRuns.push(evaluateRanking(labelled, toKeys(ranked.map((m) => m.supplierId))));
  }
  matcher = summariseEvaluations(matcherRuns);
  baseline = summariseEvaluations(baselineRuns);
  printComparison();
  // Usually 30–40 s; the margin is for a machine busy with other suites.
}, 120_000);

afterAll(async () => {
  if (worker) {
    const { search } = worker.context;
    await worker.stop();
    // Every index the worker made under this file's prefix (suppliers, and whatever else it keeps).
    const { results } = await search.client.getIndexes({ limit: 1000 });
    for (const { uid } of results.filter((index) => index.uid.startsWith(`${prefix}_`))) {
      await search.client
        .deleteIndex(uid)
        .waitTask()
        .catch(() => undefined);
    }
  }
  await deleteRedisKeys(prefix);
  await handle?.close();
  await database?.drop();
});

function printComparison() {
  const f = (x: number) => x.toFixed(3);
  const lines = matcher.requests.map((m, i) => {
    const b = baseline.requests[i];
    const others = (r: { otherTradesInTop3: string[] } | undefined) => r?.otherTradesInTop3.join(", ") || "-";
    const other =
      m.otherTradesInTop3.length > 0 || (b?.otherTradesInTop3.length ?? 0) > 0
        ? `  other trades in top 3: ${others(m)} / ${others(b)}`
        : "";
    return `${m.request.padEnd(28)} nDCG@10 ${f(m.ndcgAt10)} / ${f(b?.ndcgAt10 ?? Number.NaN)}   P@5 ${f(m.precisionAt5)} / ${f(b?.precisionAt5 ?? Number.NaN)}${other}`;
  });
  console.log(
    [
      "matching quality on the labelled set (Meilisearch matcher / Postgres baseline)",
      ...lines,
      `${"mean".padEnd(28)} nDCG@10 ${f(matcher.meanNdcgAt10)} / ${f(baseline.meanNdcgAt10)}   P@5 ${f(matcher.meanPrecisionAt5)} / ${f(baseline.meanPrecisionAt5)}`,
    ].join("\n"),
  );
}

describe("matching quality on the labelled set", () => {
  it("ranks relevant suppliers first: mean nDCG@10 and P@5 stay above the bar", () => {
    expect(matcher.requests).toHaveLength(labelledRequests.length);
    expect(matcher.meanNdcgAt10).toBeGreaterThanOrEqual(minimumMeanNdcgAt10);
    expect(matcher.meanPrecisionAt5).toBeGreaterThanOrEqual(minimumMeanPrecisionAt5);
  });

  // Not yet zero: 5 of the 41 requests show a supplier of another trade in their top three (the table printed
  // above lists them). They are requests whose title names a second trade ("barcode labels for carton marking"),
  // whole-group requests, and requests with fewer than three suppliers of their own trade. Held at that number so
  // that it can only go down.
  it("puts a supplier of another trade in the top three of at most 5 requests", () => {
    const offenders = matcher.requests
      .filter((r) => r.otherTradesInTop3.length > 0)
      .map((r) => `${r.request}: ${r.otherTradesInTop3.join(", ")}`);
    expect(offenders.length, offenders.join("\n")).toBeLessThanOrEqual(5);
  });

  it("runs the Postgres baseline on the same data, for comparison", () => {
    expect(baseline.requests.map((r) => r.request)).toEqual(matcher.requests.map((r) => r.request));
    expect(baseline.requests.every((r) => r.returned > 0)).toBe(true);
    expect(baseline.meanNdcgAt10).toBeGreaterThan(0);
  });
});
