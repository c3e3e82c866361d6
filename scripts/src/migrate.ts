// `pnpm db:migrate`: creates the database if missing and applies the committed migrations. The same runner is
// used by `pnpm dev` and by the test harness.
import { databaseToolEnvSchema, loadConfigOrExit, loadDotEnvIfPresent } from "@ketnoi/config";
import { ensureDatabase, migrateDatabase } from "@ketnoi/db";

loadDotEnvIfPresent();
const { DATABASE_URL } = loadConfigOrExit(databaseToolEnvSchema);
const { created } = await ensureDatabase(DATABASE_URL);
if (created) console.log("created database");
await migrateDatabase(DATABASE_URL);
console.log("migrations applied");
