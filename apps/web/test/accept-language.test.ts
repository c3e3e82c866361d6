import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "../lib/i18n/accept-language";

describe("first-visit language", () => {
  it("is Vietnamese without a header or for languages we do not serve", () => {
    expect(localeFromAcceptLanguage(null)).toBe("vi");
    expect(localeFromAcceptLanguage("")).toBe("vi");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.5")).toBe("vi");
  });

  it("follows the preferred served language by quality, then by order", () => {
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("vi-VN,vi;q=0.9,en;q=0.8")).toBe("vi");
    expect(localeFromAcceptLanguage("en;q=0.5,vi;q=0.8")).toBe("vi");
    expect(localeFromAcceptLanguage("ja,en;q=0.7,vi;q=0.6")).toBe("en");
  });

  it("ignores entries with a zero or malformed quality", () => {
    expect(localeFromAcceptLanguage("en;q=0,vi;q=0.1")).toBe("vi");
    expect(localeFromAcceptLanguage("en;q=abc")).toBe("vi");
  });
});
