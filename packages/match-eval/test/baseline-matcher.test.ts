// The Postgres baseline against a real database cloned from the migrated template (zones loaded).
import { createDb, type DbHandle, getZone, supplierRepository } from "@ketnoi/db";
import { createTestDatabase, taxCode } from "@ketnoi/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareBaselineIndex } from "../src/baseline/baseline-index.js";
import { type BaselineRequest, matchWithBaseline } from "../src/baseline/baseline-matcher.js";
import { baselineQueryWords } from "../src/baseline/baseline-query.js";
import { evaluationDate, labelledRequests } from "../src/labelled-set/index.js";
import {
  createEvaluationBuyer,
  insertLabelledSuppliers,
  publishLabelledRequest,
} from "../src/load-labelled-set.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;
let ids: Map<string, string>;
let buyerId: string;
const now = evaluationDate;
const keyOf = (id: string) => [...ids].find(([, value]) => value === id)?.[0] ?? id;
const vsip1 = { lat: 10.93, lng: 106.71 };

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 2 });
  ids = await insertLabelledSuppliers(handle.db);
  buyerId = await createEvaluationBuyer(handle.db);
  await prepareBaselineIndex(handle.db);
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const cartonRequest = (overrides: Partial<BaselineRequest> = {}): BaselineRequest => ({
  title: "Cần 20.000 thùng carton 5 lớp in 2 màu",
  description: "",
  specification: { text: "" },
  categories: ["packaging.corrugated-cartons"],
  organizationId: buyerId,
  ...vsip1,
  maxDistanceKm: 40,
  requiredCertifications: [],
  ...overrides,
});

const rankedKeys = async (request: BaselineRequest) =>
  (await matchWithBaseline(handle.db, request, { now })).map((m) => keyOf(m.supplierId));

describe("baseline index", () => {
  it("folds Vietnamese the same way with unaccent and with translate(), and ranks the same", async () => {
    const sample = "Thùng Carton 5 LỚP, Đồng Nai, nghiệp, gia công cơ khí, Bà Rịa-Vũng Tàu";
    const fold = async () =>
      (await handle.db.execute<{ folded: string }>(sql`select match_baseline_fold(${sample}) as folded`))[0]
        ?.folded;
    const requests = [
      cartonRequest(),
      cartonRequest({ title: "Gia công CNC trục inox 304", categories: ["metal.cnc-machining"] }),
      cartonRequest({ title: "Ép phun vỏ nhựa ABS", categories: ["plastics"], maxDistanceKm: 60 }),
    ];
    const rankings = async () => Promise.all(requests.map(rankedKeys));

    const unaccent = await prepareBaselineIndex(handle.db, { folding: "unaccent" });
    const viaUnaccent = { folded: await fold(), rankings: await rankings() };
    const translate = await prepareBaselineIndex(handle.db, { folding: "translate" });
    expect(viaUnaccent.folded).toBe("thung carton 5 lop, dong nai, nghiep, gia cong co khi, ba ria-vung tau");
    expect({ folded: await fold(), rankings: await rankings() }).toEqual(viaUnaccent);
    expect([unaccent.folding, translate.folding]).toEqual(["unaccent", "translate"]);
    expect(translate.documents).toBe(ids.size);
    await prepareBaselineIndex(handle.db);
  });
});

