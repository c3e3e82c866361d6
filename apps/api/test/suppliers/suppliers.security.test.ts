import { accountRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, registerAccount } from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const profile = (n: number) => ({
  legalName: "Công ty TNHH Xi Mạ Bình An",
  taxCode: taxCode(3000 + n),
  categories: ["surface-finishing.plating"],
  location: { zoneId: "kcn-song-than-1" },
  contact: { name: "Trần Văn Bình", phone: "+84 912 345 678" },
});

describe("who may publish and change a profile", () => {
  it("an unverified user cannot publish (403 email_not_verified), and nothing is written", async () => {
    const unverified = await registerAccount(t, { roles: ["supplier"] });
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/suppliers",
      headers: bearer(unverified.accessToken),
      payload: profile(1),
    });
    expectProblem(response, 403, "email_not_verified");
    const mine = await t.app.inject({
      method: "GET",
      url: "/v1/suppliers?mine=true",
      headers: bearer(unverified.accessToken),
    });
    expect(mine.json().total).toBe(0);
  });

  it("a buyer-only organisation cannot publish a supplier profile", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/suppliers",
      headers: bearer(buyer.accessToken),
      payload: profile(2),
    });
    expectProblem(response, 403, "forbidden");
  });

  it("another organisation cannot change the profile (404) and it stays unchanged", async () => {
    const owner = await verifiedSupplier(t);
    const { id } = await publishProfile(t, owner, profile(3));
    const intruder = await verifiedSupplier(t);
    const response = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${id}`,
      headers: bearer(intruder.accessToken),
      payload: { legalName: "Bị chiếm" },
    });
    expectProblem(response, 404, "not_found");
    const after = await t.app.inject({ method: "GET", url: `/v1/suppliers/${id}` });
    expect(after.json().legalName).toBe("Công ty TNHH Xi Mạ Bình An");
  });

  it("only platform admins verify suppliers; the owner cannot verify itself", async () => {
    const owner = await verifiedSupplier(t);
    const { id } = await publishProfile(t, owner, profile(4));
    const self = await t.app.inject({
      method: "PUT",
      url: `/v1/suppliers/${id}/verification`,
      headers: bearer(owner.accessToken),
      payload: { status: "verified" },
    });
    expectProblem(self, 403, "forbidden");
    const changedByPatch = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${id}`,
      headers: bearer(owner.accessToken),
      payload: { verificationStatus: "verified", legalName: "Công ty TNHH Xi Mạ Bình An" },
    });
    expect(changedByPatch.statusCode).toBe(200);
    expect(changedByPatch.json().verificationStatus).toBe("unverified");

    const admin = await registerAccount(t, { roles: ["buyer"] });
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
    const verified = await t.app.inject({
      method: "PUT",
      url: `/v1/suppliers/${id}/verification`,
      headers: bearer(admin.accessToken),
      payload: { status: "verified" },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ verificationStatus: "verified", verifiedAt: expect.any(String) });
  });

  it("contact details never reach anonymous visitors, in the list either", async () => {
    const owner = await verifiedSupplier(t);
    await publishProfile(t, owner, profile(5));
    const list = await t.app.inject({ method: "GET", url: "/v1/suppliers?limit=100" });
    expect(list.statusCode).toBe(200);
    expect(JSON.stringify(list.json())).not.toContain("+84 912 345 678");
  });

  it("owners cannot grant themselves the association role", async () => {
    const owner = await verifiedSupplier(t);
    const roles = await t.app.inject({
      method: "PUT",
      url: `/v1/admin/organizations/${owner.organizationId}/roles`,
      headers: bearer(owner.accessToken),
      payload: { roles: ["association"] },
    });
    expectProblem(roles, 403, "forbidden");
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/v1/organizations/${owner.organizationId}`,
      headers: bearer(owner.accessToken),
      payload: { roles: ["supplier", "association"] },
    });
    expectProblem(patch, 400, "validation_failed");
  });
});
