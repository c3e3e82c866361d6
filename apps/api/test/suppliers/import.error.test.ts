import { accountRepository, supplierRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let t: TestApp;
let hiephoi: RegisteredAccount;
beforeAll(async () => {
  t = await createTestApp();
  hiephoi = await registerAccount(t, { orgName: "Hiệp hội Bao bì Việt Nam" });
  await t.deps.database.db.transaction((tx) =>
    accountRepository.updateOrganization(tx, hiephoi.organizationId, {
      roles: ["association"],
    }),
  );
  await t.deps.database.db.transaction((tx) =>
    accountRepository.markEmailVerified(tx, hiephoi.userId, new Date()),
  );
});
afterAll(async () => {
  await t.close();
});

function importFile(payload: string | Buffer, contentType = "text/csv") {
  return t.app.inject({
    method: "POST",
    url: "/v1/suppliers/import",
    headers: { ...bearer(hiephoi.accessToken), "content-type": contentType },
    payload,
  });
}

const findByTaxCode = (code: string) => supplierRepository.findSupplierByTaxCode(t.deps.database.db, code);

async function countSuppliers(): Promise<number> {
  const { total } = await supplierRepository.listSuppliers(t.deps.database.db, { limit: 1, offset: 0 });
  return total;
}

describe("supplier directory import: bad rows", () => {
  it("reports each bad row with its row number and column while the good rows import; category names never reject", async () => {
    const csv = [
      "Mã số thuế,Tên doanh nghiệp,Ngành hàng,KCN,Địa chỉ,Tỉnh/Thành,Vĩ độ,Kinh độ,Năng lực/tháng,Đơn vị",
      `${taxCode(1)},Công ty TNHH Bao Bì Tốt,Thùng carton,VSIP I,,,,,"200.000",cái`,
      "0312687879,Công ty Sai Mã Số Thuế,Thùng carton,VSIP I,,,,,,",
      `${taxCode(2)},Công ty Ngành Lạ,Đồ chơi gỗ mỹ nghệ,VSIP I,,,,,,`,
      `${taxCode(3)},Công ty KCN Lạ,Thùng carton,KCN Mặt Trăng,,,,,,`,
      "",
      `${taxCode(4)},Công ty Ở Paris,Thùng carton,,1 Rue de Rivoli,Bình Dương,48.8566,2.3522,,`,
      `${taxCode(5)},Công ty Năng Lực Âm,Thùng carton,VSIP I,,,,,-5,tấn`,
      `${taxCode(6)},Công ty TNHH Bao Bì Cũng Tốt,Hộp giấy,kcn-song-than-1,,,,,,`,
    ].join("\n");
    const response = await importFile(csv);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ total: 7, imported: 3, updated: 0, rejected: 4, errorsTruncated: false });
    // A category name no category matches is kept in the supplier's words and reported, never a reason to reject.
    expect(report.warnings).toEqual([
      {
        row: 4,
        column: "categories",
        code: "unknown_category",
        params: { value: "Đồ chơi gỗ mỹ nghệ", suggestions: expect.any(Array) },
        message: expect.stringContaining('"Đồ chơi gỗ mỹ nghệ" is kept in the supplier\'s own words'),
        suggestions: expect.any(Array),
      },
    ]);
    expect(await findByTaxCode(taxCode(2))).toMatchObject({
      categories: [],
      ownCategories: ["Đồ chơi gỗ mỹ nghệ"],
    });
    // Each problem is a code with the values its wording needs (the web words it in the page's language) and
    // the English message for API clients.
    expect(report.errors).toEqual([
      {
        row: 3,
        column: "tax_code",
        code: "invalid_tax_code",
        params: { value: "0312687879", reason: expect.any(String) },
        message: expect.stringContaining("not a valid Vietnamese tax code"),
      },
      {
        row: 5,
        column: "zone",
        code: "unknown_zone",
        params: { value: "KCN Mặt Trăng" },
        message: expect.stringContaining('"KCN Mặt Trăng"'),
      },
      // Row 6 is blank: skipped, and the rows after it keep the numbers the spreadsheet shows.
      {
        row: 7,
        column: "lat",
        code: "outside_vietnam",
        params: { value: "48.8566", min: 8, max: 23.5 },
        message: "is outside Vietnam (expected 8.0 to 23.5)",
      },
      {
        row: 7,
        column: "lng",
        code: "outside_vietnam",
        params: { value: "2.3522", min: 102, max: 110 },
        message: "is outside Vietnam (expected 102.0 to 110.0)",
      },
      {
        row: 8,
        column: "monthly_capacity",
        code: "not_positive",
        params: { value: "-5" },
        message: "must be greater than 0",
      },
    ]);
    expect(await findByTaxCode(taxCode(1))).toBeDefined();
    expect(await findByTaxCode(taxCode(6))).toBeDefined();
    for (const n of [3, 4, 5]) expect(await findByTaxCode(taxCode(n))).toBeUndefined();
  });

  it("reports a cell with a NUL byte or a direction override as a row error while the good rows import", async () => {
    const csv = [
      "Mã số thuế,Tên doanh nghiệp,Tên giao dịch,Ngành hàng,KCN,Mô tả,Sản phẩm,Website",
      `${taxCode(41)},Công ty TNHH Bao Bì Sạch,,Thùng carton,VSIP I,"Thùng 5 lớp\nin 2 màu",,baobisach.vn`,
      `${taxCode(42)},Công ty TNHH Mô Tả Hỏng,,Thùng carton,VSIP I,Thùng\u0000 carton,,`,
      `${taxCode(43)},Công ty TNHH \u202egpj.exe,,Thùng carton,VSIP I,,,`,
      `${taxCode(44)},Công ty TNHH Tên Ẩn,Minh\u2066Phát,Thùng carton,VSIP I,,,`,
      `${taxCode(45)},Công ty TNHH Sản Phẩm Lạ,,Thùng carton,VSIP I,,thùng\u001bcarton,`,
      `${taxCode(46)},Công ty TNHH Web Lạ,,Thùng carton,VSIP I,,,javascript:alert(1)`,
      `${taxCode(47)},Công ty TNHH Bao Bì Cũng Sạch,,Hộp giấy,VSIP I,,,`,
    ].join("\r\n");
    const response = await importFile(csv);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ total: 7, imported: 2, rejected: 5 });
    expect(report.errors).toEqual([
      {
        row: 3,
        column: "description_vi",
        code: "text_control_character",
        params: expect.any(Object),
        message: expect.stringContaining("control characters"),
      },
      {
        row: 4,
        column: "legal_name",
        code: "text_bidi_control",
        params: expect.any(Object),
        message: expect.stringContaining("text-direction"),
      },
      {
        row: 5,
        column: "trade_name",
        code: "text_bidi_control",
        params: expect.any(Object),
        message: expect.stringContaining("text-direction"),
      },
      {
        row: 6,
        column: "products",
        code: "text_control_character",
        params: expect.any(Object),
        message: expect.stringContaining("control characters"),
      },
      {
        row: 7,
        column: "website",
        code: "invalid_url",
        params: { value: "javascript:alert(1)" },
        message: expect.stringContaining("http(s) URL"),
      },
    ]);
    expect(await findByTaxCode(taxCode(41))).toMatchObject({
      descriptionVi: "Thùng 5 lớp\nin 2 màu",
      website: "https://baobisach.vn",
    });
    expect(await findByTaxCode(taxCode(47))).toBeDefined();
    for (const n of [42, 43, 44, 45, 46]) expect(await findByTaxCode(taxCode(n))).toBeUndefined();
  });

  it("imports a tax code repeated in the file from its first row and reports the later one", async () => {
    const csv = [
      "MST,Tên công ty,Lĩnh vực,KCN",
      `${taxCode(11)},Công ty TNHH Bao Bì Lần Một,Thùng carton,VSIP I`,
      `${taxCode(12)},Công ty TNHH Khác,Thùng carton,VSIP I`,
      `${taxCode(11).slice(0, 4)} ${taxCode(11).slice(4)},Công ty TNHH Bao Bì Lần Hai,Thùng carton,VSIP I`,
    ].join("\n");
    const report = (await importFile(csv)).json();
    expect(report).toMatchObject({ total: 3, imported: 2, rejected: 1 });
    expect(report.errors).toEqual([
      {
        row: 4,
        column: "tax_code",
        code: "duplicate_tax_code",
        params: { firstRow: 2 },
        message: expect.stringContaining("duplicate of row 2"),
      },
    ]);
    expect((await findByTaxCode(taxCode(11)))?.legalName).toBe("Công ty TNHH Bao Bì Lần Một");
  });

  it("reports a row with more cells than headers instead of importing shifted values", async () => {
    const csv = [
      "MST,Tên công ty,Lĩnh vực,KCN",
      `${taxCode(21)},Công ty TNHH Bao Bì, In Ấn Sài Gòn,Thùng carton,VSIP I`,
    ].join("\n");
    const report = (await importFile(csv)).json();
    expect(report).toMatchObject({ imported: 0, rejected: 1 });
    expect(report.errors).toEqual([
      {
        row: 2,
        column: null,
        code: "shifted_row",
        params: { cells: 5, headers: 4 },
        message: expect.stringContaining("double quotes"),
      },
    ]);
  });
});

