// Canonical and alternate-language links and Open Graph tags for a public page, from one function that says
// where the page lives in each locale.
import type { Metadata } from "next";
import { type Locale, locales } from "./i18n/locales";

const openGraphLocale: Record<Locale, string> = { vi: "vi_VN", en: "en_GB" };

export function pageMetadata(options: {
  locale: Locale;
  /** The page's path in a locale, e.g. (l) => `/${l}/suppliers/123`. */
  pathIn: (locale: Locale) => string;
  title: string;
  description?: string;
  siteName: string;
}): Metadata {
  const { locale, pathIn } = options;
  return {
    title: options.title,
    ...(options.description ? { description: options.description } : {}),
    alternates: {
      canonical: pathIn(locale),
      languages: {
        ...Object.fromEntries(locales.map((other) => [other, pathIn(other)])),
        "x-default": pathIn("vi"),
      },
    },
    openGraph: {
      type: "website",
      siteName: options.siteName,
      title: options.title,
      ...(options.description ? { description: options.description } : {}),
      url: pathIn(locale),
      locale: openGraphLocale[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => openGraphLocale[other]),
    },
  };
}
