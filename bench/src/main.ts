// `pnpm bench`: runs the suites against a throwaway environment and prints one table. BENCH_SUITES picks some
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

const env = await createBenchEnvironment();
try {
  const rows: BenchRow[] = [];
  for (const suite of benchSuites) {
    if (!chosen.has(suite)) continue;
    const suiteRows = await runners[suite](env);
    rows.push(...suiteRows);
    // Progress on stderr: a full run takes half an hour or more.
    console.error(`bench: ${suite} done`);
  }
  printTable(rows);
} finally {
  await env.close();
}
