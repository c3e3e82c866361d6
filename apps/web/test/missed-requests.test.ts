import { describe, expect, it } from "vitest";
import { formatFileSize } from "../lib/format";
import { messagesFor } from "../lib/i18n/messages";
import { gapLine } from "../lib/missed-requests";

describe("gapLine", () => {
  it("says what a gap costs in the supplier's language, with the deciding figures", () => {
    const gap = {
      kind: "lead_time_too_long",
      requests: 3,
      statedDays: 21,
      longestDaysAvailable: 10,
    } as const;
    expect(gapLine(gap, "vi", messagesFor("vi"))).toBe(
      "3 yêu cầu cần giao trong vòng 10 ngày, bạn ghi 21 ngày",
    );
    expect(gapLine(gap, "en", messagesFor("en"))).toBe("3 need delivery within 10 days and you state 21");
  });

  it("names the certification and counts in the plural English needs", () => {
    const one = { kind: "certification_missing", code: "fsc", name: "FSC", requests: 1 } as const;
    const seven = { ...one, requests: 7 };
    expect(gapLine(one, "en", messagesFor("en"))).toBe("1 open request needs FSC, which your profile lacks");
    expect(gapLine(seven, "en", messagesFor("en"))).toBe(
      "7 open requests need FSC, which your profile lacks",
    );
    expect(gapLine(seven, "vi", messagesFor("vi"))).toBe(
      "7 yêu cầu cần chứng nhận FSC, hồ sơ của bạn chưa có",
    );
  });

  it("formats quantities and distances as the page does", () => {
    const capacity = {
      kind: "capacity_too_small",
      requests: 2,
      stated: { value: 30_000, unit: "pieces" },
      largestNeed: { value: 120_000, unit: "pieces" },
    } as const;
    expect(gapLine(capacity, "vi", messagesFor("vi"))).toBe(
      "2 yêu cầu cần nhiều hơn công suất 30.000 cái mỗi tháng của bạn (lớn nhất 120.000 cái)",
    );
    const radius = { kind: "outside_delivery_radius", requests: 1, statedKm: 30, farthestKm: 42.5 } as const;
    expect(gapLine(radius, "en", messagesFor("en"))).toBe(
      "1 buyer is beyond your 30 km delivery radius (up to 43 km)",
    );
  });
});

describe("formatFileSize", () => {
  it("shows kB below a megabyte and MB with one decimal above", () => {
    expect(formatFileSize("en", 420)).toBe("1 kB");
    expect(formatFileSize("vi", 48_200)).toBe("48 kB");
    expect(formatFileSize("vi", 2_450_000)).toBe("2,5 MB");
  });
});
