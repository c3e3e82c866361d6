import { randomBytes } from "node:crypto";
import { resolveProvince } from "@ketnoi/domain";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../src/client.js";
import { ensureDatabase, migrateDatabase } from "../src/migrate.js";
import { loadZones } from "../src/zones/load-zones.js";
import { getZone, listZones } from "../src/zones/zone-repository.js";

// The local PostgreSQL every developer and CI runs; this file makes and drops its own database on it.
const serverUrl = "postgres://postgres@127.0.0.1:5432";
const databaseName = `ketnoi_zones_test_${randomBytes(6).toString("hex")}`;
const databaseUrl = `${serverUrl}/${databaseName}`;

let handle: DbHandle;
let firstLoad: { inserted: number; updated: number };
let secondLoad: { inserted: number; updated: number };

function province(query: string) {
  const match = resolveProvince(query);
  if (!match) throw new Error(`unknown province ${query}`);
  return match;
}

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  handle = createDb(databaseUrl, { maxConnections: 2 });
  firstLoad = await loadZones(handle.db);
  secondLoad = await loadZones(handle.db);
}, 60_000);

afterAll(async () => {
  await handle?.close();
  const admin = postgres(`${serverUrl}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${databaseName}" with (force)`);
  } finally {
    await admin.end();
  }
});

describe("loadZones", () => {
  it("inserts every zone on the first load", () => {
    expect(firstLoad).toEqual({ inserted: 121, updated: 0 });
  });

  it("updates instead of duplicating on a reload", async () => {
    expect(secondLoad).toEqual({ inserted: 0, updated: 121 });
    const { total } = await listZones(handle.db, { limit: 1, offset: 0 });
    expect(total).toBe(121);
  });
});

describe("listZones", () => {
  it("finds the 34 zones of former Binh Duong by its Vietnamese name", async () => {
    const { items, total } = await listZones(handle.db, {
      province: province("Bình Dương"),
      limit: 100,
      offset: 0,
    });
    expect(total).toBe(34);
    expect(items).toHaveLength(34);
    expect(new Set(items.map((zone) => zone.formerProvince))).toEqual(new Set(["Binh Duong"]));
  });

  it("finds the same zones without diacritics", async () => {
    const withMarks = await listZones(handle.db, { province: province("Bình Dương"), limit: 100, offset: 0 });
    const plain = await listZones(handle.db, { province: province("binh duong"), limit: 100, offset: 0 });
    expect(plain.items.map((zone) => zone.id)).toEqual(withMarks.items.map((zone) => zone.id));
  });

  it("covers every former province merged into Ho Chi Minh City", async () => {
    const { items, total } = await listZones(handle.db, {
      province: province("Ho Chi Minh City"),
      limit: 100,
      offset: 0,
    });
    expect(total).toBe(71);
    expect(new Set(items.map((zone) => zone.formerProvince))).toEqual(
      new Set(["HCMC", "Binh Duong", "Ba Ria-Vung Tau"]),
    );
  });

  it("finds Sóng Thần zones from a query without diacritics", async () => {
    const { items } = await listZones(handle.db, { q: "song than", limit: 20, offset: 0 });
    expect(items.map((zone) => zone.nameVi)).toEqual([
      "Khu công nghiệp Sóng Thần 1",
      "Khu công nghiệp Sóng Thần 2",
      "Khu công nghiệp Sóng Thần 3",
    ]);
  });

  it("requires every word of the query, matching the kind abbreviation and id words", async () => {
    const kcn = await listZones(handle.db, { q: "KCN Sóng Thần", limit: 20, offset: 0 });
    expect(kcn.total).toBe(3);
    const vsip = await listZones(handle.db, { q: "vsip", limit: 20, offset: 0 });
    expect(vsip.items.map((zone) => zone.id)).toEqual(
      expect.arrayContaining(["kcn-vsip-1", "kcn-vsip-2", "kcn-vsip-2a", "kcn-vsip-3"]),
    );
    const none = await listZones(handle.db, { q: "song than vsip", limit: 20, offset: 0 });
    expect(none).toEqual({ items: [], total: 0 });
  });

  it("ignores LIKE wildcards typed in the query", async () => {
    const { total } = await listZones(handle.db, { q: "%", limit: 20, offset: 0 });
    expect(total).toBe(121);
    expect((await listZones(handle.db, { q: "song_than", limit: 20, offset: 0 })).total).toBe(3);
  });

  it("filters by kind and status together with a province", async () => {
    const { items } = await listZones(handle.db, {
      province: province("TP.HCM"),
      kind: "KCX",
      status: "operating",
      limit: 20,
      offset: 0,
    });
    expect(items.length).toBeGreaterThan(0);
    for (const zone of items) expect(zone).toMatchObject({ kind: "KCX", status: "operating" });
  });

  it("pages in a stable name order and reports the full total", async () => {
    const all = await listZones(handle.db, { limit: 200, offset: 0 });
    const page = await listZones(handle.db, { limit: 10, offset: 20 });
    expect(page.total).toBe(121);
    expect(page.items.map((zone) => zone.id)).toEqual(all.items.slice(20, 30).map((zone) => zone.id));
  });

  it("does not expose the search key", async () => {
    const { items } = await listZones(handle.db, { limit: 1, offset: 0 });
    expect(items[0]).not.toHaveProperty("searchKey");
  });
});

describe("getZone", () => {
  it("returns a zone by id", async () => {
    expect(await getZone(handle.db, "kcn-song-than-1")).toMatchObject({
      nameVi: "Khu công nghiệp Sóng Thần 1",
      formerProvince: "Binh Duong",
      province2025: "Ho Chi Minh City",
    });
  });

  it("returns undefined for an unknown id", async () => {
    expect(await getZone(handle.db, "kcn-does-not-exist")).toBeUndefined();
  });
});
