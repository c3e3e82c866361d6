// `pnpm bench`: runs every suite against a throwaway environment and prints one table.
import { createBenchEnvironment } from "./environment.js";
import { runFoundationBench } from "./foundation.js";
import { printTable } from "./stats.js";
import { runSupplierSearchBench } from "./supplier-search-bench.js";

const env = await createBenchEnvironment();
try {
  const rows = [...(await runFoundationBench(env)), ...(await runSupplierSearchBench(env))];
  printTable(rows);
} finally {
  await env.close();
}
