// The site's copy: one JSON file per locale under messages/, typed from the Vietnamese file. A test keeps the
// two files' keys identical, so a page never shows a key instead of words.
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import { intlLocale, type Locale } from "./locales";

export type Messages = typeof vi;

const byLocale: Record<Locale, Messages> = { vi, en };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

type Values = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

// Made once: building plural rules costs tens of microseconds, and a listing asks for dozens.
const pluralRules: Record<Locale, Intl.PluralRules> = {
  vi: new Intl.PluralRules(intlLocale.vi),
  en: new Intl.PluralRules(intlLocale.en),
};

/** Messages that change with a count: Intl plural categories, `other` required (all Vietnamese needs). */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export function plural(locale: Locale, message: PluralMessage, count: number, values: Values = {}): string {
  const category = pluralRules[locale].select(count);
  return fill(message[category] ?? message.other, { count, ...values });
}
