// The language of a page whose URL carries none (the signed-in pages' login redirect, server actions): the
// browser's preference.
import { headers } from "next/headers";
import { localeFromAcceptLanguage } from "./i18n/accept-language";
import { isLocale, type Locale } from "./i18n/locales";

export async function browserLocale(): Promise<Locale> {
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

/** A locale a form posted (a hidden field), or the browser's. */
export async function postedLocale(value: FormDataEntryValue | null): Promise<Locale> {
  return typeof value === "string" && isLocale(value) ? value : browserLocale();
}
