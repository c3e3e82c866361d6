// The public pages in both languages, each with its alternate. Supplier profiles are not listed yet: the API
// pages through at most 10,000 profiles, and a 100k-supplier sitemap needs an index of sitemaps fed by a
// cheap id/updatedAt listing that the API does not offer.
import type { MetadataRoute } from "next";
import { webConfig } from "../lib/config";
import { type Locale, locales } from "../lib/i18n/locales";

export const dynamic = "force-dynamic";

const pages: ((locale: Locale) => string)[] = [(l) => `/${l}`, (l) => `/${l}/suppliers`];

export default function sitemap(): MetadataRoute.Sitemap {
  const base = webConfig().PUBLIC_URL;
  const absolute = (path: string) => new URL(path, base).toString();
  return pages.flatMap((pathIn) =>
    locales.map((locale) => ({
      url: absolute(pathIn(locale)),
      alternates: { languages: Object.fromEntries(locales.map((other) => [other, absolute(pathIn(other))])) },
    })),
  );
}
