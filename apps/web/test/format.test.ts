import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatNumber, formatQuantity } from "../lib/format";

// Intl output uses narrow no-break spaces in places; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatting for vi-VN and en", () => {
  it("writes VND without decimals in both languages", () => {
    expect(plain(formatMoney("vi", 12_500_000))).toBe("12.500.000 ₫");
    expect(plain(formatMoney("vi", 12_500_000.6))).toBe("12.500.001 ₫");
    expect(plain(formatMoney("en", 12_500_000))).toBe("₫12,500,000");
  });

  it("keeps two decimals for currencies that have them", () => {
    expect(plain(formatMoney("en", 1234.5, "USD"))).toBe("US$1,234.50");
    expect(plain(formatMoney("vi", 1234.5, "USD"))).toBe("1.234,50 US$");
  });

  it("groups thousands with dots and decimals with a comma in Vietnamese", () => {
    expect(formatNumber("vi", 1_234_567.89)).toBe("1.234.567,89");
    expect(formatNumber("en", 1_234_567.89)).toBe("1,234,567.89");
  });

  it("shows dates in Ho Chi Minh City time: a UTC evening is already the next day there", () => {
    expect(formatDate("vi", "2026-12-03T18:30:00Z")).toBe("04/12/2026");
    expect(formatDate("en", "2026-12-03T18:30:00Z")).toBe("4 Dec 2026");
    expect(plain(formatDateTime("vi", "2026-12-03T18:30:00Z"))).toBe("01:30 04/12/2026");
  });

  it("reads a calendar date as that day, whatever the server's time zone", () => {
    expect(formatDate("vi", "2027-01-31")).toBe("31/01/2027");
    expect(formatDate("en", "2027-01-31")).toBe("31 Jan 2027");
  });

  it("names quantity units in the page's language", () => {
    expect(formatQuantity("vi", { value: 500_000, unit: "pieces" })).toBe("500.000 cái");
    expect(formatQuantity("en", { value: 500_000, unit: "cartons" })).toBe("500,000 cartons");
    expect(formatQuantity("en", { value: 3, unit: "barrels" })).toBe("3 barrels");
  });
});
