// The languages of the site. Vietnamese first: it is the default for anyone whose browser states no preference
// we serve.
export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl formatting: Vietnamese as written in Vietnam; English with day-first dates (4 Dec 2026). */
export const intlLocale: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** Everything shown to people is in Ho Chi Minh City time, wherever the server runs. */
export const timeZone = "Asia/Ho_Chi_Minh";
