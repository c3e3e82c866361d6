// The order the two directions of matching rely on (sync-search-index): a request's matching is queued before
// the request is written to its index, since it reads only the supplier index; a supplier's matching, which reads
// the request index, first waits for the request changes committed before it started. Jobs are called directly
// here, so each step happens exactly when the test says.
import {
  createDb,
  type DbHandle,
  requestMatchRepository,
  searchOutboxRepository,
  sourcingRequestRepository,
} from "@ketnoi/db";
import { createTestDatabase, uniqueName } from "@ketnoi/testing";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  matchSupplierToRequests,
  type RunningWorker,
  startWorker,
  syncRequestIndex,
  syncSupplierIndex,
} from "../src/index.js";
import { createBuyer, deleteRedisKeys, testWorkerConfig } from "./job-harness.js";
import { insertSuppliers } from "./supplier-fixtures.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let worker: RunningWorker;
const prefix = uniqueName("match_order");
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 4 });
  // Builds the job context and this file's indexes as production does; nothing is queued, so nothing else runs.
  worker = await startWorker(testWorkerConfig(database.url), pino({ level: "silent" }), {
    prefix,
    schedules: false,
  });
  organizationId = await createBuyer(handle.db);
}, 60_000);

afterAll(async () => {
  if (worker) {
    const { search, supplierIndexName, requestIndexName } = worker.context;
    await worker.stop();
    for (const uid of [supplierIndexName, requestIndexName])
      await search.client
        .deleteIndex(uid)
        .waitTask()
        .catch(() => undefined);
  }
  await deleteRedisKeys(prefix);
  await handle?.close();
  await database?.drop();
});

/** An open request for injection-moulded parts near the fixture suppliers (VSIP 1), committed with its outbox row. */
function publishMouldingRequest() {
  return handle.db.transaction((tx) =>
    sourcingRequestRepository.createSourcingRequest(tx, {
      organizationId,
      title: "Cần 5.000 vỏ nhựa ABS ép phun",
      categories: ["plastics.injection-moulding"],
      specification: { text: "" },
      quantity: { value: 5000, unit: "pieces" },
      recurrence: "one_off",
      lat: 10.93,
      lng: 106.71,
      province2025: "Ho Chi Minh City",
      neededBy: "2027-01-31",
      quoteDeadline: new Date(Date.now() + 14 * 86_400_000),
      status: "open",
    }),
  );
}

const inRequestIndex = async (id: string) => {
  const { search, requestIndexName } = worker.context;
  const found = await search.client
    .index(requestIndexName)
    .getDocument(id)
    .catch(() => null);
  return found !== null;
};

describe("matching and the index sync", () => {
  it("hands a request to matching before writing it to the request index", async () => {
    const request = await publishMouldingRequest();
    const { context } = worker;
    const handedOver: { id: string; inIndex: boolean }[] = [];
    await syncRequestIndex({
      db: context.db,
      search: context.search,
      indexName: context.requestIndexName,
      now: context.now,
      onOpenRequests: async (open) => {
        for (const { id } of open) handedOver.push({ id, inIndex: await inRequestIndex(id) });
      },
    });
    expect(handedOver).toEqual([{ id: request.id, inIndex: false }]);
    expect(await inRequestIndex(request.id)).toBe(true);
  });

  it("matches a supplier only after the request changes committed before its run reached the index", async () => {
    const { context } = worker;
    // The supplier is searchable; the request committed but its index write has not happened yet.
    const [supplierId] = await insertSuppliers(handle.db, 1, 1);
    if (!supplierId) throw new Error("fixture");
    await syncSupplierIndex({
      db: context.db,
      search: context.search,
      indexName: context.supplierIndexName,
      now: context.now,
    });
    const request = await publishMouldingRequest();
    expect(await searchOutboxRepository.countPendingSearchSync(handle.db)).toBe(1);

    const run = matchSupplierToRequests({ supplierId, version: 1 }, context);
    // The request reaches its index while the supplier's run is under way.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await syncRequestIndex({
      db: context.db,
      search: context.search,
      indexName: context.requestIndexName,
      now: context.now,
    });
    await run;
    const stored = await requestMatchRepository.listMatchesForRequest(handle.db, request.id, {
      includeNearMisses: true,
    });
    expect(stored.map(({ match }) => [match.supplierId, match.verdict])).toEqual([[supplierId, "match"]]);
  });
});
