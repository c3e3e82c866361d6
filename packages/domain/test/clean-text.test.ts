import { describe, expect, it } from "vitest";
import {
  httpUrl,
  multiLineText,
  singleLineText,
  type TextShape,
  textProblem,
} from "../src/text/clean-text.js";

const codeOf = (value: string, shape: TextShape) => textProblem(value, shape)?.code;

describe("textProblem", () => {
  it("accepts Vietnamese and English text, emoji and punctuation as typed", () => {
    for (const value of [
      "Công ty TNHH Bao Bì Minh Phát",
      "Đặng Thị Ngọc Hằng",
      "5-ply carton, 2 colours (flexo) – 20.000 pcs/tháng",
      "Giá tốt 👍 “chất lượng” & <nhanh>",
      "👨‍👩‍👧 family business",
    ]) {
      expect(textProblem(value, "single_line"), value).toBeUndefined();
      expect(textProblem(value, "multi_line"), value).toBeUndefined();
    }
  });

  it("refuses NUL and the other C0 controls, DEL and C1 controls in any text, naming the character", () => {
    for (const char of [
      "\u0000",
      "\u0001",
      "\u0008",
      "\u000b",
      "\u000c",
      "\u001b",
      "\u001f",
      "\u007f",
      "\u0085",
      "\u009b",
    ]) {
      expect(codeOf(`Bao bì${char}Sài Gòn`, "single_line"), JSON.stringify(char)).toBe(
        "text_control_character",
      );
      expect(codeOf(`Bao bì${char}Sài Gòn`, "multi_line"), JSON.stringify(char)).toBe(
        "text_control_character",
      );
    }
    expect(textProblem("ab\u0000c", "multi_line")?.message).toBe(
      "must not contain control characters (U+0000 at position 3)",
    );
  });

  it("allows tab and line breaks only in multi-line text", () => {
    for (const value of ["line one\nline two", "a\tb", "a\r\nb", "a\rb", "a\u2028b"]) {
      expect(codeOf(value, "multi_line"), JSON.stringify(value)).toBeUndefined();
      expect(codeOf(value, "single_line"), JSON.stringify(value)).toBe("text_line_break");
    }
  });

  it("refuses the bidi controls that reorder text, in names and in long text", () => {
    for (const char of [
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
    ]) {
      expect(codeOf(`Bao bì ${char}gpj.exe`, "single_line"), JSON.stringify(char)).toBe("text_bidi_control");
      expect(codeOf(`Giá ${char}00.1$`, "multi_line"), JSON.stringify(char)).toBe("text_bidi_control");
    }
    expect(textProblem("Bao bì \u202egpj.exe", "single_line")?.message).toBe(
      "must not contain text-direction overrides (U+202E at position 8)",
    );
  });

  it("refuses invisible direction marks in names but lets long text pasted from right-to-left documents keep them", () => {
    for (const char of ["\u200e", "\u200f", "\u061c"]) {
      expect(codeOf(`Minh${char}Phát`, "single_line"), JSON.stringify(char)).toBe("text_bidi_control");
      expect(codeOf(`Minh${char}Phát`, "multi_line"), JSON.stringify(char)).toBeUndefined();
    }
  });

  it("refuses lone surrogates and noncharacters, which the search highlights use as markers", () => {
    for (const value of ["a\ud800b", "a\udc00", "\ufdd0", "x\ufdefy", "\uffff", "\u{1fffe}", "\u{10ffff}"]) {
      expect(codeOf(value, "single_line"), JSON.stringify(value)).toBe("text_invalid_unicode");
      expect(codeOf(value, "multi_line"), JSON.stringify(value)).toBe("text_invalid_unicode");
    }
    expect(codeOf("\u{1f600}", "single_line")).toBeUndefined();
  });
});

describe("text schemas", () => {
  it("single-line text is trimmed, must not be blank and carries the reason's code", () => {
    const name = singleLineText(20);
    expect(name.parse("  Minh Phát ")).toBe("Minh Phát");
    expect(name.safeParse("   ").error?.issues[0]?.message).toBe("must not be empty");
    const refused = name.safeParse("Minh\u0000Phát");
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ params: { code: "text_control_character" } }),
    ]);
    expect(singleLineText(200, { min: 5 }).safeParse("abc").error?.issues[0]?.message).toBe(
      "must be at least 5 characters",
    );
  });

  it("multi-line text stores every line break as LF and may be empty", () => {
    const description = multiLineText(100);
    expect(description.parse(" one\r\ntwo\rthree\n ")).toBe("one\ntwo\nthree");
    expect(description.parse("")).toBe("");
    expect(multiLineText(100, { min: 1 }).safeParse(" ").success).toBe(false);
    expect(description.safeParse("Giá \u202e00.1$").error?.issues).toEqual([
      expect.objectContaining({ params: { code: "text_bidi_control" } }),
    ]);
  });

  it("links must be http or https with a domain name", () => {
    const link = httpUrl(300, "https://example.vn");
    expect(link.parse(" https://baobi-minhphat.vn/catalog?page=2 ")).toBe(
      "https://baobi-minhphat.vn/catalog?page=2",
    );
    expect(link.parse("http://example.vn")).toBe("http://example.vn");
    for (const value of [
      "javascript:alert(1)",
      "JavaScript:alert(document.cookie)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.vn/file",
      "https://javascript:alert(1)",
      "//example.vn",
      "example.vn",
    ]) {
      expect(link.safeParse(value).success, value).toBe(false);
    }
    expect(link.safeParse("javascript:alert(1)").error?.issues[0]?.message).toBe(
      "must be an http(s) URL such as https://example.vn",
    );
    expect(link.safeParse("https://example.vn/\u0000").error?.issues).toEqual([
      expect.objectContaining({ params: { code: "text_control_character" } }),
    ]);
  });
});
