import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type DbHandle, schema, searchOutboxRepository, supplierRepository } from "@ketnoi/db";
import { findFreePort, type RunningMeilisearch, startMeilisearch } from "@ketnoi/local-services";
import {
  createSearchClient,
  ensureIndex,
  type SearchHandle,
  type SupplierDocument,
  supplierDocument,
  supplierIndexSettings,
} from "@ketnoi/search";
import { createTestDatabase } from "@ketnoi/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reindexSuppliers, syncSupplierIndex } from "../src/index.js";
import { insertSuppliers } from "./supplier-fixtures.js";

// This file runs its own Meilisearch so it can stop and restart it without disturbing other test files.
let meili: RunningMeilisearch;
let meiliDir: string;
let port: number;
const masterKey = "search-sync-test-master-key";
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let search: SearchHandle;
const indexName = "sync_test_suppliers";
const now = () => new Date();

const startMeili = async () => {
  meili = await startMeilisearch({ dataDir: meiliDir, port, masterKey });
};

beforeAll(async () => {
  meiliDir = await mkdtemp(join(tmpdir(), "ketnoi-sync-test-"));
  port = await findFreePort();
  await startMeili();
  search = createSearchClient({ url: meili.url, apiKey: masterKey, timeoutMs: 2000 });
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  await ensureIndex(search.client, indexName, supplierIndexSettings());
}, 60_000);

afterAll(async () => {
  await handle.close();
  await database.drop();
  await meili.stop();
  await rm(meiliDir, { recursive: true, force: true });
});

/** Every supplier in Postgres, as the index should hold it, compared with what the index holds. */
async function expectIndexMatchesPostgres() {
  const rows = await handle.db.select().from(schema.suppliers);
  const indexed = await search.client
    .index<SupplierDocument>(indexName)
    .getDocuments({ limit: 10_000, fields: ["id", "legalName", "status", "version", "certifications"] });
  const expected = rows
    .map((row) => supplierDocument(row, undefined, now()))
    .map(({ id, legalName, status, version, certifications }) => ({
      id,
      legalName,
      status,
      version,
      certifications,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const actual = indexed.results
    .map(({ id, legalName, status, version, certifications }) => ({
      id,
      legalName,
      status,
      version,
      certifications,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  expect(actual).toEqual(expected);
}

describe("index sync through the outbox", () => {
  it("indexes new profiles and marks the outbox processed only after Meilisearch confirmed", async () => {
    await insertSuppliers(handle.db, 100);
    expect(await searchOutboxRepository.countPendingSearchSync(handle.db)).toBe(100);
    const result = await syncSupplierIndex({ db: handle.db, search, indexName, now, batchSize: 30 });
    expect(result.synced).toBe(100);
    expect(await searchOutboxRepository.countPendingSearchSync(handle.db)).toBe(0);
    await expectIndexMatchesPostgres();
  });

  it("keeps changes waiting while Meilisearch is down and converges when it returns", async () => {
    await meili.stop();
    const rows = await handle.db.select().from(schema.suppliers).limit(100);
    expect(rows).toHaveLength(100);
    await handle.db.transaction(async (tx) => {
      for (const [i, row] of rows.entries()) {
        await supplierRepository.updateSupplier(tx, row.id, {
          legalName: `${row.legalName} (đổi tên ${i})`,
          status: i % 10 === 0 ? "paused" : "active",
          certifications: i % 3 === 0 ? [{ code: "iso-14001" }] : row.certifications,
        });
      }
    });
    await expect(syncSupplierIndex({ db: handle.db, search, indexName, now })).rejects.toThrow();
    expect(await searchOutboxRepository.countPendingSearchSync(handle.db)).toBe(100);

    await startMeili();
    const result = await syncSupplierIndex({ db: handle.db, search, indexName, now });
    expect(result.synced).toBe(100);
    expect(await searchOutboxRepository.countPendingSearchSync(handle.db)).toBe(0);
    await expectIndexMatchesPostgres();
  }, 60_000);

  it("running the sync again changes nothing", async () => {
    const before = await search.client.index(indexName).getStats();
    const result = await syncSupplierIndex({ db: handle.db, search, indexName, now });
    expect(result).toEqual({ synced: 0, removed: 0 });
    expect((await search.client.index(indexName).getStats()).numberOfDocuments).toBe(
      before.numberOfDocuments,
    );
    await expectIndexMatchesPostgres();
  });

  it("removes a profile from the index when it is deleted from Postgres", async () => {
    const [victim] = await handle.db.select().from(schema.suppliers).limit(1);
    if (!victim) throw new Error("no supplier");
    await handle.db.transaction(async (tx) => {
      await tx.delete(schema.suppliers).where(eq(schema.suppliers.id, victim.id));
      await searchOutboxRepository.queueSearchSync(tx, "supplier", [victim.id]);
    });
    const result = await syncSupplierIndex({ db: handle.db, search, indexName, now });
    expect(result.removed).toBe(1);
    await expectIndexMatchesPostgres();
  });
});

describe("pnpm reindex", () => {
  it("rebuilds the index from Postgres while search keeps answering with every document", async () => {
    await insertSuppliers(handle.db, 400, 1000);
    await syncSupplierIndex({ db: handle.db, search, indexName, now });
    const total = (await handle.db.select().from(schema.suppliers)).length;

    let polling = true;
    const seen: number[] = [];
    const poller = (async () => {
      while (polling) {
        const result = await search.client.index(indexName).search("", { limit: 0, page: 1, hitsPerPage: 0 });
        seen.push(result.totalHits ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const result = await reindexSuppliers({ db: handle.db, search, indexName, now, pageSize: 100 });
    polling = false;
    await poller;

    expect(result.indexed).toBe(total);
    expect(seen.length).toBeGreaterThan(5);
    expect(Math.min(...seen)).toBe(total);
    await expectIndexMatchesPostgres();
    const indexes = await search.client.getIndexes({ limit: 100 });
    expect(indexes.results.map((i) => i.uid).filter((uid) => uid.startsWith(`${indexName}_build`))).toEqual(
      [],
    );
  }, 60_000);
});
