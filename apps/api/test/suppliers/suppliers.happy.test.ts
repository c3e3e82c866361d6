import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, registerAccount, registerVerifiedAccount } from "../helpers/accounts.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
});
afterAll(async () => {
  await t.close();
});

const cartonProfile = (n: number) => ({
  legalName: "Công ty TNHH Bao Bì Minh Phát",
  tradeName: "MINPACK",
  taxCode: taxCode(n),
  descriptionVi: "Chuyên sản xuất thùng carton 3 lớp, 5 lớp và hộp giấy in offset cho doanh nghiệp FDI.",
  categories: ["packaging.corrugated-cartons", "packaging.paper-boxes"],
  processes: ["in flexo", "bế hộp"],
  materials: ["giấy kraft"],
  exampleProducts: ["thùng carton 5 lớp", "hộp giấy in offset"],
  certifications: [
    { code: "iso-9001", expiresOn: "2028-06-30" },
    { code: "fsc", expiresOn: "2024-01-31" },
  ],
  monthlyCapacity: { value: 500_000, unit: "pieces" },
  moq: { value: 1000, unit: "pieces" },
  leadTimeDays: 7,
  languages: ["vi", "en"],
  exportMarkets: ["JP", "KR"],
  staffSize: 120,
  yearFounded: 2008,
  location: { zoneId: "kcn-song-than-1" },
  deliveryRadiusKm: 80,
  green: { rooftopSolarKwp: 450, recycledMaterialPercent: 60 },
  contact: { name: "Nguyễn Thị Lan", email: "lan@minpack.vn", phone: "+84 274 3790 123" },
  website: "https://minpack.vn",
});

describe("supplier profiles", () => {
  it("publishes a profile: zone coordinates and province filled in, expired certificates marked", async () => {
    const supplier = await verifiedSupplier(t);
    const body = await publishProfile(t, supplier, cartonProfile(1));
    expect(body).toMatchObject({
      organizationId: supplier.organizationId,
      taxCode: taxCode(1),
      verificationStatus: "unverified",
      status: "active",
      location: { zoneId: "kcn-song-than-1", province2025: "Ho Chi Minh City", formerProvince: "Binh Duong" },
      contactVisible: true,
    });
    expect(body.categories[0]).toMatchObject({
      code: "packaging.corrugated-cartons",
      nameVi: expect.any(String),
    });
    expect(body.certifications).toEqual([
      expect.objectContaining({ code: "iso-9001", status: "valid" }),
      expect.objectContaining({ code: "fsc", status: "expired" }),
    ]);
  });

  it("shows contact details to logged-in buyers with a verified email only", async () => {
    const supplier = await verifiedSupplier(t);
    const { id } = await publishProfile(t, supplier, cartonProfile(2));
    const anonymous = await t.app.inject({ method: "GET", url: `/v1/suppliers/${id}` });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toMatchObject({
      contactVisible: false,
      contact: null,
      legalName: expect.any(String),
    });

    const otherSupplier = await registerAccount(t, { roles: ["supplier"] });
    const asSupplier = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${id}`,
      headers: bearer(otherSupplier.accessToken),
    });
    expect(asSupplier.json().contact).toBeNull();

    const unverifiedBuyer = await registerAccount(t, { roles: ["buyer"] });
    const asUnverifiedBuyer = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${id}`,
      headers: bearer(unverifiedBuyer.accessToken),
    });
    expect(asUnverifiedBuyer.json()).toMatchObject({ contactVisible: false, contact: null });

    const buyer = await registerVerifiedAccount(t, { roles: ["buyer"] });
    const asBuyer = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${id}`,
      headers: bearer(buyer.accessToken),
    });
    expect(asBuyer.json()).toMatchObject({ contactVisible: true, contact: { name: "Nguyễn Thị Lan" } });
  });

  it("is found by search once published, and disappears when paused", async () => {
    const supplier = await verifiedSupplier(t);
    const { id } = await publishProfile(t, supplier, {
      ...cartonProfile(3),
      legalName: "Công ty TNHH Thùng Giấy Rạng Đông",
    });
    await t.searchSynced();
    const found = await t.app.inject({ method: "GET", url: "/v1/suppliers/search?q=rang dong" });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().hits.map((h: { id: string }) => h.id)).toContain(id);

    const paused = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${id}`,
      headers: bearer(supplier.accessToken),
      payload: { status: "paused" },
    });
    expect(paused.statusCode, paused.body).toBe(200);
    await t.searchSynced();
    const gone = await t.app.inject({ method: "GET", url: "/v1/suppliers/search?q=rang dong" });
    expect(gone.json().hits.map((h: { id: string }) => h.id)).not.toContain(id);
    const hidden = await t.app.inject({ method: "GET", url: `/v1/suppliers/${id}` });
    expect(hidden.statusCode).toBe(404);
    const ownerView = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${id}`,
      headers: bearer(supplier.accessToken),
    });
    expect(ownerView.json().status).toBe("paused");
  });

  it("clears optional figures and texts given as null, and leaves the fields not named alone", async () => {
    const supplier = await verifiedSupplier(t);
    const { id } = await publishProfile(t, supplier, cartonProfile(4));
    const cleared = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${id}`,
      headers: bearer(supplier.accessToken),
      payload: { leadTimeDays: null, moq: null, website: null, tradeName: null },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const body = cleared.json();
    expect(body).toMatchObject({ leadTimeDays: null, moq: null, website: null, tradeName: null });
    expect(body.monthlyCapacity).toEqual({ value: 500_000, unit: "pieces" });
    expect(body.staffSize).toBe(120);

    // A required field cannot be cleared: null there is a 400 naming it, and nothing changes.
    const refused = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${id}`,
      headers: bearer(supplier.accessToken),
      payload: { legalName: null, staffSize: null },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toContain("body.legalName");
    const stored = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${id}`,
      headers: bearer(supplier.accessToken),
    });
    expect(stored.json()).toMatchObject({ legalName: "Công ty TNHH Bao Bì Minh Phát", staffSize: 120 });
  });
});
