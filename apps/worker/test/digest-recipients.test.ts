// Who the weekly run plans, page by page: people with a verified address in a buyer or supplier organisation,
// except those who turned the digest off or whose preferred day has not come yet this week.
import { createDb, type DbHandle, digestRecipientRepository, schema } from "@ketnoi/db";
import { dueDigestDays } from "@ketnoi/domain";
import { createTestDatabase } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertUnverifiedBuyer, type Person, seedDigestMarketplace } from "./digest-fixtures.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let everyone: Person[];
let optedOut: Person;
let onSunday: Person;
let onMonday: Person;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
  const market = await seedDigestMarketplace(handle.db, {
    buyers: 4,
    quietBuyers: 1,
    suppliers: 3,
    matchesPerRequest: 1,
  });
  everyone = [...market.buyers, ...market.quietBuyers, ...market.suppliers];
  await insertUnverifiedBuyer(handle.db);
  [optedOut, onSunday, onMonday] = everyone as [Person, Person, Person];
  await handle.db.insert(schema.notificationPreferences).values([
    { userId: optedOut.userId, digest: "off" },
    { userId: onSunday.userId, digestDay: "sunday" },
    { userId: onMonday.userId, digestDay: "monday" },
  ]);
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

/** Every page of the run on ISO weekday `weekday`, `limit` people a page. */
async function recipients(weekday: number, limit: number): Promise<string[]> {
  const all: string[] = [];
  let afterUserId: string | null = null;
  for (;;) {
    const page = await digestRecipientRepository.digestRecipientsAfter(handle.db, {
      afterUserId,
      dueDays: dueDigestDays(weekday),
      limit,
    });
    if (page.length === 0) return all;
    expect(page.length).toBeLessThanOrEqual(limit);
    all.push(...page);
    afterUserId = page.at(-1) ?? null;
  }
}

describe("the weekly digest's recipients", () => {
  it("on Monday: everyone verified and due, in id order, across pages, without the opted out or Sunday's", async () => {
    const expected = everyone
      .map((p) => p.userId)
      .filter((id) => id !== optedOut.userId && id !== onSunday.userId)
      .sort();
    expect(await recipients(1, 2)).toEqual(expected);
  });

  it("on Sunday: the Sunday person too, still not the opted out", async () => {
    const expected = everyone
      .map((p) => p.userId)
      .filter((id) => id !== optedOut.userId)
      .sort();
    expect(await recipients(7, 3)).toEqual(expected);
  });
});
