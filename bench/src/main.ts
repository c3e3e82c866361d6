// `pnpm bench`: runs every suite against a throwaway environment and prints one table. The matching speed suite
// reuses the suppliers and index the supplier search suite built, so it runs after it.
import { createBenchEnvironment } from "./environment.js";
import { runFoundationBench } from "./foundation.js";
import { runMatchingQualityBench } from "./matching-quality-bench.js";
import { runMatchingSpeedBench } from "./matching-speed-bench.js";
import { runReverseMatchingBench } from "./reverse-matching-bench.js";
import { printTable } from "./stats.js";
import { runSupplierSearchBench } from "./supplier-search-bench.js";
import { runWeeklyDigestBench } from "./weekly-digest-bench.js";

const env = await createBenchEnvironment();
try {
  const rows = [
    ...(await runFoundationBench(env)),
    ...(await runSupplierSearchBench(env)),
    ...(await runMatchingSpeedBench(env)),
    ...(await runReverseMatchingBench(env)),
    ...(await runMatchingQualityBench(env)),
    ...(await runWeeklyDigestBench(env)),
  ];
  printTable(rows);
} finally {
  await env.close();
}
