import { accountRepository, supplierRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
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

async function association(options: { verified?: boolean } = {}): Promise<RegisteredAccount> {
  const account = await registerAccount(t, { orgName: "Hiệp hội Doanh nghiệp Hỗ trợ TP.HCM" });
  await t.deps.database.db.transaction((tx) =>
    accountRepository.updateOrganization(tx, account.organizationId, {
      roles: ["association"],
    }),
  );
  if (options.verified !== false) {
    await t.deps.database.db.transaction((tx) =>
      accountRepository.markEmailVerified(tx, account.userId, new Date()),
    );
  }
  return account;
}

function importCsv(csv: string, token?: string) {
  return t.app.inject({
    method: "POST",
    url: "/v1/suppliers/import",
    headers: { ...(token ? bearer(token) : {}), "content-type": "text/csv" },
    payload: csv,
  });
}

const row = (n: number, legalName: string) => `${taxCode(n)},${legalName},Thùng carton,VSIP I`;
const csvOf = (...rows: string[]) => ["Mã số thuế,Tên doanh nghiệp,Ngành hàng,KCN", ...rows].join("\n");
const findByTaxCode = (code: string) => supplierRepository.findSupplierByTaxCode(t.deps.database.db, code);

describe("who may import a supplier directory", () => {
  it("refuses supplier and buyer organisations with 403 and writes nothing", async () => {
    const supplier = await verifiedSupplier(t);
    const buyer = await verifiedSupplier(t, ["buyer"]);
    for (const [n, account] of [
      [1, supplier],
      [2, buyer],
    ] as const) {
      const problem = expectProblem(
        await importCsv(csvOf(row(n, "Công ty TNHH Mạo Danh")), account.accessToken),
        403,
        "forbidden",
      );
      expect(problem.detail).toContain("associations");
      expect(await findByTaxCode(taxCode(n))).toBeUndefined();
    }
  });

  it("answers 401 without a token and with a forged one", async () => {
    expectProblem(await importCsv(csvOf(row(3, "Công ty TNHH Ẩn Danh"))), 401, "unauthorized");
    expectProblem(await importCsv(csvOf(row(3, "Công ty TNHH Ẩn Danh")), "not.a.jwt"), 401, "unauthorized");
    expect(await findByTaxCode(taxCode(3))).toBeUndefined();
  });

  it("requires the association's user to have verified their email", async () => {
    const unverified = await association({ verified: false });
    expectProblem(
      await importCsv(csvOf(row(4, "Công ty TNHH Chưa Xác Minh")), unverified.accessToken),
      403,
      "email_not_verified",
    );
    expect(await findByTaxCode(taxCode(4))).toBeUndefined();
  });

  it("never overwrites a profile the supplier manages itself", async () => {
    const supplier = await verifiedSupplier(t);
    const own = await publishProfile(t, supplier, {
      legalName: "Công ty TNHH Bao Bì Tự Quản",
      taxCode: taxCode(5),
      categories: ["packaging.corrugated-cartons"],
      location: { zoneId: "kcn-vsip-1" },
    });
    const hiephoi = await association();
    const response = await importCsv(
      csvOf(row(6, "Công ty TNHH Hội Viên Mới"), row(5, "Tên Do Hiệp Hội Ghi Đè")),
      hiephoi.accessToken,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      imported: 1,
      updated: 0,
      rejected: 1,
      errors: [
        {
          row: 3,
          column: "tax_code",
          code: "managed_by_supplier",
          params: {},
          message: expect.stringContaining("managed by the supplier itself"),
        },
      ],
    });
    const stored = await findByTaxCode(taxCode(5));
    expect(stored).toMatchObject({
      id: own.id,
      organizationId: supplier.organizationId,
      legalName: "Công ty TNHH Bao Bì Tự Quản",
      importedByOrganizationId: null,
      version: 1,
    });
  });

  it("does not let one association overwrite another's import; an admin may, keeping the maintainer", async () => {
    const first = await association();
    const second = await association();
    expect(
      (await importCsv(csvOf(row(7, "Công ty TNHH Của Hội Thứ Nhất")), first.accessToken)).json(),
    ).toMatchObject({
      imported: 1,
    });

    const takeover = await importCsv(csvOf(row(7, "Công ty TNHH Bị Chiếm")), second.accessToken);
    expect(takeover.json()).toMatchObject({
      updated: 0,
      rejected: 1,
      errors: [
        {
          row: 2,
          column: "tax_code",
          code: "maintained_by_other",
          params: {},
          message: expect.stringContaining("another organisation imported"),
        },
      ],
    });
    expect(await findByTaxCode(taxCode(7))).toMatchObject({
      legalName: "Công ty TNHH Của Hội Thứ Nhất",
      importedByOrganizationId: first.organizationId,
    });

    const admin = await registerAccount(t, { orgName: "Kết Nối Vận Hành" });
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
    await t.deps.database.db.transaction((tx) =>
      accountRepository.markEmailVerified(tx, admin.userId, new Date()),
    );
    const corrected = await importCsv(csvOf(row(7, "Công ty TNHH Tên Đã Sửa")), admin.accessToken);
    expect(corrected.json()).toMatchObject({ updated: 1, rejected: 0 });
    expect(await findByTaxCode(taxCode(7))).toMatchObject({
      legalName: "Công ty TNHH Tên Đã Sửa",
      importedByOrganizationId: first.organizationId,
    });
  });
});
