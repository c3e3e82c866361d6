import { createDb, type DbHandle, schema, searchOutboxRepository, supplierRepository } from "@ketnoi/db";
import { createTestDatabase, taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueLapsedCertificateHolders } from "../src/jobs/refresh-expired-certifications.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

describe("refresh-expired-certifications job", () => {
  it("queues for re-indexing exactly the suppliers whose certificate lapsed in the look-back window", async () => {
    const make = (n: number, expiresOn: string) =>
      handle.db.transaction((tx) =>
        supplierRepository.createSupplier(tx, {
          legalName: `Công ty ${n}`,
          taxCode: taxCode(20_000 + n),
          categories: ["packaging.corrugated-cartons"],
          languages: ["vi"],
          certifications: [{ code: "iso-9001", expiresOn }],
          lat: 10.9,
          lng: 106.7,
          province2025: "Ho Chi Minh City",
        }),
      );
    const lapsedYesterday = await make(1, "2026-11-21");
    await make(2, "2026-11-22"); // still valid today
    await make(3, "2026-10-01"); // lapsed long ago: already re-indexed back then
    await handle.db.update(schema.searchOutbox).set({ processedAt: new Date() });

    // 08:00 on 22 November in Ho Chi Minh City.
    const result = await queueLapsedCertificateHolders(
      handle.db,
      { lookbackDays: 3 },
      new Date("2026-11-22T01:00:00Z"),
    );
    expect(result).toEqual({ queued: 1 });
    const pending = await searchOutboxRepository.pendingSearchSync(handle.db, "supplier", 10);
    expect(pending.map((row) => row.entityId)).toEqual([lapsedYesterday.id]);
  });
});