describe("matchWithBaseline", () => {
  it("finds the same suppliers whether the buyer types diacritics or not, and in English", async () => {
    const withMarks = await rankedKeys(cartonRequest());
    const plain = await rankedKeys(cartonRequest({ title: "Can 20.000 thung carton 5 lop in 2 mau" }));
    expect(plain).toEqual(withMarks);
    const english = await rankedKeys(
      cartonRequest({ title: "20,000 5-ply corrugated cartons, 2-colour print" }),
    );
    // A supplier who wrote only unaccented Vietnamese is found through its category's English names.
    expect(english).toContain("carton-minh-phat");
    expect(new Set(english)).toEqual(new Set(withMarks));
  });

  it("keeps to the requested categories, a group including its members", async () => {
    const leaf = await rankedKeys(
      cartonRequest({
        title: "Phay CNC nhôm",
        categories: ["metal.cnc-machining.milling"],
        maxDistanceKm: 100,
      }),
    );
    expect(leaf).toContain("cnc-meko-amata");
    expect(leaf).not.toContain("cnc-minh-tri-plain");
    expect(leaf).not.toContain("cnc-dong-nai-precision");
    const group = await rankedKeys(
      cartonRequest({ title: "Gia công CNC", categories: ["metal.cnc-machining"], maxDistanceKm: 100 }),
    );
    expect(group).toEqual(
      expect.arrayContaining(["cnc-meko-amata", "cnc-minh-tri-plain", "cnc-dong-nai-precision"]),
    );
    expect(group.every((key) => key.startsWith("cnc-"))).toBe(true);
  });

  it("reaches twice the buyer's distance and no further", async () => {
    const matches = await matchWithBaseline(handle.db, cartonRequest({ maxDistanceKm: 20 }), { now });
    expect(matches.length).toBeGreaterThan(0);
    expect(Math.max(...matches.map((m) => m.distanceKm))).toBeLessThanOrEqual(40);
    const keys = matches.map((m) => keyOf(m.supplierId));
    expect(keys).toContain("carton-song-viet"); // 19.7 km
    expect(keys).not.toContain("carton-dai-loc-binhphuoc"); // 58.6 km
  });

  it("never returns paused suppliers or the buyer's own profile", async () => {
    const zone = await getZone(handle.db, "kcn-vsip-1");
    if (!zone) throw new Error("zones not loaded");
    const base = {
      descriptionVi: "Sản xuất thùng carton 5 lớp in flexo",
      categories: ["packaging.corrugated-cartons"],
      languages: ["vi"],
      zoneId: zone.id,
      lat: zone.lat,
      lng: zone.lng,
      province2025: zone.province2025,
      formerProvince: zone.formerProvince,
    };
    const paused = await handle.db.transaction(async (tx) =>
      supplierRepository.createSupplier(tx, {
        ...base,
        legalName: "Công ty TNHH Thùng Carton Tạm Nghỉ",
        taxCode: taxCode(9001),
        status: "paused",
      }),
    );
    const own = await handle.db.transaction(async (tx) =>
      supplierRepository.createSupplier(tx, {
        ...base,
        legalName: "Công ty TNHH Thùng Carton Của Người Mua",
        taxCode: taxCode(9002),
        organizationId: buyerId,
      }),
    );
    await prepareBaselineIndex(handle.db);
    const found = (await matchWithBaseline(handle.db, cartonRequest(), { now })).map((m) => m.supplierId);
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain(paused.id);
    expect(found).not.toContain(own.id);
    expect(
      (await matchWithBaseline(handle.db, cartonRequest({ organizationId: paused.id }), { now })).map(
        (m) => m.supplierId,
      ),
    ).toContain(own.id);
  });

  it("ranks by what the supplier wrote, then by distance", async () => {
    // A category no labelled supplier is in, so only these three compete.
    const at = async (zoneId: string) => {
      const zone = await getZone(handle.db, zoneId);
      if (!zone) throw new Error(`zone ${zoneId} not loaded`);
      const { id, lat, lng, province2025, formerProvince } = zone;
      return { zoneId: id, lat, lng, province2025, formerProvince };
    };
    const lab = (n: number, description: string) => ({
      legalName: `Công ty TNHH Kiểm Định Số ${n}`,
      taxCode: taxCode(9100 + n),
      descriptionVi: description,
      categories: ["services.testing-inspection"],
      languages: ["vi"],
    });
    const tensileNear = await handle.db.transaction(async (tx) =>
      supplierRepository.createSupplier(tx, {
        ...lab(1, "Thử nghiệm độ bền kéo, độ cứng, phân tích thành phần thép và nhôm."),
        ...(await at("kcn-song-than-1")),
      }),
    );
    const tensileFar = await handle.db.transaction(async (tx) =>
      supplierRepository.createSupplier(tx, {
        ...lab(2, "Thử nghiệm độ bền kéo, độ cứng, phân tích thành phần thép và nhôm."),
        ...(await at("kcn-nhon-trach-2")),
      }),
    );
    const garmentsNear = await handle.db.transaction(async (tx) =>
      supplierRepository.createSupplier(tx, {
        ...lab(3, "Kiểm hàng may mặc, đo màu vải, kiểm tra đường may trước xuất khẩu."),
        ...(await at("kcn-song-than-1")),
      }),
    );
    await prepareBaselineIndex(handle.db);
    const ranked = await matchWithBaseline(
      handle.db,
      cartonRequest({
        title: "Thử nghiệm độ bền kéo mẫu thép",
        categories: ["services.testing-inspection"],
        maxDistanceKm: 40,
      }),
      { now },
    );
    expect(ranked.map((m) => m.supplierId)).toEqual([tensileNear.id, tensileFar.id, garmentsNear.id]);
    expect(ranked[0]?.textRank).toBe(ranked[1]?.textRank);
    expect(ranked[2]?.textRank).toBeLessThan(ranked[0]?.textRank ?? 0);
  });

  it("prefers holders of the required certificate when text and distance are alike", async () => {
    const [first] = await rankedKeys(
      cartonRequest({
        title: "5-ply cartons",
        requiredCertifications: ["fsc"],
        lat: 10.953,
        lng: 106.873,
        maxDistanceKm: 50,
      }),
    );
    expect(["carton-nippon-nhontrach", "carton-hanil-vsip2", "carton-scp-tantao"]).toContain(first);
  });

  it("answers every labelled request from the rows publishing writes", async () => {
    for (const labelled of labelledRequests) {
      const request = await publishLabelledRequest(handle.db, labelled, { organizationId: buyerId, now });
      const matches = await matchWithBaseline(handle.db, request, { now });
      expect(matches.length, labelled.key).toBeGreaterThan(0);
      expect(
        matches.every((m) => m.score >= 0 && m.score <= 1),
        labelled.key,
      ).toBe(true);
    }
  });
});

describe("baselineQueryWords", () => {
  it("folds, drops stop words and repeats, and adds the category names in both languages", () => {
    expect(
      baselineQueryWords({
        title: "Cần mua thùng carton 5 lớp cho hàng xuất khẩu",
        description: "Thùng carton",
        specification: { text: "", material: "Giấy kraft" },
        categories: ["packaging.corrugated-cartons"],
      }),
    ).toEqual(["thung", "carton", "5", "lop", "xuat", "khau", "giay", "kraft", "corrugated", "cartons"]);
  });
});