describe("supplier directory import: bad files", () => {
  it("rejects a file without a required column, naming it", async () => {
    const csv = `Mã số thuế,Tên doanh nghiệp,KCN\n${taxCode(31)},Công ty TNHH Thiếu Cột,VSIP I\n`;
    const problem = expectProblem(await importFile(csv), 400, "validation_failed");
    expect(problem.detail).toContain("Missing required columns: categories");
    expect(problem.errors).toEqual([{ field: "body", message: expect.stringContaining("categories") }]);
    expect(await findByTaxCode(taxCode(31))).toBeUndefined();
  });

  it("asks for a location column when neither a zone nor an address is given", async () => {
    const csv = `MST,Tên công ty,Lĩnh vực\n${taxCode(32)},Công ty TNHH Không Địa Chỉ,Thùng carton\n`;
    const problem = expectProblem(await importFile(csv), 400, "validation_failed");
    expect(problem.detail).toContain("zone");
    expect(problem.detail).toContain("address, province, lat and lng");
  });

  it("rejects a file that names a column twice", async () => {
    const csv = `MST,Mã số thuế,Tên công ty,Lĩnh vực,KCN\n${taxCode(33)},${taxCode(33)},Công ty,Thùng carton,VSIP I\n`;
    const problem = expectProblem(await importFile(csv), 400, "validation_failed");
    expect(problem.errors?.[0]?.message).toMatch(
      /tax_code is named by more than one header: "MST", "Mã số thuế"/,
    );
  });

  it("refuses a CSV that is not UTF-8 and says how to save it", async () => {
    // What old Excel writes with "CSV (Comma delimited)" on a Windows-1252/1258 machine: one byte per letter.
    const csv = `tax_code,legal_name,categories,zone\n${taxCode(34)},Công ty Bao Bì Phú Thọ,Thùng carton,VSIP I\n`;
    const bytes = Buffer.from(csv, "latin1");
    expect(bytes.includes(0xf4)).toBe(true);
    const problem = expectProblem(await importFile(bytes), 400, "validation_failed");
    expect(problem.errors).toEqual([{ field: "body", message: expect.stringContaining("is not UTF-8") }]);
    expect(problem.errors?.[0]?.message).toContain("CSV UTF-8");
    expect(await findByTaxCode(taxCode(34))).toBeUndefined();
  });

  it("rejects a corrupt or truncated XLSX with 400", async () => {
    const before = await countSuppliers();
    const garbage = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 0x41)]);
    const problem = expectProblem(await importFile(garbage, xlsxType), 400, "validation_failed");
    expect(problem.errors?.[0]?.message).toContain("could not be read as an XLSX workbook");

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hội viên");
    sheet.addRow(["MST", "Tên công ty", "Lĩnh vực", "KCN"]);
    for (let n = 0; n < 200; n++) sheet.addRow([taxCode(100 + n), `Công ty ${n}`, "Thùng carton", "VSIP I"]);
    const whole = Buffer.from(await workbook.xlsx.writeBuffer());
    expectProblem(
      await importFile(whole.subarray(0, Math.floor(whole.length / 2)), xlsxType),
      400,
      "validation_failed",
    );

    expectProblem(
      await importFile(Buffer.from("MST,Tên công ty\n1,2\n"), xlsxType),
      400,
      "validation_failed",
    );
    expect(await countSuppliers()).toBe(before);
  });

  it("rejects an empty file and a file with headers only", async () => {
    const empty = expectProblem(await importFile(""), 400, "validation_failed");
    expect(empty.errors?.[0]?.message).toContain("is empty");
    const blankLines = expectProblem(await importFile("\n\n ,, \n"), 400, "validation_failed");
    expect(blankLines.errors?.[0]?.message).toContain("is empty");
    const headerOnly = expectProblem(
      await importFile("MST,Tên công ty,Lĩnh vực,KCN\n"),
      400,
      "validation_failed",
    );
    expect(headerOnly.errors?.[0]?.message).toContain("no data rows");
  });

  it("refuses more than 20,000 data rows with 413 before writing anything", async () => {
    const before = await countSuppliers();
    const lines = ["MST,Tên công ty,Lĩnh vực,KCN"];
    for (let n = 0; n < 20_001; n++)
      lines.push(`${taxCode(1000 + n)},Công ty TNHH Số ${n},Thùng carton,VSIP I`);
    const csv = lines.join("\n");
    expect(Buffer.byteLength(csv)).toBeLessThan(15 * 1024 * 1024);
    const problem = expectProblem(await importFile(csv), 413, "payload_too_large");
    expect(problem.detail).toContain("more than 20,000 data rows");
    expect(await countSuppliers()).toBe(before);
    expect(await findByTaxCode(taxCode(1000))).toBeUndefined();

    // The workbook reader stops at the limit instead of reading the whole sheet first.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hội viên");
    sheet.addRow(["MST", "Tên công ty", "Lĩnh vực", "KCN"]);
    for (let n = 0; n < 20_001; n++)
      sheet.addRow([taxCode(1000 + n), `Công ty ${n}`, "Thùng carton", "VSIP I"]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expectProblem(await importFile(xlsx, xlsxType), 413, "payload_too_large");
    expect(await countSuppliers()).toBe(before);
  });

  it("refuses a body over 15 MB with 413", async () => {
    const huge = Buffer.alloc(15 * 1024 * 1024 + 1, 0x61);
    expectProblem(await importFile(huge), 413, "payload_too_large");
  });

  it("answers 415 for any other content type", async () => {
    const json = await t.app.inject({
      method: "POST",
      url: "/v1/suppliers/import",
      headers: bearer(hiephoi.accessToken),
      payload: { rows: [] },
    });
    const problem = expectProblem(json, 415, "unsupported_media_type");
    expect(problem.detail).toContain("text/csv");
    expectProblem(
      await importFile(Buffer.from("%PDF-1.7"), "application/pdf"),
      415,
      "unsupported_media_type",
    );
    expectProblem(await importFile("a,b\n1,2\n", "text/plain"), 415, "unsupported_media_type");
  });

  it("leaves JSON routes as they were: no spreadsheet bodies, and the 1 MB limit", async () => {
    const csvToJsonRoute = await t.app.inject({
      method: "POST",
      url: "/v1/suppliers",
      headers: { ...bearer(hiephoi.accessToken), "content-type": "text/csv" },
      payload: "MST,Tên công ty\n",
    });
    expectProblem(csvToJsonRoute, 415, "unsupported_media_type");
    const bigJson = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@example.vn", password: "x".repeat(2 * 1024 * 1024) }),
    });
    expectProblem(bigJson, 413, "payload_too_large");
  });
});
