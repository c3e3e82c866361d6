// Open sourcing requests for the matching benches: categories drawn from the suppliers' own (demand follows supply
// as on the real marketplace), zones among the operating ones, deadlines 3–27 days ahead, written with their
// search outbox rows. Deterministic for a given seed.
import { randomBytes } from "node:crypto";
import { accountRepository, listZones, schema, searchOutboxRepository } from "@ketnoi/db";
import { getCategory, hcmcDate } from "@ketnoi/domain";
import { sql } from "drizzle-orm";
import type { BenchEnvironment } from "./environment.js";

const dayMs = 86_400_000;

/** A deterministic pseudo-random sequence, so every run builds the same requests. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Inserts `count` open requests of one buyer organisation; returns their ids. */
export async function seedOpenRequests(
  env: BenchEnvironment,
  count: number,
  seed: number,
): Promise<string[]> {
  const db = env.deps.database.db;
  const next = random(seed);
  const { organization } = await db.transaction((tx) =>
    accountRepository.createOrganizationWithOwner(tx, {
      organization: { name: "Công ty TNHH Bench Buyer", roles: ["buyer"] },
      owner: {
        email: `bench.${randomBytes(3).toString("hex")}@example.vn`,
        name: "Bench",
        passwordHash: "x",
        language: "vi",
      },
    }),
  );
  const { items: zones } = await listZones(db, { limit: 1000, offset: 0 });
  const operating = zones.filter((zone) => zone.status === "operating");
  const demand = await db.execute<{ categories: string[] }>(
    sql`select categories from ${schema.suppliers} order by random() limit ${count}`,
  );
  const now = Date.now();
  const values: (typeof schema.sourcingRequests.$inferInsert)[] = demand.map((row, i) => {
    const zone = operating[Math.floor(next() * operating.length)] ?? operating[0];
    if (!zone) throw new Error("no zones loaded");
    const category = row.categories[0] ?? "packaging";
    const deadline = new Date(now + (3 + Math.floor(next() * 25)) * dayMs);
    return {
      organizationId: organization.id,
      title: `Cần ${getCategory(category)?.nameVi ?? category} số ${i}`,
      categories: [category],
      specification: { text: "" },
      quantity: { value: 1000 * (1 + Math.floor(next() * 50)), unit: "pieces" },
      recurrence: "one_off",
      zoneId: zone.id,
      lat: zone.lat,
      lng: zone.lng,
      province2025: zone.province2025,
      formerProvince: zone.formerProvince,
      maxDistanceKm: [30, 50, 80][Math.floor(next() * 3)] ?? 50,
      neededBy: hcmcDate(new Date(deadline.getTime() + 20 * dayMs)),
      quoteDeadline: deadline,
      status: "open",
      publishedAt: new Date(now),
    };
  });
  const ids: string[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    const inserted = await db
      .insert(schema.sourcingRequests)
      .values(values.slice(i, i + 1000))
      .returning({ id: schema.sourcingRequests.id });
    await db.transaction((tx) =>
      searchOutboxRepository.queueSearchSync(
        tx,
        "request",
        inserted.map((row) => row.id),
      ),
    );
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}
