// `pnpm zones:load`: creates and migrates the database if needed, then upserts the shipped industrial-zone CSV.
import { databaseToolEnvSchema, loadConfigOrExit, loadDotEnvIfPresent } from "@ketnoi/config";
import { createDb, ensureDatabase, loadZones, migrateDatabase, zonesCsvPath } from "@ketnoi/db";

loadDotEnvIfPresent();
const config = loadConfigOrExit(databaseToolEnvSchema);

await ensureDatabase(config.DATABASE_URL);
await migrateDatabase(config.DATABASE_URL);
const { db, close } = createDb(config.DATABASE_URL, { maxConnections: 1 });
try {
  const { inserted, updated } = await loadZones(db);
  console.log(`Loaded zones from ${zonesCsvPath}: ${inserted} inserted, ${updated} updated.`);
} catch (error) {
  // A CSV validation error lists every bad row; the operator needs that list, not a stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await close();
}
