// Sets up what the onboarding tests share: an association that imports its directory, and platform admins.
import { accountRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { expect } from "vitest";
import { bearer, type RegisteredAccount, registerAccount, registerVerifiedAccount } from "./accounts.js";
import type { TestApp } from "./test-app.js";

/** An association organisation whose owner has verified their email. */
export async function association(t: TestApp, name = "Hiệp hội Bao bì Việt Nam"): Promise<RegisteredAccount> {
  const account = await registerVerifiedAccount(t, { orgName: name });
  await t.deps.database.db.transaction((tx) =>
    accountRepository.updateOrganization(tx, account.organizationId, { roles: ["association"] }),
  );
  return account;
}

export async function platformAdmin(t: TestApp): Promise<RegisteredAccount> {
  const admin = await registerAccount(t, { orgName: "Ban Quản Trị Kết Nối" });
  await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
  return admin;
}

export interface DirectoryRow {
  n: number;
  legalName: string;
  email?: string;
}

/** Imports member rows (tax code from `n`, optional contact email); returns the import report. */
export async function importDirectory(
  t: TestApp,
  importer: RegisteredAccount,
  rows: DirectoryRow[],
  query = "",
) {
  const lines = rows.map(
    (row) => `${taxCode(row.n)},${row.legalName},Thùng carton,VSIP I,Nguyễn Thị Lan,${row.email ?? ""}`,
  );
  const csv = ["Mã số thuế,Tên doanh nghiệp,Ngành hàng,KCN,Người liên hệ,Email", ...lines].join("\r\n");
  const response = await t.app.inject({
    method: "POST",
    url: `/v1/suppliers/import${query}`,
    headers: { ...bearer(importer.accessToken), "content-type": "text/csv" },
    payload: csv,
  });
  expect(response.statusCode, response.body).toBe(200);
  const report = response.json();
  expect(report.rejected, JSON.stringify(report.errors)).toBe(0);
  return report;
}
