// Numbers, money, dates and distances as people in Vietnam (vi-VN) or English readers expect them, always in
// Ho Chi Minh City time.
import { quantityUnitName } from "@ketnoi/domain/units";
import { intlLocale, type Locale, timeZone } from "./i18n/locales";

// Building an Intl formatter costs a few hundred microseconds and a search page formats dozens of numbers: each
// formatter is made once per process and options, then reused (they are immutable).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function memo<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 2): string {
  return memo(
    `number:${locale}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits }),
  ).format(value);
}

/** VND has no minor unit in use: never decimals. Other currencies keep their usual two. */
export function formatMoney(locale: Locale, amount: number, currency = "VND"): string {
  const wholeOnly = currency === "VND";
  return memo(
    `money:${locale}:${currency}`,
    () =>
      new Intl.NumberFormat(intlLocale[locale], {
        style: "currency",
        currency,
        ...(wholeOnly ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      }),
  ).format(amount);
}

/** A calendar date: 04/12/2026 in Vietnamese, 4 Dec 2026 in English. Accepts ISO dates and timestamps. */
export function formatDate(locale: Locale, value: string | Date): string {
  const date = typeof value === "string" ? parseDateValue(value) : value;
  return memo(
    `date:${locale}`,
    () =>
      new Intl.DateTimeFormat(
        intlLocale[locale],
        locale === "vi"
          ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone }
          : { day: "numeric", month: "short", year: "numeric", timeZone },
      ),
  ).format(date);
}

/** Date and time of day, e.g. 04/12/2026 14:05 or 4 Dec 2026, 14:05. */
export function formatDateTime(locale: Locale, value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return memo(
    `datetime:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlLocale[locale], {
        day: locale === "vi" ? "2-digit" : "numeric",
        month: locale === "vi" ? "2-digit" : "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone,
      }),
  ).format(date);
}

export function formatDistanceKm(locale: Locale, km: number): string {
  return `${formatNumber(locale, km, km < 10 ? 1 : 0)} km`;
}

/** A quantity with its unit as the API stores it ("pieces", "kg", "m2"), in the page's words. */
export function formatQuantity(locale: Locale, quantity: { value: number; unit: string }): string {
  return `${formatNumber(locale, quantity.value)} ${quantityUnitName(quantity.unit, locale)}`;
}

/** "2026-12-04" is a calendar date, not midnight UTC: read it as noon in Ho Chi Minh City so it never shifts. */
function parseDateValue(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
}

/** A file's size in kB or MB (1 MB = 1 000 000 bytes), as a download list shows it. */
export function formatFileSize(locale: Locale, bytes: number): string {
  if (bytes < 1_000_000) return `${formatNumber(locale, Math.max(1, Math.round(bytes / 1000)))} kB`;
  return `${formatNumber(locale, bytes / 1_000_000, 1)} MB`;
}
