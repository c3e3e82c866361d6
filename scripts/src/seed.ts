// `pnpm seed`: fills a local database with demo suppliers and asks the worker to index them. The suppliers come
// from a fixed seed, so re-running updates the same profiles (by tax code) instead of adding more, and a larger
// SEED_SUPPLIERS extends the set already there.
import { loadConfigOrExit, loadDotEnvIfPresent, seedEnvSchema } from "@ketnoi/config";
import {
  createDb,
  ensureDatabase,
  listZones,
  loadZones,
  migrateDatabase,
  type NewSupplier,
  supplierRepository,
} from "@ketnoi/db";
import { type DemoZone, generateSuppliers, supplierRowFromProfile } from "@ketnoi/demo-data";
import { createJobQueues, createProducerConnection } from "@ketnoi/jobs";

/** Fixed, so every machine gets the same demo suppliers. */
const demoSeed = 20261122;
/** Rows per transaction: large enough to be quick, small enough not to hold locks for long. */
const batchSize = 500;

loadDotEnvIfPresent();
const config = loadConfigOrExit(seedEnvSchema);

await ensureDatabase(config.DATABASE_URL);
await migrateDatabase(config.DATABASE_URL);
const database = createDb(config.DATABASE_URL, { maxConnections: 2 });
let inserted = 0;
let updated = 0;
try {
  // Suppliers reference zones, so a fresh database needs them first; the load is an idempotent upsert.
  await loadZones(database.db);
  const { items } = await listZones(database.db, { limit: 1000, offset: 0 });
  // Demo factories sit in zones that are running, not in ones still being planned or built.
  const operating = items.filter((zone) => zone.status === "operating");
  const zones: DemoZone[] = (operating.length > 0 ? operating : items).map((zone) => ({
    id: zone.id,
    lat: zone.lat,
    lng: zone.lng,
    province2025: zone.province2025,
    formerProvince: zone.formerProvince,
  }));
  const zonesById = new Map(zones.map((zone) => [zone.id, zone]));

  let batch: NewSupplier[] = [];
  const writeBatch = async () => {
    const rows = batch;
    batch = [];
    const counts = await database.db.transaction(async (tx) => {
      let created = 0;
      for (const values of rows) {
        // Also queues each profile in search_outbox, in the same transaction.
        const result = await supplierRepository.upsertSupplierByTaxCode(tx, values);
        if (result.inserted) created++;
      }
      return { created, changed: rows.length - created };
    });
    inserted += counts.created;
    updated += counts.changed;
  };

  let index = 0;
  for (const profile of generateSuppliers({ count: config.SEED_SUPPLIERS, seed: demoSeed, zones })) {
    batch.push({
      ...supplierRowFromProfile(profile, zonesById),
      // Two in five, spread evenly; only applied on insert, so an admin's later decision survives a re-run.
      ...(index % 5 < 2 ? { verificationStatus: "verified" as const, verifiedAt: new Date() } : {}),
    });
    index++;
    if (batch.length >= batchSize) await writeBatch();
  }
  if (batch.length > 0) await writeBatch();
} finally {
  await database.close();
}

/** BullMQ waits for Redis to come up rather than failing, so the kick is given this long and then dropped. */
const enqueueTimeoutMs = 5_000;

const redis = createProducerConnection(config.REDIS_URL, { enableOfflineQueue: true });
const jobs = createJobQueues(redis, config.NAMESPACE);
let timer: NodeJS.Timeout | undefined;
try {
  await Promise.race([
    jobs.enqueue("sync-search-index", {}),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${enqueueTimeoutMs / 1000} s`)),
        enqueueTimeoutMs,
      );
    }),
  ]);
  await jobs.close();
  await redis.quit();
} catch (error) {
  // The rows are committed and queued in search_outbox; the worker's 30-second sync picks them up anyway.
  console.warn(
    `could not ask the worker to index now (${error instanceof Error ? error.message : error}); ` +
      "it will catch up on its next scheduled sync",
  );
  // Closing the queues would wait for the connection too; dropping it ends the reconnect loop.
  redis.disconnect();
} finally {
  clearTimeout(timer);
}

console.log(`seeded ${inserted + updated} suppliers (${inserted} new, ${updated} updated)`);
