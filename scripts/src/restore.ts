// `pnpm restore <file>`: restores a `pnpm backup` file into DATABASE_URL — a new or empty database; a database
// with tables is refused — and rebuilds the search indexes of NAMESPACE from it.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { loadConfigOrExit, loadDotEnvIfPresent, reindexEnvSchema } from "@ketnoi/config";
import { createSearchClient } from "@ketnoi/search";
import { RestoreRefused, restoreDatabase } from "./backup/backup-restore.js";

loadDotEnvIfPresent();
const config = loadConfigOrExit(reindexEnvSchema);
const file = process.argv[2];
if (!file) {
  console.error("usage: pnpm restore <backup file>");
  process.exit(1);
}
const masterKey =
  config.MEILI_MASTER_KEY ?? (await readFile(join(config.DATA_DIR, "meili-master-key"), "utf8")).trim();
try {
  const result = await restoreDatabase({
    databaseUrl: config.DATABASE_URL,
    file: resolve(file),
    search: createSearchClient({ url: config.MEILI_URL, apiKey: masterKey, timeoutMs: 30_000 }),
    namespace: config.NAMESPACE,
  });
  console.log(
    `restored; indexed ${result.suppliersIndexed} suppliers and ${result.requestsIndexed} open requests`,
  );
} catch (error) {
  if (error instanceof RestoreRefused) {
    console.error(`refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
