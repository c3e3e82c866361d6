// The site's copy: one JSON file per locale under messages/, typed from the Vietnamese file. A test keeps the
// two files' keys identical, so a page never shows a key instead of words.
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import type { Locale } from "./locales";

export type Messages = typeof vi;

const byLocale: Record<Locale, Messages> = { vi, en };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}
