// The public pages in both languages, each with its alternate: home, search, the zone and category indexes and
// every zone's and category's page. Supplier profiles are not listed yet: the API pages through at most 10,000
// profiles, and a 100k-supplier sitemap needs an index of sitemaps fed by a cheap id/updatedAt listing that the
// API does not offer. The zone and category pages link to every profile, so crawlers reach them through those.
import type { MetadataRoute } from "next";
import { webConfig } from "../lib/config";
import { referenceData } from "../lib/directory";
import { type Locale, locales } from "../lib/i18n/locales";

export const dynamic = "force-dynamic";

const fixedPages: ((locale: Locale) => string)[] = [
  (l) => `/${l}`,
  (l) => `/${l}/suppliers`,
  (l) => `/${l}/zones`,
  (l) => `/${l}/categories`,
];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = webConfig().PUBLIC_URL;
  const absolute = (path: string) => new URL(path, base).toString();
  const reference = await referenceData();
  const pages = [
    ...fixedPages,
    ...(reference?.zones ?? []).map((zone) => (l: Locale) => `/${l}/zones/${encodeURIComponent(zone.id)}`),
    ...[...(reference?.categories.keys() ?? [])].map(
      (code) => (l: Locale) => `/${l}/categories/${encodeURIComponent(code)}`,
    ),
  ];
  return pages.flatMap((pathIn) =>
    locales.map((locale) => ({
      url: absolute(pathIn(locale)),
      alternates: { languages: Object.fromEntries(locales.map((other) => [other, absolute(pathIn(other))])) },
    })),
  );
}
