import { describe, expect, it } from "vitest";
import { supplierWords, textRelevance } from "../src/matching/index.js";
import { legalFormSpans, withoutLegalForm } from "../src/suppliers/index.js";

describe("withoutLegalForm", () => {
  it.each([
    ["Công ty TNHH Cơ khí Minh Phát", "Cơ khí Minh Phát"],
    ["CÔNG TY CỔ PHẦN NHỰA ĐẠI VIỆT", "NHỰA ĐẠI VIỆT"],
    ["Cong ty TNHH MTV Gia Cong CNC Hoang Long", "Gia Cong CNC Hoang Long"],
    ["Công ty TNHH Sản xuất Thương mại Dịch vụ Bao Bì Việt", "Bao Bì Việt"],
    ["Công ty Trách nhiệm Hữu hạn Một Thành viên In Tân Á", "In Tân Á"],
    ["Saigon Precision Co., Ltd.", "Saigon Precision"],
    ["Tan Phat Co.,Ltd", "Tan Phat"],
    ["Dong Nai Precision Engineering JSC", "Dong Nai Precision Engineering"],
    ["DAVIPLAST", "DAVIPLAST"],
  ])("reads %s as %s", (name, expected) => {
    expect(withoutLegalForm(name)).toBe(expected);
  });

  it("keeps the Vietnamese 'cơ' typed without diacritics: only 'Co.' with its dot or before Ltd is English", () => {
    expect(withoutLegalForm("Co Khi Tan Tien Co. Ltd")).toBe("Co Khi Tan Tien");
    expect(withoutLegalForm("Cơ sở Ép Nhựa Thành Công")).toBe("Cơ sở Ép Nhựa Thành Công");
  });

  it("leaves nothing of a name made only of legal forms", () => {
    expect(withoutLegalForm("Công ty TNHH")).toBe("");
  });

  it("says where the legal forms are, so a highlight can skip them", () => {
    expect(legalFormSpans("Công ty TNHH Cơ khí")).toEqual([
      [0, 7],
      [8, 12],
    ]);
  });
});

describe("legal forms in matching", () => {
  it("never count as a match: 'gia công CNC' is not covered by a firm whose name says 'Công ty'", () => {
    const words = supplierWords({
      legalName: "Công ty TNHH Bu Lông Ốc Vít Đại Việt",
      tradeName: null,
      descriptionVi: "Bu lông, ốc vít inox và thép mạ kẽm theo tiêu chuẩn DIN.",
      descriptionEn: null,
      categories: ["metal.fasteners"],
      processes: [],
      materials: ["inox"],
      exampleProducts: [],
    });
    expect(words.has("cong")).toBe(false);
    expect(words.has("tnhh")).toBe(false);
    expect(textRelevance("gia công CNC", words)).toBe(0);
  });
});
