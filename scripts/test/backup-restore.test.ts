// `pnpm backup` then `pnpm restore` into a fresh database and fresh indexes: the same suppliers, requests,
// matches and quotes come back, and search finds the suppliers again. Restoring into a database that already has
// tables is refused.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  accountRepository,
  createDb,
  type DbHandle,
  listZones,
  requestMatchRepository,
  requestResponseRepository,
  schema,
  sourcingRequestRepository,
  supplierRepository,
} from "@ketnoi/db";
import { generateSuppliers, supplierRowFromProfile } from "@ketnoi/demo-data";
import { createSearchClient, supplierIndexName } from "@ketnoi/search";
import { createTestDatabase, databaseUrlFor, testRun, uniqueName } from "@ketnoi/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { backupDatabase, RestoreRefused, restoreDatabase } from "../src/backup/backup-restore.js";

let source: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let dir: string;
const namespace = uniqueName("restore");
const restoredName = `${testRun().databasePrefix}restored_${Date.now().toString(36)}`;
const restoredUrl = databaseUrlFor(testRun().maintenanceDatabaseUrl, restoredName);
const search = createSearchClient({ url: testRun().meiliUrl, apiKey: testRun().meiliMasterKey });

beforeAll(async () => {
  source = await createTestDatabase();
  handle = createDb(source.url, { maxConnections: 2 });
  dir = await mkdtemp(join(tmpdir(), "ketnoi-backup-"));
  const { items } = await listZones(handle.db, { limit: 1000, offset: 0 });
  const zones = items.map((z) => ({
    id: z.id,
    lat: z.lat,
    lng: z.lng,
    province2025: z.province2025,
    formerProvince: z.formerProvince,
  }));
  const zonesById = new Map(zones.map((z) => [z.id, z]));
  const suppliers = await handle.db.transaction(async (tx) => {
    const rows = [];
    for (const profile of generateSuppliers({ count: 30, seed: 7, zones }))
      rows.push(await supplierRepository.createSupplier(tx, supplierRowFromProfile(profile, zonesById)));
    return rows;
  });
  const { organization, user } = await handle.db.transaction((tx) =>
    accountRepository.createOrganizationWithOwner(tx, {
      organization: { name: "Công ty TNHH Điện Tử Sao Việt", roles: ["buyer"] },
      owner: { email: "owner@saoviet.example.vn", name: "Lê Văn Bình", passwordHash: "x", language: "vi" },
    }),
  );
  const request = await handle.db.transaction((tx) =>
    sourcingRequestRepository.createSourcingRequest(tx, {
      organizationId: organization.id,
      createdByUserId: user.id,
      title: "Cần 10.000 thùng carton 5 lớp",
      specification: { text: "60 x 40 x 40 cm" },
      quantity: { value: 10_000, unit: "cartons" },
      recurrence: "one_off",
      lat: 10.9,
      lng: 106.7,
      province2025: "Ho Chi Minh City",
      neededBy: "2027-06-30",
      quoteDeadline: new Date(Date.now() + 10 * 86_400_000),
      status: "open",
      categories: ["packaging.corrugated-cartons"],
    }),
  );
  await handle.db.transaction((tx) =>
    requestMatchRepository.replaceMatchesForRequest(
      tx,
      request.id,
      1,
      suppliers.slice(0, 3).map((s, i) => ({
        supplierId: s.id,
        verdict: "match" as const,
        score: 0.9 - i / 10,
        explanation: {} as never,
        components: [],
      })),
      new Date(),
    ),
  );
  await handle.db.transaction((tx) =>
    requestResponseRepository.saveResponse(tx, {
      requestId: request.id,
      supplierId: suppliers[0]?.id ?? "",
      userId: user.id,
      answer: {
        kind: "quote",
        quote: {
          unitPrice: { amount: 12_500, currency: "VND" },
          leadTimeDays: 14,
          validUntil: "2027-01-31",
          message: "Giá đã gồm vận chuyển.",
        },
      },
    }),
  );
}, 60_000);
afterAll(async () => {
  await handle.close();
  await source.drop();
  const admin = createDb(testRun().maintenanceDatabaseUrl, { maxConnections: 1 });
  await admin.db.$client.unsafe(`drop database if exists "${restoredName}" with (force)`);
  await admin.close();
  for (const index of [supplierIndexName(namespace), `${namespace}_requests`])
    await search.client
      .deleteIndex(index)
      .waitTask()
      .catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const snapshot = async (db: DbHandle["db"]) => ({
  suppliers: (await db.select({ id: schema.suppliers.id }).from(schema.suppliers)).map((r) => r.id).sort(),
  requests: (await db.select().from(schema.sourcingRequests)).map((r) => `${r.id}:${r.status}:${r.version}`),
  matches: (await db.select().from(schema.requestMatches))
    .map((r) => `${r.requestId}/${r.supplierId}/${r.score}`)
    .sort(),
  quotes: (await db.select().from(schema.requestResponses)).map(
    (r) => `${r.id}:${r.unitPriceAmount}:${r.message}`,
  ),
});

it("restores the same suppliers, requests, matches and quotes into a fresh database and rebuilds search", async () => {
  const file = join(dir, "ketnoi.dump");
  await backupDatabase(source.url, file);
  const result = await restoreDatabase({ databaseUrl: restoredUrl, file, search, namespace });
  expect(result).toEqual({ suppliersIndexed: 30, requestsIndexed: 1 });

  const restored = createDb(restoredUrl, { maxConnections: 2 });
  try {
    const before = await snapshot(handle.db);
    expect(before.suppliers).toHaveLength(30);
    expect(before.matches).toHaveLength(3);
    expect(before.quotes).toHaveLength(1);
    expect(await snapshot(restored.db)).toEqual(before);
  } finally {
    await restored.close();
  }
  const hits = await search.client.index(supplierIndexName(namespace)).getDocuments({ limit: 100 });
  expect(hits.results.map((doc) => String(doc.id)).sort()).toEqual((await snapshot(handle.db)).suppliers);

  // A second restore into the now populated database is refused, and changes nothing.
  await expect(restoreDatabase({ databaseUrl: restoredUrl, file, search, namespace })).rejects.toBeInstanceOf(
    RestoreRefused,
  );
});
