// `pnpm reindex`: rebuilds the supplier search index from Postgres, swapping it in atomically when complete.
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfigOrExit, loadDotEnvIfPresent, reindexEnvSchema } from "@ketnoi/config";
import { createDb } from "@ketnoi/db";
import { createSearchClient, supplierIndexName } from "@ketnoi/search";
import { reindexSuppliers } from "./indexing/reindex-suppliers.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
loadDotEnvIfPresent(join(repoRoot, ".env"));
const config = loadConfigOrExit(reindexEnvSchema);
const dataDir = isAbsolute(config.DATA_DIR) ? config.DATA_DIR : join(repoRoot, config.DATA_DIR);
const masterKey =
  config.MEILI_MASTER_KEY ??
  (await readFile(join(dataDir, "meili-master-key"), "utf8").then(
    (key) => key.trim(),
    () => {
      console.error(
        "MEILI_MASTER_KEY is not set and no key was found in DATA_DIR (has `pnpm dev` run here?)",
      );
      process.exit(1);
    },
  ));

const database = createDb(config.DATABASE_URL, { maxConnections: 2 });
const search = createSearchClient({ url: config.MEILI_URL, apiKey: masterKey, timeoutMs: 30_000 });
const indexName = supplierIndexName(config.NAMESPACE);
try {
  let lastReport = 0;
  const result = await reindexSuppliers({
    db: database.db,
    search,
    indexName,
    now: () => new Date(),
    onProgress: (indexed) => {
      if (indexed - lastReport >= 10_000) {
        lastReport = indexed;
        console.log(`  ${indexed} suppliers sent`);
      }
    },
  });
  console.log(`reindexed ${result.indexed} suppliers into ${indexName} in ${result.seconds.toFixed(1)} s`);
} finally {
  await database.close();
}
