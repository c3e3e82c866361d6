import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../src/index.js";

describe("calendar dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2027-01-02", -3)).toBe("2026-12-30");
  });

  it("counts whole days between two dates, negative when the second is earlier", () => {
    expect(daysBetween("2026-12-01", "2027-01-15")).toBe(45);
    expect(daysBetween("2027-01-15", "2026-12-01")).toBe(-45);
    expect(daysBetween("2026-12-01", "2026-12-01")).toBe(0);
  });
});
