import { describe, expect, it } from "vitest";
import { foldToWords, foldVietnamese } from "../src/text/fold.js";

describe("foldVietnamese", () => {
  it("removes tone and vowel marks and lowercases", () => {
    expect(foldVietnamese("Khu công nghiệp Sóng Thần")).toBe("khu cong nghiep song than");
    expect(foldVietnamese("BÌNH DƯƠNG")).toBe("binh duong");
  });

  it("maps đ and Đ to d, which Unicode decomposition leaves alone", () => {
    expect(foldVietnamese("Đồng Nai")).toBe("dong nai");
    expect(foldVietnamese("đường")).toBe("duong");
  });

  it("gives the same result for precomposed and decomposed input", () => {
    expect(foldVietnamese("Bình Dương".normalize("NFD"))).toBe(foldVietnamese("Bình Dương".normalize("NFC")));
  });

  it("collapses and trims whitespace but keeps punctuation", () => {
    expect(foldVietnamese("  Bà Rịa -\tVũng   Tàu ")).toBe("ba ria - vung tau");
  });
});

describe("foldToWords", () => {
  it("reduces punctuation to single spaces", () => {
    expect(foldToWords("Bà Rịa-Vũng Tàu")).toBe("ba ria vung tau");
    expect(foldToWords("TP.HCM")).toBe("tp hcm");
    expect(foldToWords("Việt Nam - Singapore (VSIP I)")).toBe("viet nam singapore vsip i");
  });

  it("keeps digits", () => {
    expect(foldToWords("Sóng Thần 2, giai đoạn 3")).toBe("song than 2 giai doan 3");
  });

  it("returns an empty string for text without letters or digits", () => {
    expect(foldToWords(" %_ - ")).toBe("");
  });
});
