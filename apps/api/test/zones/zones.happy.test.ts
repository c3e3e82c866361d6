import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

interface ZoneView {
  id: string;
  nameVi: string;
  nameEn: string;
  kind: string;
  formerProvince: string;
  province2025: string;
}

interface ZonePage {
  items: ZoneView[];
  total: number;
  limit: number;
  offset: number;
}

async function listZones(query: Record<string, string>): Promise<ZonePage> {
  const response = await t.app.inject({ method: "GET", url: `/v1/zones?${new URLSearchParams(query)}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

// Counts come from packages/db/reference-data/industrial-zones.csv: 34 zones were in Bình Dương before the
// July 2025 merger, and Ho Chi Minh City now holds 71 (its own 20, Bình Dương's 34, Bà Rịa-Vũng Tàu's 17).
describe("finding zones by province", () => {
  it("finds the 34 zones of the former Bình Dương, now part of Ho Chi Minh City", async () => {
    const page = await listZones({ province: "Bình Dương", limit: "200" });
    expect(page.total).toBe(34);
    expect(page.items).toHaveLength(34);
    for (const zone of page.items) {
      expect(zone).toMatchObject({ formerProvince: "Binh Duong", province2025: "Ho Chi Minh City" });
    }
  });

  it("understands the province typed without diacritics or capitals", async () => {
    const withDiacritics = await listZones({ province: "Bình Dương", limit: "200" });
    const plain = await listZones({ province: "binh duong", limit: "200" });
    expect(plain.total).toBe(34);
    expect(plain.items.map((z) => z.id)).toEqual(withDiacritics.items.map((z) => z.id));
  });

  it("reads TP.HCM as today's Ho Chi Minh City, merged provinces included", async () => {
    const page = await listZones({ province: "TP.HCM", limit: "200" });
    expect(page.total).toBe(71);
    expect(page.items.every((z) => z.province2025 === "Ho Chi Minh City")).toBe(true);
    expect(new Set(page.items.map((z) => z.formerProvince))).toEqual(
      new Set(["HCMC", "Binh Duong", "Ba Ria-Vung Tau"]),
    );
  });
});

describe("finding zones by name", () => {
  it("finds Sóng Thần typed without diacritics", async () => {
    const page = await listZones({ q: "song than" });
    expect(page.total).toBe(3);
    for (const zone of page.items) expect(zone.nameVi).toContain("Sóng Thần");
  });

  it("finds the VSIP parks by their short name", async () => {
    const page = await listZones({ q: "VSIP" });
    expect(page.items.map((z) => z.id).sort()).toEqual([
      "kcn-vsip-1",
      "kcn-vsip-2",
      "kcn-vsip-2a",
      "kcn-vsip-3",
    ]);
    for (const zone of page.items) expect(zone.nameVi).toContain("VSIP");
  });

  it("combines name and province", async () => {
    const inBinhDuong = await listZones({ q: "vsip", province: "binh duong" });
    expect(inBinhDuong.total).toBe(4);
    const inDongNai = await listZones({ q: "vsip", province: "Đồng Nai" });
    expect(inDongNai).toMatchObject({ total: 0, items: [] });
  });
});

describe("paging", () => {
  it("pages through a province with limit and offset, without gaps or repeats", async () => {
    const firstTwenty = await listZones({ province: "Bình Dương", limit: "20" });
    const pageOne = await listZones({ province: "Bình Dương", limit: "10", offset: "0" });
    const pageTwo = await listZones({ province: "Bình Dương", limit: "10", offset: "10" });
    expect(pageTwo).toMatchObject({ total: 34, limit: 10, offset: 10 });
    expect(pageOne.items).toHaveLength(10);
    expect([...pageOne.items, ...pageTwo.items].map((z) => z.id)).toEqual(firstTwenty.items.map((z) => z.id));

    const last = await listZones({ province: "Bình Dương", limit: "10", offset: "30" });
    expect(last.items).toHaveLength(4);
    const beyond = await listZones({ province: "Bình Dương", limit: "10", offset: "40" });
    expect(beyond).toMatchObject({ total: 34, items: [] });
  });

  it("returns 50 zones by default", async () => {
    const page = await listZones({});
    expect(page).toMatchObject({ limit: 50, offset: 0 });
    expect(page.items).toHaveLength(50);
    expect(page.total).toBeGreaterThan(50);
  });
});

describe("one zone", () => {
  it("returns VSIP I by its id", async () => {
    const response = await t.app.inject({ method: "GET", url: "/v1/zones/kcn-vsip-1" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: "kcn-vsip-1",
      nameVi: "Khu công nghiệp Việt Nam - Singapore (VSIP I)",
      kind: "KCN",
      formerProvince: "Binh Duong",
      province2025: "Ho Chi Minh City",
      formerDistrict: "Thuận An",
      status: "operating",
      coordQuality: "estimated",
    });
    expect(response.json().lat).toBeCloseTo(10.93, 2);
  });
});
