// `pnpm bench`: runs the suites against a throwaway environment, prints each suite's table as it finishes and all
// of them together at the end; a suite that fails is reported and the others still run. BENCH_SUITES picks some
// (the weekly digest alone takes 10–20 minutes at 100k). The matching, reverse-matching and web suites reuse the
// suppliers and index the supplier search suite built, so it runs first whenever one of them is chosen; so does
// the request alerts suite.
import { type BenchSuite, benchEnvSchema, benchSuites, loadConfig } from "@ketnoi/config";
import { runBuyerBench } from "./buyer-bench.js";
import { type BenchEnvironment, createBenchEnvironment } from "./environment.js";
import { runFoundationBench } from "./foundation.js";
import { runMatchingQualityBench } from "./matching-quality-bench.js";
import { runMatchingSpeedBench } from "./matching-speed-bench.js";
import { runQuotesWebBench } from "./quotes-web-bench.js";
import { runRequestAlertsBench } from "./request-alerts-bench.js";
import { runReverseMatchingBench } from "./reverse-matching-bench.js";
import { runSearchSynonymsBench } from "./search-synonyms-bench.js";
import { runSecurityIdempotencyBench } from "./security-idempotency-bench.js";
import { runSecurityLoginBench } from "./security-login-bench.js";
import { type BenchRow, printTable } from "./stats.js";
import { runSupplierSearchBench } from "./supplier-search-bench.js";
import { runWebBench } from "./web-bench.js";
import { runWeeklyDigestBench } from "./weekly-digest-bench.js";

const runners: Record<BenchSuite, (env: BenchEnvironment) => Promise<BenchRow[]>> = {
  foundation: runFoundationBench,
  suppliers: runSupplierSearchBench,
  matching: runMatchingSpeedBench,
  reverse: runReverseMatchingBench,
  quality: runMatchingQualityBench,
  digest: runWeeklyDigestBench,
  security: async (env) => [
    ...(await runSecurityIdempotencyBench(env)),
    ...(await runSecurityLoginBench(env)),
  ],
  web: runWebBench,
  synonyms: runSearchSynonymsBench,
  alerts: runRequestAlertsBench,
  buyer: runBuyerBench,
  "quotes-web": runQuotesWebBench,
};

const chosen = new Set<BenchSuite>(loadConfig(benchEnvSchema).BENCH_SUITES ?? benchSuites);
if (["matching", "reverse", "web", "alerts"].some((suite) => chosen.has(suite as BenchSuite)))
  chosen.add("suppliers");

/**
 * Suites that build a small marketplace of their own and measure what it does, so they get a fresh environment:
 * on the shared one, the 100k suppliers of the search suite crowd the compare-quotes suite's 30 suppliers out of
 * its request's matches.
 */
const isolatedSuites = new Set<BenchSuite>(["quotes-web"]);

// Made when the first suite that shares it runs: a run of isolated suites alone never starts it.
let shared: BenchEnvironment | undefined;

async function environmentFor(suite: BenchSuite): Promise<BenchEnvironment> {
  if (isolatedSuites.has(suite)) return createBenchEnvironment();
  shared ??= await createBenchEnvironment();
  return shared;
}

const rows: BenchRow[] = [];
try {
  for (const suite of benchSuites) {
    if (!chosen.has(suite)) continue;
    const env = await environmentFor(suite);
    try {
      const suiteRows = await runners[suite](env);
      rows.push(...suiteRows);
      // Each suite's rows as soon as it is done: a full run takes an hour, and a later suite's failure must not
      // take the earlier figures with it.
      printTable(suiteRows);
      console.log();
    } catch (error) {
      console.error(`bench: ${suite} failed`, error);
      process.exitCode = 1;
    } finally {
      if (env !== shared) await env.close();
    }
  }
  if (rows.length > 0) {
    console.log("All suites:");
    printTable(rows);
  }
} finally {
  await shared?.close();
}
