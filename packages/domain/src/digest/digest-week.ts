// Which digest week a moment falls in, and whether a recipient's preferred day has come, in the digest's time
// zone: a digest sent on Monday 08:00 in Ho Chi Minh City is still Sunday in UTC.

export const digestDays = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type DigestDay = (typeof digestDays)[number];

export interface DigestPeriod {
  /** ISO week of the local date, e.g. `2026-W49`; the ledger allows one digest per recipient and week key. */
  weekKey: string;
  /** YYYY-MM-DD in the digest's time zone. */
  localDate: string;
  /** ISO weekday of the local date: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const weekdayNumbers: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone this runtime knows (for validating configuration). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** ISO 8601 week of a calendar date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekKey(localDate: string): string {
  const [year, month, day] = localDate.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of the same week decides the week's year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

export function digestPeriod(at: Date, timeZone: string): DigestPeriod {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const localDate = `${parts.year}-${parts.month}-${parts.day}`;
  return { weekKey: isoWeekKey(localDate), localDate, weekday: weekdayNumbers[parts.weekday ?? ""] ?? 1 };
}

/**
 * Whether a recipient who prefers `day` is due on ISO weekday `weekday`. A run serves everyone whose day has come
 * this week and who has no digest for it yet, so a run that did not happen on someone's day (worker down, SMTP
 * outage) is caught up by the next one instead of skipping that person's week.
 */
export function isDigestDue(day: DigestDay, weekday: number): boolean {
  return digestDays.indexOf(day) + 1 <= weekday;
}

/** The preferred days due on ISO weekday `weekday`, for a database filter. */
export function dueDigestDays(weekday: number): DigestDay[] {
  return digestDays.filter((day) => isDigestDue(day, weekday));
}
