// Every industrial zone: a map that works offline and, as its text alternative, the list by province with how
// many suppliers each has. This is how a buyer who knows "their" zone finds the suppliers around it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnavailablePage } from "../../../components/notice";
import { ZoneMap } from "../../../components/zone-map";
import { referenceData, searchSuppliers } from "../../../lib/directory";
import { formatNumber } from "../../../lib/format";
import { fill, plural } from "../../../lib/i18n/fill";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";
import { formerProvinceWorthNaming, provinceName } from "../../../lib/provinces";
import { emptySearch } from "../../../lib/search-params";
import { pageMetadata } from "../../../lib/seo";
import { mapZone, zoneHref, zonesByProvince } from "../../../lib/zones";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const messages = messagesFor(locale);
  const zones = (await referenceData())?.zones ?? [];
  return pageMetadata({
    locale,
    pathIn: (l) => `/${l}/zones`,
    title: messages.meta.zonesTitle,
    description: fill(messages.meta.zonesDescription, { count: zones.length }),
    siteName: messages.meta.siteName,
  });
}

export default async function ZonesPage({ params }: PageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const messages = messagesFor(locale);
  const z = messages.zones;
  const [reference, counts] = await Promise.all([
    referenceData(),
    searchSuppliers(emptySearch, { pageSize: 1 }),
  ]);
  if (!reference) {
    return <UnavailablePage heading={z.heading} message={z.unavailable} />;
  }
  const formerName = (current: string, former: string) => {
    const worth = formerProvinceWorthNaming(current, former);
    return worth ? fill(z.formerProvince, { province: provinceName(locale, worth) }) : undefined;
  };
  const perZone = counts.kind === "results" ? (counts.result.facets.zoneId ?? {}) : undefined;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold leading-tight">{z.heading}</h1>
        <p className="text-lg">{z.lead}</p>
      </header>
      <ZoneMap
        locale={locale}
        messages={messages}
        zones={reference.zones.map((zone) => mapZone(locale, zone))}
        description={fill(messages.map.description, { count: reference.zones.length })}
        listHref="#zone-list"
      />
      <section aria-labelledby="zone-list" className="space-y-6">
        <h2 id="zone-list" className="text-2xl font-bold">
          {z.listHeading}
        </h2>
        {zonesByProvince(locale, reference.zones).map(({ province, zones }) => (
          <section key={province} aria-labelledby={`province-${province}`}>
            <h3 id={`province-${province}`} className="text-xl font-bold">
              {provinceName(locale, province)}
            </h3>
            <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
              {zones.map((zone) => {
                const count = perZone?.[zone.id] ?? 0;
                return (
                  <li key={zone.id} className="border-b border-line-soft py-2">
                    <a
                      href={zoneHref(locale, zone.id)}
                      className="inline-flex min-h-11 items-center font-semibold"
                    >
                      {locale === "vi" ? zone.nameVi : zone.nameEn}
                    </a>
                    <p className="text-sm text-muted">
                      {[
                        z.kind[zone.kind],
                        formerName(zone.province2025, zone.formerProvince),
                        perZone
                          ? count > 0
                            ? plural(locale, messages.directory.supplierCount, count, {
                                count: formatNumber(locale, count),
                              })
                            : messages.directory.noSuppliers
                          : undefined,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}
