import { describe, expect, it } from "vitest";
import {
  alertGatherMs,
  defaultQuietHours,
  isInQuietHours,
  nextAlertDue,
  notificationPreferencesChangeSchema,
  quietHoursEnd,
  quietHoursSchema,
} from "../src/notifications/index.js";

// Ho Chi Minh City is UTC+7 all year: 21:00 there is 14:00 UTC, 07:00 is 00:00 UTC.
const utc = (iso: string) => new Date(`${iso}Z`);

describe("quiet hours", () => {
  it("holds the evening and the early morning in Ho Chi Minh City, not the day", () => {
    expect(isInQuietHours(utc("2026-12-05T13:59:59"), defaultQuietHours)).toBe(false); // 20:59:59
    expect(isInQuietHours(utc("2026-12-05T14:00:00"), defaultQuietHours)).toBe(true); // 21:00
    expect(isInQuietHours(utc("2026-12-05T20:00:00"), defaultQuietHours)).toBe(true); // 03:00
    expect(isInQuietHours(utc("2026-12-05T23:59:00"), defaultQuietHours)).toBe(true); // 06:59
    expect(isInQuietHours(utc("2026-12-06T00:00:00"), defaultQuietHours)).toBe(false); // 07:00
  });

  it("ends at the next local end time, the same night whether before or after midnight", () => {
    expect(quietHoursEnd(utc("2026-12-05T15:30:00"), defaultQuietHours)).toEqual(utc("2026-12-06T00:00:00"));
    expect(quietHoursEnd(utc("2026-12-05T18:00:00"), defaultQuietHours)).toEqual(utc("2026-12-06T00:00:00"));
    const daytime = utc("2026-12-05T05:00:00");
    expect(quietHoursEnd(daytime, defaultQuietHours)).toBe(daytime);
  });

  it("handles a stretch within one day and another zone", () => {
    const lunch = { start: "12:00", end: "13:30", timeZone: "Asia/Tokyo" }; // UTC+9
    expect(isInQuietHours(utc("2026-12-05T03:15:00"), lunch)).toBe(true);
    expect(quietHoursEnd(utc("2026-12-05T03:15:00"), lunch)).toEqual(utc("2026-12-05T04:30:00"));
    expect(isInQuietHours(utc("2026-12-05T04:30:00"), lunch)).toBe(false);
  });

  it("follows a daylight-saving change during the night", () => {
    // Berlin leaves summer time on 2026-10-25 at 03:00 local: 07:00 that morning is 06:00 UTC, not 05:00.
    const night = { start: "22:00", end: "07:00", timeZone: "Europe/Berlin" };
    expect(quietHoursEnd(utc("2026-10-24T21:00:00"), night)).toEqual(utc("2026-10-25T06:00:00"));
  });

  it("refuses malformed settings, naming the field", () => {
    expect(
      quietHoursSchema.safeParse({ start: "21:00", end: "07:00", timeZone: "Asia/Ho_Chi_Minh" }).success,
    ).toBe(true);
    const badClock = quietHoursSchema.safeParse({
      start: "25:00",
      end: "07:00",
      timeZone: "Asia/Ho_Chi_Minh",
    });
    expect(badClock.error?.issues[0]?.path).toEqual(["start"]);
    const badZone = quietHoursSchema.safeParse({ start: "21:00", end: "07:00", timeZone: "Mars/Olympus" });
    expect(badZone.error?.issues[0]?.path).toEqual(["timeZone"]);
    const empty = quietHoursSchema.safeParse({ start: "07:00", end: "07:00", timeZone: "Asia/Ho_Chi_Minh" });
    expect(empty.error?.issues[0]?.path).toEqual(["end"]);
    expect(notificationPreferencesChangeSchema.safeParse({ quietHours: null }).success).toBe(true);
  });
});

describe("nextAlertDue", () => {
  const noon = utc("2026-12-05T05:00:00"); // 12:00 in Ho Chi Minh City

  it("sends the first alert now", () => {
    expect(nextAlertDue({ now: noon, lastSentAt: null, quietHours: defaultQuietHours })).toBe(noon);
  });

  it("gathers what comes in the hour after an alert into one more at the end of that hour", () => {
    const last = new Date(noon.getTime() - 10 * 60_000);
    expect(nextAlertDue({ now: noon, lastSentAt: last, quietHours: null })).toEqual(
      new Date(last.getTime() + alertGatherMs),
    );
    const longAgo = new Date(noon.getTime() - 2 * alertGatherMs);
    expect(nextAlertDue({ now: noon, lastSentAt: longAgo, quietHours: null })).toBe(noon);
  });

  it("never lets three alerts fall within one hour", () => {
    // Matches every minute for three hours: the emails that would leave are at least an hour apart.
    const sent: number[] = [];
    for (let minute = 0; minute < 180; minute++) {
      const now = new Date(noon.getTime() + minute * 60_000);
      const last = sent.at(-1);
      const due = nextAlertDue({ now, lastSentAt: last ? new Date(last) : null, quietHours: null });
      if (due.getTime() <= now.getTime()) {
        sent.push(now.getTime());
      }
    }
    for (let i = 2; i < sent.length; i++) {
      expect((sent[i] as number) - (sent[i - 2] as number)).toBeGreaterThan(alertGatherMs);
    }
    expect(sent.length).toBe(3);
  });

  it("holds an alert due in quiet hours until they end, and sends at any hour when they are off", () => {
    const evening = utc("2026-12-05T15:00:00"); // 22:00
    expect(nextAlertDue({ now: evening, lastSentAt: null, quietHours: defaultQuietHours })).toEqual(
      utc("2026-12-06T00:00:00"),
    );
    expect(nextAlertDue({ now: evening, lastSentAt: null, quietHours: null })).toBe(evening);
    // The pause after a 20:30 alert ends at 21:30, inside the quiet hours: the gathered alert waits for 07:00.
    const lastAt = utc("2026-12-05T13:30:00");
    expect(
      nextAlertDue({ now: utc("2026-12-05T13:45:00"), lastSentAt: lastAt, quietHours: defaultQuietHours }),
    ).toEqual(utc("2026-12-06T00:00:00"));
  });
});
