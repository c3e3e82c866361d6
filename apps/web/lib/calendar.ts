// Calendar days in Ho Chi Minh City: "còn 3 ngày" counts dates, not 24-hour periods.
import { timeZone } from "./i18n/locales";

const dateOnly = new Intl.DateTimeFormat("en-CA", { timeZone });

function dayNumber(at: Date): number {
  return Date.parse(`${dateOnly.format(at)}T00:00:00Z`) / 86_400_000;
}

/** Calendar days from `from` to `to` in Ho Chi Minh City (0 on the same date). */
export function daysBetween(from: Date, to: Date): number {
  return dayNumber(to) - dayNumber(from);
}
