// `pnpm backup [file]`: writes the database (DATABASE_URL) to a pg_dump file, by default
// backups/ketnoi-<time>.dump. Meilisearch is not backed up: `pnpm restore` rebuilds it from the database.
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { databaseToolEnvSchema, loadConfigOrExit, loadDotEnvIfPresent } from "@ketnoi/config";
import { backupDatabase } from "./backup/backup-restore.js";

loadDotEnvIfPresent();
const { DATABASE_URL } = loadConfigOrExit(databaseToolEnvSchema);
const file = resolve(
  process.argv[2] ?? `backups/ketnoi-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`,
);
await mkdir(dirname(file), { recursive: true });
await backupDatabase(DATABASE_URL, file);
console.log(`backed up the database to ${file}`);
