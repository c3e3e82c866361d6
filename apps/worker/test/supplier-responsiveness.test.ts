import { accountRepository, createDb, type DbHandle, requestResponseRepository, schema } from "@ketnoi/db";
import { createTestDatabase } from "@ketnoi/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responsivenessOfSuppliers } from "../src/matching/match-candidates.js";
import { createBuyer, createRequest } from "./job-harness.js";
import { insertSuppliers } from "./supplier-fixtures.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
  organizationId = await createBuyer(handle.db);
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const now = new Date("2026-12-01T03:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

/** A request whose deadline passed, matched to the supplier `matchedHoursAgo` ago, answered after `after` hours. */
async function matchedRequest(supplierId: string, matchedHoursAgo: number, after: number | null) {
  const request = await createRequest(handle.db, organizationId, {
    quoteDeadline: hoursAgo(1),
    status: "expired",
  });
  await handle.db.insert(schema.requestMatches).values({
    requestId: request.id,
    supplierId,
    requestVersion: 1,
    verdict: "match",
    score: 80,
    explanation: {} as never,
    components: [],
    createdAt: hoursAgo(matchedHoursAgo),
  });
  if (after !== null) {
    const { response } = await handle.db.transaction(async (tx) =>
      requestResponseRepository.saveResponse(tx, {
        requestId: request.id,
        supplierId,
        userId: (await accountRepository.listMembers(handle.db, organizationId))[0]?.userId ?? "",
        answer: { kind: "decline", decline: { reason: "capacity_full", note: "" } },
      }),
    );
    await handle.db
      .update(schema.requestResponses)
      .set({ firstRespondedAt: new Date(hoursAgo(matchedHoursAgo).getTime() + after * 3_600_000) })
      .where(sql`${schema.requestResponses.id} = ${response.id}`);
  }
}

describe("supplier responsiveness from stored matches and answers", () => {
  it("measures answer rate and median hours from Postgres, and knows nothing of new suppliers", async () => {
    const [quick, silent, newcomer] = await insertSuppliers(handle.db, 3);
    if (!quick || !silent || !newcomer) throw new Error("fixture");
    await matchedRequest(quick, 100, 2);
    await matchedRequest(quick, 90, 4);
    await matchedRequest(quick, 80, 30);
    await matchedRequest(silent, 100, null);
    await matchedRequest(silent, 90, null);
    await matchedRequest(silent, 80, 100);
    await matchedRequest(newcomer, 10, 1);

    const result = await responsivenessOfSuppliers(handle.db, [quick, silent, newcomer], now);
    expect(result.get(quick)).toEqual({ responseRate: 1, medianResponseHours: 4, sampleSize: 3 });
    expect(result.get(silent)).toEqual({ responseRate: 1 / 3, medianResponseHours: 100, sampleSize: 3 });
    expect(result.get(newcomer)).toBeNull();
  });
});
