// When a supplier's person hears that new requests match the supplier (same-day alerts): the first alert leaves
// at once, what matches in the hour after an alert is gathered into the next one at the end of that hour, so a
// person gets at most two alerts about one supplier in any hour; quiet hours (their local clock) hold an alert
// until they end. Pure rules: the worker asks `nextAlertDue` and sends or waits.
import { z } from "zod";
import { isKnownTimeZone } from "../digest/digest-week.js";

/** The pause after an alert: matches arriving meanwhile wait for its end and go out as one email. */
export const alertGatherMs = 60 * 60_000;

/** A daily stretch of local time when alerts wait: `start` and `end` as HH:MM, crossing midnight when start > end. */
export interface QuietHours {
  start: string;
  end: string;
  timeZone: string;
}

export const defaultQuietHours: QuietHours = { start: "21:00", end: "07:00", timeZone: "Asia/Ho_Chi_Minh" };

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export const quietHoursSchema = z
  .object({
    start: z.string().regex(clockPattern, "a time of day as HH:MM (00:00–23:59)").describe("Local HH:MM"),
    end: z.string().regex(clockPattern, "a time of day as HH:MM (00:00–23:59)").describe("Local HH:MM"),
    timeZone: z
      .string()
      .max(64)
      .refine(isKnownTimeZone, "an IANA time zone such as Asia/Ho_Chi_Minh")
      .describe("IANA time zone the times are in"),
  })
  .strict()
  .refine((value) => value.start !== value.end, { message: "start and end must differ", path: ["end"] });

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone's wall clock is ahead of UTC at `at`. */
function zoneOffsetMinutes(at: Date, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** Whether the local time at `at` lies in the quiet hours (start included, end excluded). */
export function isInQuietHours(at: Date, quiet: QuietHours): boolean {
  const offset = zoneOffsetMinutes(at, quiet.timeZone);
  const local = (((Math.floor(at.getTime() / 60_000) + offset) % 1440) + 1440) % 1440;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  return start < end ? local >= start && local < end : local >= start || local < end;
}

/** The moment the quiet hours holding `at` end; `at` itself when it is not in them. */
export function quietHoursEnd(at: Date, quiet: QuietHours): Date {
  if (!isInQuietHours(at, quiet)) return at;
  const offset = zoneOffsetMinutes(at, quiet.timeZone);
  const localMs = at.getTime() + offset * 60_000;
  const dayMs = 86_400_000;
  const localMidnight = Math.floor(localMs / dayMs) * dayMs;
  let endLocal = localMidnight + minutesOf(quiet.end) * 60_000;
  if (endLocal <= localMs) endLocal += dayMs;
  // Convert back with the offset in force at the end (a daylight-saving change during the night moves it).
  const guess = endLocal - offset * 60_000;
  return new Date(endLocal - zoneOffsetMinutes(new Date(guess), quiet.timeZone) * 60_000);
}

/**
 * When the next alert to a person about a supplier may leave: now for the first, the end of the pause after the
 * last one otherwise, and never inside the person's quiet hours (`null`: they turned them off).
 */
export function nextAlertDue(input: {
  now: Date;
  lastSentAt: Date | null;
  quietHours: QuietHours | null;
  gatherMs?: number;
}): Date {
  const gatherMs = input.gatherMs ?? alertGatherMs;
  let due = input.now;
  if (input.lastSentAt !== null) {
    const pauseEnd = input.lastSentAt.getTime() + gatherMs;
    if (pauseEnd > due.getTime()) due = new Date(pauseEnd);
  }
  return input.quietHours ? quietHoursEnd(due, input.quietHours) : due;
}
