import { accountRepository, createDb, type DbHandle, idempotencyKeyRepository } from "@ketnoi/db";
import { createTestDatabase } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteExpiredIdempotencyKeys } from "../src/jobs/purge-idempotency-keys.js";
import { createBuyer } from "./job-harness.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let caller: { userId: string; organizationId: string };

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
  const organizationId = await createBuyer(handle.db);
  const [owner] = await accountRepository.listMembers(handle.db, organizationId);
  if (!owner) throw new Error("the buyer has no owner");
  caller = { userId: owner.userId, organizationId };
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const now = new Date("2026-12-20T10:00:00Z");
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

/** A finished key, as the API stores it when its request succeeded at `at`. */
async function storeKey(key: string, at: Date): Promise<void> {
  const claim = await idempotencyKeyRepository.claimIdempotencyKey(handle.db, {
    ...caller,
    key,
    route: "POST /v1/requests",
    fingerprint: "f".repeat(64),
    now: at,
    staleBefore: at,
    expiredBefore: new Date(at.getTime() - 24 * 3_600_000),
  });
  if (!claim.claimed) throw new Error(`key ${key} was taken`);
  const stored = await idempotencyKeyRepository.completeIdempotencyKeys(handle.db, [
    {
      ...caller,
      key,
      claimToken: claim.claimToken,
      fingerprint: "f".repeat(64),
      response: { status: 201, headers: { "content-type": "application/json; charset=utf-8" }, body: "{}" },
      at,
    },
  ]);
  if (stored !== 1) throw new Error(`key ${key} was not stored`);
}

const stillThere = async (key: string) =>
  (await idempotencyKeyRepository.findIdempotencyKey(handle.db, caller, key)) !== undefined;

describe("purge-idempotency-keys job", () => {
  it("deletes keys older than 24 hours and keeps the ones still inside their replay window", async () => {
    await storeKey("two-days-old", hoursBefore(48));
    await storeKey("a-day-and-a-minute-old", new Date(hoursBefore(24).getTime() - 60_000));
    await storeKey("an-hour-old", hoursBefore(1));
    await storeKey("just-under-a-day-old", new Date(hoursBefore(24).getTime() + 60_000));

    expect(await deleteExpiredIdempotencyKeys(handle.db, { olderThanHours: 24 }, now)).toEqual({
      deleted: 2,
    });
    expect(await stillThere("two-days-old")).toBe(false);
    expect(await stillThere("a-day-and-a-minute-old")).toBe(false);
    expect(await stillThere("an-hour-old")).toBe(true);
    expect(await stillThere("just-under-a-day-old")).toBe(true);

    expect(await deleteExpiredIdempotencyKeys(handle.db, { olderThanHours: 24 }, now)).toEqual({
      deleted: 0,
    });
  });

  it("deletes a backlog larger than one batch", async () => {
    for (let i = 0; i < 7; i++) await storeKey(`backlog-${i}`, hoursBefore(30));
    const olderThan = hoursBefore(24);
    expect(await idempotencyKeyRepository.deleteExpiredIdempotencyKeys(handle.db, olderThan, 3)).toBe(7);
    expect(await stillThere("backlog-6")).toBe(false);
    expect(await stillThere("an-hour-old")).toBe(true);
  });
});
