// Dates, numbers and prices the way each reader writes them: 20/12/2026 and 12.500 in Vietnamese, 20 Dec 2026
// and 12,500 in English. Times are Ho Chi Minh City's, where the marketplace's deadlines are meant.
import { type Language, quantityUnitName } from "@ketnoi/domain";

const timeZone = "Asia/Ho_Chi_Minh";

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }),
};
const dateTimeFormats: Record<Language, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
};
const numberFormats: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

/** A calendar date (YYYY-MM-DD) as the reader writes it. */
export function formatDate(date: string, lang: Language): string {
  return dateFormats[lang].format(new Date(`${date}T00:00:00Z`));
}

/** A moment, in Ho Chi Minh City time. */
export function formatDateTime(at: Date, lang: Language): string {
  return dateTimeFormats[lang].format(at);
}

export function formatNumber(value: number, lang: Language): string {
  return numberFormats[lang].format(value);
}

/** "12.500 VND / thùng" or "12,500 VND / carton": per unit of the request's quantity. */
export function formatUnitPrice(
  price: { amount: number; currency: string },
  unit: string,
  lang: Language,
): string {
  return `${formatNumber(price.amount, lang)} ${price.currency} / ${quantityUnitName(unit, lang)}`;
}

/** English needs the plural; Vietnamese nouns do not change. */
export function counted(count: number, lang: Language, vi: string, en: [string, string]): string {
  return lang === "vi"
    ? `${formatNumber(count, lang)} ${vi}`
    : `${formatNumber(count, lang)} ${count === 1 ? en[0] : en[1]}`;
}

/**
 * Collapses all whitespace, line breaks included, to single spaces. Names and titles come from users; this keeps
 * them from breaking the subject header or forging lines in the text part.
 */
export function singleLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

export type DurationUnit = "minute" | "hour" | "day";

const durationUnits: Record<Language, Record<DurationUnit, readonly [one: string, other: string]>> = {
  // Vietnamese nouns do not inflect for number.
  vi: { minute: ["phút", "phút"], hour: ["giờ", "giờ"], day: ["ngày", "ngày"] },
  en: { minute: ["minute", "minutes"], hour: ["hour", "hours"], day: ["day", "days"] },
};

/** "24 giờ", "1 hour", "7 days": how long a link stays valid, in the reader's language. */
export function formatDuration(lang: Language, amount: number, unit: DurationUnit): string {
  const [one, other] = durationUnits[lang][unit];
  return `${amount} ${amount === 1 ? one : other}`;
}
