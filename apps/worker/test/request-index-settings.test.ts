// When the open-requests index gets new settings (a new field to filter on), the documents already in it lack
// that field: every open request is queued to be written again, and nothing else.
import { accountRepository, createDb, type DbHandle, schema, searchOutboxRepository } from "@ketnoi/db";
import { createTestDatabase } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
}, 60_000);

afterAll(async () => {
  await handle.close();
  await database.drop();
});

describe("queueOpenRequestsForSync", () => {
  it("queues every open request for the request index, and no request of another status", async () => {
    const { organization } = await handle.db.transaction((tx) =>
      accountRepository.createOrganizationWithOwner(tx, {
        organization: { name: "Công ty TNHH Điện Máy Phước Long", roles: ["buyer"] },
        owner: {
          email: "mua@phuoclong.example.vn",
          name: "Trần Văn Phước",
          passwordHash: "x",
          language: "vi",
        },
      }),
    );
    const statuses = ["open", "open", "draft", "closed", "awarded"] as const;
    const inserted = await handle.db
      .insert(schema.sourcingRequests)
      .values(
        statuses.map((status, i) => ({
          organizationId: organization.id,
          title: `Vỏ nhựa ABS ép phun, lô ${i}`,
          categories: ["plastics.injection-moulding"],
          specification: { text: "" },
          quantity: { value: 10_000, unit: "pieces" },
          recurrence: "one_off" as const,
          lat: 10.93,
          lng: 106.71,
          province2025: "Ho Chi Minh City",
          neededBy: "2027-02-01",
          quoteDeadline: new Date("2027-01-15T10:00:00Z"),
          status,
        })),
      )
      .returning({ id: schema.sourcingRequests.id, status: schema.sourcingRequests.status });

    expect(await searchOutboxRepository.queueOpenRequestsForSync(handle.db)).toBe(2);
    const pending = await searchOutboxRepository.pendingSearchSync(handle.db, "request", 100);
    expect(pending.map((row) => row.entityId).sort()).toEqual(
      inserted
        .filter((row) => row.status === "open")
        .map((row) => row.id)
        .sort(),
    );
  });
});
