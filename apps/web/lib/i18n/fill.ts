// Filling the catalogues' templates: `{name}` placeholders and plural forms. Apart from messages.ts so a client
// component can use them without importing the catalogues themselves (both would ship to the browser).
import { intlLocale, type Locale } from "./locales";

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
