import { describe, expect, it } from "vitest";
import { foldAnyText, foldToWords, foldVietnamese } from "../src/text/fold.js";

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

describe("foldVietnamese's character table", () => {
  it("folds every character of the Latin blocks as the general rule does, alone and among others", () => {
    const blocks = [
      [0x0000, 0x024f],
      [0x0300, 0x036f],
      [0x1e00, 0x1eff],
    ] as const;
    for (const [first, last] of blocks)
      for (let code = first; code <= last; code++) {
        const char = String.fromCharCode(code);
        for (const text of [char, `Ấp ${char}Ư\t x`, `${char}${char} đ`])
          expect(foldVietnamese(text), `U+${code.toString(16)}`).toBe(foldAnyText(text));
      }
  });

  it("gives the general rule's result for mixed text, including text outside the table", () => {
    // A small deterministic generator: the same strings every run.
    let seed = 20261206;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const pool = [
      ..."aAzZ09 -,.\t\n\u00a0đĐơƯăÂêÔ",
      ..."ạảãàáậẩẫầấặẳẵằắẹẻẽèéệểễềếỉĩìíịọỏõòóộổỗồốợởỡờớụủũùúựửữừứỳỹỷỵý",
      "\u0300",
      "\u0301",
      "\u0303",
      "\u0309",
      "\u0323",
      "Σ",
      "ς",
      "İ",
      "日本",
      "🙂",
      "\u2003",
    ];
    for (let n = 0; n < 2000; n++) {
      const length = next() % 24;
      let text = "";
      for (let i = 0; i < length; i++) text += pool[next() % pool.length];
      expect(foldVietnamese(text), JSON.stringify(text)).toBe(foldAnyText(text));
    }
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
