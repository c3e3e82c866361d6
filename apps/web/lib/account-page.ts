// What every account page shares: its locale from the URL (404 for any other), and metadata that keeps it out
// of search engines (pages about one person's account are nothing to index).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./i18n/locales";
import { type Messages, messagesFor } from "./i18n/messages";

export type LocaleParams = { params: Promise<{ locale: string }> };

export async function accountPageLocale({
  params,
}: LocaleParams): Promise<{ locale: Locale; messages: Messages }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, messages: messagesFor(locale) };
}

export function accountPageMetadata(title: string): Metadata {
  return { title, robots: { index: false, follow: false } };
}
