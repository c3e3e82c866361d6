// The reverse direction's writes at the scale of a busy trade: one supplier fitting more open requests than one
// Postgres statement can carry (65,534 parameters, eight per match row), written and then withdrawn.
import {
  accountRepository,
  createDb,
  type DbHandle,
  requestMatchRepository,
  requestResponseRepository,
  schema,
} from "@ketnoi/db";
import { createTestDatabase } from "@ketnoi/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertSuppliers } from "./supplier-fixtures.js";

/** More than 65,534 / 8 rows: a single insert statement of them is refused by Postgres. */
const openRequests = 10_000;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let buyerUserId: string;
let requestIds: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
  const { organization, user } = await handle.db.transaction((tx) =>
    accountRepository.createOrganizationWithOwner(tx, {
      organization: { name: "Công ty TNHH Thực Phẩm Sài Gòn Xanh", roles: ["buyer"] },
      owner: {
        email: "mua.hang@saigonxanh.example.vn",
        name: "Lê Thị Hoa",
        passwordHash: "x",
        language: "vi",
      },
    }),
  );
  buyerUserId = user.id;
  const deadline = new Date("2027-01-15T10:00:00Z");
  const rows = Array.from({ length: openRequests }, (_, i) => ({
    organizationId: organization.id,
    title: `Cần thùng carton 5 lớp lô ${i}`,
    categories: ["packaging.corrugated-cartons"],
    specification: { text: "" },
    quantity: { value: 10_000, unit: "pieces" },
    recurrence: "one_off" as const,
    lat: 10.93,
    lng: 106.71,
    province2025: "Ho Chi Minh City",
    neededBy: "2027-02-01",
    quoteDeadline: deadline,
    status: "open" as const,
  }));
  requestIds = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await handle.db
      .insert(schema.sourcingRequests)
      .values(rows.slice(i, i + 1000))
      .returning({ id: schema.sourcingRequests.id });
    requestIds.push(...inserted.map((row) => row.id));
  }
}, 60_000);

afterAll(async () => {
  await handle.close();
  await database.drop();
});

const matchRowsOf = async (supplierId: string) => {
  const [row] = await handle.db
    .select({ count: sql<number>`count(*)::int` })
    .from(schema.requestMatches)
    .where(eq(schema.requestMatches.supplierId, supplierId));
  return row?.count ?? 0;
};

describe("applySupplierMatches", () => {
  it("stores a supplier on 10,000 open requests at once, and withdraws it from all but the one it answered", async () => {
    const [supplierId] = await insertSuppliers(handle.db, 1);
    if (!supplierId) throw new Error("fixture");
    const fits = requestIds.map((requestId, i) => ({
      requestId,
      requestVersion: 1,
      result: {
        supplierId,
        verdict: i % 4 === 0 ? ("near_miss" as const) : ("match" as const),
        score: 70 + (i % 30),
        explanation: {} as never,
        components: [],
      },
    }));
    await handle.db.transaction((tx) =>
      requestMatchRepository.applySupplierMatches(tx, supplierId, fits, []),
    );
    expect(await matchRowsOf(supplierId)).toBe(openRequests);
    expect(await requestMatchRepository.openRequestIdsMatchedTo(handle.db, supplierId)).toHaveLength(
      openRequests,
    );

    const answered = requestIds[1234] ?? "";
    await handle.db.transaction((tx) =>
      requestResponseRepository.saveResponse(tx, {
        requestId: answered,
        supplierId,
        userId: buyerUserId,
        answer: { kind: "decline", decline: { reason: "capacity_full", note: "" } },
      }),
    );
    await handle.db.transaction((tx) =>
      requestMatchRepository.applySupplierMatches(tx, supplierId, [], requestIds),
    );
    expect(await requestMatchRepository.openRequestIdsMatchedTo(handle.db, supplierId)).toEqual([answered]);
  }, 60_000);
});
