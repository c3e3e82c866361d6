import { accountRepository, supplierRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** An organisation with the association role whose owner has verified their email. */
async function association(name = "Hiệp hội Doanh nghiệp Cơ khí Điện TP.HCM"): Promise<RegisteredAccount> {
  const account = await registerAccount(t, { orgName: name });
  await t.deps.database.db.transaction((tx) =>
    accountRepository.updateOrganization(tx, account.organizationId, {
      roles: ["association"],
    }),
  );
  await t.deps.database.db.transaction((tx) =>
    accountRepository.markEmailVerified(tx, account.userId, new Date()),
  );
  return account;
}

function importFile(account: RegisteredAccount, payload: string | Buffer, contentType = "text/csv") {
  return t.app.inject({
    method: "POST",
    url: "/v1/suppliers/import",
    headers: { ...bearer(account.accessToken), "content-type": contentType },
    payload,
  });
}

const findByTaxCode = (code: string) => supplierRepository.findSupplierByTaxCode(t.deps.database.db, code);

const directoryHeader =
  "STT,Mã số thuế,Tên doanh nghiệp,Tên giao dịch,Ngành hàng,Chứng nhận,KCN,Năng lực/tháng,Đơn vị," +
  "Thời gian giao hàng (ngày),Người liên hệ,Email,Điện thoại,Thị trường xuất khẩu";

function directory(rows: { n: number; legalName: string; tradeName: string }[]): string {
  const lines = rows.map(({ n, legalName, tradeName }, i) =>
    n % 2 === 1
      ? `${i + 1},${taxCode(n)},${legalName},${tradeName},"Bao bì giấy; Thùng carton",ISO 9001 (2027-12-31),VSIP I,` +
        `"1.000.000",cái,7,Nguyễn Thị Lan,lan@minpack.vn,0903 123 456,"Nhật Bản, Hàn Quốc"`
      : `${i + 1},${taxCode(n)},${legalName},${tradeName},Gia công CNC,"ISO 9001: 2027-05-01; ISO 14001 - exp 31/12/2026",` +
        `kcn-song-than-1,"50.000",chiếc,14,,,,`,
  );
  return [directoryHeader, ...lines].join("\r\n");
}

describe("supplier directory import", () => {
  it("imports an association's CSV with Vietnamese headers, category names and zone names", async () => {
    const hiephoi = await association();
    const response = await importFile(
      hiephoi,
      directory([
        { n: 1, legalName: "Công ty TNHH Bao Bì Minh Phát", tradeName: "MINPACK" },
        { n: 2, legalName: "Công ty CP Cơ Khí Chính Xác Sóng Thần", tradeName: "" },
      ]),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      total: 2,
      imported: 2,
      updated: 0,
      rejected: 0,
      errors: [],
      errorsTruncated: false,
      warnings: [],
      warningsTruncated: false,
      ignoredColumns: ["STT"],
      // Without claimInvitations=true nobody is emailed.
      claimInvitationsSent: 0,
    });

    const carton = await findByTaxCode(taxCode(1));
    expect(carton).toMatchObject({
      organizationId: null,
      importedByOrganizationId: hiephoi.organizationId,
      legalName: "Công ty TNHH Bao Bì Minh Phát",
      tradeName: "MINPACK",
      categories: ["packaging.corrugated-cartons"],
      certifications: [{ code: "iso-9001", expiresOn: "2027-12-31" }],
      zoneId: "kcn-vsip-1",
      monthlyCapacity: { value: 1_000_000, unit: "pieces" },
      leadTimeDays: 7,
      exportMarkets: ["JP", "KR"],
      languages: ["vi"],
      contact: { name: "Nguyễn Thị Lan", email: "lan@minpack.vn", phone: "0903 123 456" },
      verificationStatus: "unverified",
    });

    const machining = await findByTaxCode(taxCode(2));
    expect(machining).toMatchObject({
      categories: ["metal.cnc-machining"],
      certifications: [
        { code: "iso-9001", expiresOn: "2027-05-01" },
        { code: "iso-14001", expiresOn: "2026-12-31" },
      ],
      zoneId: "kcn-song-than-1",
      province2025: "Ho Chi Minh City",
      formerProvince: "Binh Duong",
      contact: null,
    });

    // The public profile shows the imported data like any other.
    const shown = await t.app.inject({ method: "GET", url: `/v1/suppliers/${machining?.id}` });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({
      organizationId: null,
      legalName: "Công ty CP Cơ Khí Chính Xác Sóng Thần",
      location: { zoneId: "kcn-song-than-1" },
    });
  });

  it("updates by tax code on re-import instead of adding a second profile", async () => {
    const hiephoi = await association();
    const first = await importFile(
      hiephoi,
      directory([
        { n: 11, legalName: "Công ty TNHH Bao Bì Phú Thịnh", tradeName: "PHUTHINH PACK" },
        { n: 12, legalName: "Công ty TNHH Cơ Khí Tân Phát", tradeName: "TANPHAT" },
      ]),
    );
    expect(first.json()).toMatchObject({ imported: 2, updated: 0 });
    const before = await findByTaxCode(taxCode(11));

    const again = await importFile(
      hiephoi,
      directory([
        { n: 11, legalName: "Công ty Cổ phần Bao Bì Phú Thịnh", tradeName: "" },
        { n: 12, legalName: "Công ty TNHH Cơ Khí Tân Phát", tradeName: "TANPHAT" },
        { n: 13, legalName: "Công ty TNHH Thùng Giấy Việt Hưng", tradeName: "" },
      ]),
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ total: 3, imported: 1, updated: 2, rejected: 0 });

    const after = await findByTaxCode(taxCode(11));
    expect(after?.id).toBe(before?.id);
    expect(after?.legalName).toBe("Công ty Cổ phần Bao Bì Phú Thịnh");
    // The column is in the file and its cell is blank: the stored value is cleared, as the sheet says.
    expect(after?.tradeName).toBeNull();
    expect(after?.version).toBeGreaterThan(before?.version ?? 0);

    const rows = await t.deps.database.db.query.suppliers.findMany({
      where: (s, { inArray }) => inArray(s.taxCode, [taxCode(11), taxCode(12), taxCode(13)]),
    });
    expect(rows).toHaveLength(3);
  });

  it("leaves stored values alone for columns the re-imported file does not have", async () => {
    const hiephoi = await association();
    await importFile(
      hiephoi,
      directory([{ n: 21, legalName: "Công ty TNHH Bao Bì An Phú", tradeName: "ANPHU" }]),
    );
    const short = `Mã số thuế,Tên công ty,Lĩnh vực,KCN\n${taxCode(21)},Công ty TNHH Bao Bì An Phú (mới),Thùng carton,VSIP I\n`;
    const response = await importFile(hiephoi, short);
    expect(response.json()).toMatchObject({ updated: 1, rejected: 0 });
    const stored = await findByTaxCode(taxCode(21));
    expect(stored).toMatchObject({
      legalName: "Công ty TNHH Bao Bì An Phú (mới)",
      tradeName: "ANPHU",
      monthlyCapacity: { value: 1_000_000, unit: "pieces" },
      exportMarkets: ["JP", "KR"],
    });
  });

  it("clears on re-import what the file's blank cells say, keeping the languages and notes written elsewhere", async () => {
    const hiephoi = await association();
    const header =
      "MST,Tên doanh nghiệp,Tên giao dịch,Mô tả,Mô tả tiếng Anh,Ngành hàng,Chứng nhận,Công nghệ,Vật liệu,Sản phẩm," +
      "Năng lực/tháng,MOQ,Thời gian giao hàng,Ngôn ngữ,Thị trường xuất khẩu,Số lao động,Năm thành lập," +
      "Bán kính giao hàng,Điện mặt trời áp mái,Tỷ lệ tái chế,KCN,Người liên hệ,Email,Điện thoại,Website";
    const full =
      `${taxCode(71)},Công ty TNHH Bao Bì Xanh,XANHPACK,Thùng carton,Cartons,Thùng carton,FSC,in flexo,giấy kraft,` +
      `thùng 5 lớp,"500.000 cái",1000,7,"vi, en",JP,120,2010,80,450,60%,VSIP I,Lan,lan@xanh.vn,0903123456,xanh.vn`;
    expect((await importFile(hiephoi, `${header}\n${full}\n`)).json()).toMatchObject({ imported: 1 });
    const stored = await findByTaxCode(taxCode(71));
    expect(stored).toMatchObject({
      tradeName: "XANHPACK",
      monthlyCapacity: { value: 500_000, unit: "pieces" },
      moq: { value: 1000, unit: "pieces" },
      languages: ["vi", "en"],
      green: { rooftopSolarKwp: 450, recycledMaterialPercent: 60 },
      contact: { name: "Lan", email: "lan@xanh.vn", phone: "0903123456" },
      website: "https://xanh.vn",
    });
    await t.deps.database.db.transaction((tx) =>
      supplierRepository.updateSupplier(tx, stored?.id ?? "", {
        green: { ...stored?.green, notes: "Nhà máy đạt chuẩn xanh" },
      }),
    );

    const blank = `${taxCode(71)},Công ty TNHH Bao Bì Xanh,,,,Thùng carton,,,,,,,,,,,,,,,VSIP I,,,,`;
    expect((await importFile(hiephoi, `${header}\n${blank}\n`)).json()).toMatchObject({
      updated: 1,
      rejected: 0,
    });
    const after = await findByTaxCode(taxCode(71));
    expect(after?.green).toEqual({ notes: "Nhà máy đạt chuẩn xanh" });
    expect(after).toMatchObject({
      tradeName: null,
      descriptionVi: null,
      descriptionEn: null,
      certifications: [],
      processes: [],
      materials: [],
      exampleProducts: [],
      monthlyCapacity: null,
      moq: null,
      leadTimeDays: null,
      languages: ["vi", "en"],
      exportMarkets: [],
      staffSize: null,
      yearFounded: null,
      deliveryRadiusKm: null,
      contact: null,
      website: null,
    });
  });

  it("imports an XLSX workbook: numbers that lost their leading zero, dates, rich text, formulas, links", async () => {
    const hiephoi = await association();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hội viên");
    sheet.addRow([
      "Mã số thuế",
      "Tên công ty",
      "Lĩnh vực",
      "Khu công nghiệp",
      "Năm thành lập",
      "Năng lực sản xuất",
      "ĐVT",
      "Điện mặt trời áp mái (kWp)",
      "Website",
    ]);
    sheet.addRow([
      Number(taxCode(31)),
      { richText: [{ text: "Công ty TNHH " }, { text: "Nhựa Kỹ Thuật Đông Á", font: { bold: true } }] },
      "Ép nhựa; Khuôn mẫu",
      "KCN Sóng Thần 2",
      new Date(Date.UTC(2008, 2, 15)),
      { formula: "25*1000", result: 25_000 },
      "bộ",
      1.125,
      { text: "dongaplastic.vn", hyperlink: "https://dongaplastic.vn" },
    ]);
    sheet.addRow([]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const response = await importFile(hiephoi, buffer, xlsxType);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ total: 1, imported: 1, rejected: 0, errors: [] });
    expect(taxCode(31).startsWith("0")).toBe(true);
    expect(await findByTaxCode(taxCode(31))).toMatchObject({
      legalName: "Công ty TNHH Nhựa Kỹ Thuật Đông Á",
      categories: ["plastics.injection-moulding", "moulds"],
      zoneId: "kcn-song-than-2",
      yearFounded: 2008,
      monthlyCapacity: { value: 25_000, unit: "sets" },
      green: { rooftopSolarKwp: 1.125 },
      website: "https://dongaplastic.vn",
    });
  });

  it("imports a semicolon-delimited CSV as Excel writes it in the Vietnamese locale, with an address", async () => {
    const hiephoi = await association();
    const csv = [
      "sep=;",
      "Mã số thuế;Tên doanh nghiệp;Ngành hàng;Địa chỉ;Tỉnh/Thành;Vĩ độ;Kinh độ;Công suất/tháng;ĐVT",
      `${taxCode(41)};Công ty TNHH Mạ Kẽm Nhúng Nóng Đồng Nai;Mạ;Đường số 5, KCN Biên Hòa 2;Đồng Nai;10,9382;106,8591;1.250,5;tấn`,
    ].join("\r\n");
    const response = await importFile(hiephoi, csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 1, rejected: 0 });
    expect(await findByTaxCode(taxCode(41))).toMatchObject({
      categories: ["surface-finishing.plating"],
      zoneId: null,
      address: "Đường số 5, KCN Biên Hòa 2",
      lat: 10.9382,
      lng: 106.8591,
      monthlyCapacity: { value: 1250.5, unit: "tonnes" },
    });
  });

  it("reads UTF-8 with a BOM and UTF-16 with a BOM in either byte order", async () => {
    const hiephoi = await association();
    const csv = (n: number, separator: string) =>
      [
        ["Mã số thuế", "Tên doanh nghiệp", "Ngành hàng", "KCN"].join(separator),
        [taxCode(n), `Công ty TNHH Bao Bì Số ${n}`, "Thùng carton", "Sóng Thần 1"].join(separator),
      ].join("\r\n");

    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(51, ","), "utf8")]);
    // Excel's "Unicode Text" export: UTF-16 LE with a BOM, tab-delimited.
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(52, "\t"), "utf16le")]);
    const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv(53, ","), "utf16le").swap16()]);

    for (const [n, body] of [
      [51, utf8],
      [52, utf16le],
      [53, utf16be],
    ] as const) {
      const response = await importFile(hiephoi, body, "text/csv; charset=utf-8");
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ imported: 1, rejected: 0 });
      expect((await findByTaxCode(taxCode(n)))?.legalName).toBe(`Công ty TNHH Bao Bì Số ${n}`);
    }
  });

  it("lets a platform admin import, and an organisation an admin made an association", async () => {
    const admin = await registerAccount(t, { orgName: "Kết Nối Vận Hành" });
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
    await t.deps.database.db.transaction((tx) =>
      accountRepository.markEmailVerified(tx, admin.userId, new Date()),
    );
    const byAdmin = await importFile(
      admin,
      directory([{ n: 61, legalName: "Công ty TNHH In Bao Bì Á Châu", tradeName: "" }]),
    );
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect(byAdmin.json()).toMatchObject({ imported: 1 });
    expect((await findByTaxCode(taxCode(61)))?.importedByOrganizationId).toBe(admin.organizationId);

    const other = await registerAccount(t, { orgName: "Hội Doanh nghiệp KCN Sóng Thần" });
    await t.deps.database.db.transaction((tx) =>
      accountRepository.markEmailVerified(tx, other.userId, new Date()),
    );
    const roles = await t.app.inject({
      method: "PUT",
      url: `/v1/admin/organizations/${other.organizationId}/roles`,
      headers: bearer(admin.accessToken),
      payload: { roles: ["association"] },
    });
    expect(roles.statusCode, roles.body).toBe(200);
    const byAssociation = await importFile(
      other,
      directory([{ n: 62, legalName: "Công ty TNHH Cơ Khí Bình An", tradeName: "" }]),
    );
    expect(byAssociation.json()).toMatchObject({ imported: 1 });
  });

  it("documents the import in the OpenAPI description with both content types", async () => {
    const response = await t.app.inject({ method: "GET", url: "/openapi.json" });
    const operation = response.json().paths["/v1/suppliers/import"].post;
    expect(Object.keys(operation.requestBody.content)).toEqual(["text/csv", xlsxType]);
    expect(operation.description).toContain("Mã số thuế");
    expect(operation.responses["200"]).toBeDefined();
  });
});
