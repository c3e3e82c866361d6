import { importIssueCodes } from "@ketnoi/domain";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../lib/i18n/messages";
import { importErrorFile, importIssueText } from "../lib/import-report";
import en from "../messages/en.json";
import vi from "../messages/vi.json";

describe("import report wording", () => {
  it("has a Vietnamese and an English wording for every row problem the import reports", () => {
    for (const [language, messages] of [
      ["vi", vi],
      ["en", en],
    ] as const) {
      const issues: Record<string, string> = messages.admin.import.issues;
      const missing = importIssueCodes.filter((code) => !issues[code]?.trim());
      expect(missing, `codes without a wording in ${language}.json`).toEqual([]);
      const unknown = Object.keys(issues).filter((code) => !(importIssueCodes as string[]).includes(code));
      expect(unknown, `wordings in ${language}.json for codes the import does not have`).toEqual([]);
    }
  });

  it("words a row problem in the page's language with the cell's value and the suggestions", () => {
    const issue = {
      code: "unknown_category" as const,
      params: { value: "Đồ chơi gỗ", suggestions: ["toys.wooden", "furniture.wood"] },
    };
    expect(importIssueText(issue, messagesFor("vi").admin.import)).toBe(
      "“Đồ chơi gỗ” được giữ nguyên theo cách doanh nghiệp viết: không ngành hàng nào khớp rõ; có thể là: toys.wooden, furniture.wood",
    );
    expect(importIssueText(issue, messagesFor("en").admin.import)).toMatch(
      /^“Đồ chơi gỗ” is kept in the supplier's own words.*; it may mean: toys\.wooden, furniture\.wood$/,
    );
    expect(
      importIssueText(
        { code: "duplicate_tax_code", params: { firstRow: 2 } },
        messagesFor("vi").admin.import,
      ),
    ).toBe("trùng mã số thuế với dòng 2; chỉ dòng đầu tiên được nhập");
  });

  it("writes the error file in the page's language, a formula in a cell defused", () => {
    const file = importErrorFile(
      [
        {
          row: 3,
          column: "website",
          code: "invalid_url",
          params: { value: "=HYPERLINK(1)" },
          message: "must be an http(s) URL",
        },
      ],
      messagesFor("vi").admin.import,
    );
    expect(file.split("\r\n")).toEqual([
      '\uFEFF"Dòng","Cột","Lỗi"',
      '"3","website","“=HYPERLINK(1)” không phải địa chỉ web, ví dụ https://example.vn"',
    ]);
  });
});
