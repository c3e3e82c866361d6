// One industrial zone: what and where it is, on the map among the others, the suppliers located in it (paged),
// and the zones nearby. Reached from the zone list, the map, a supplier's profile and the sitemap.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "../../../../components/breadcrumbs";
import { Notice, UnavailablePage } from "../../../../components/notice";
import { SupplierListing } from "../../../../components/supplier-listing";
import { Badge } from "../../../../components/ui/badge";
import { Card, CardHeading } from "../../../../components/ui/card";
import { ZoneMap } from "../../../../components/zone-map";
import { namesFrom, referenceData, searchSuppliers, zoneName } from "../../../../lib/directory";
import { formatDistanceKm, formatNumber } from "../../../../lib/format";
import { fill } from "../../../../lib/i18n/fill";
import { isLocale } from "../../../../lib/i18n/locales";
import { messagesFor } from "../../../../lib/i18n/messages";
import { formerProvinceWorthNaming, provinceName } from "../../../../lib/provinces";
import { emptySearch, parsePage, type SearchField, searchHref } from "../../../../lib/search-params";
import { pageMetadata } from "../../../../lib/seo";
import { mapZone, nearestZones, zoneHref } from "../../../../lib/zones";

type PageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const nearbyCount = 6;
const nearRadiusKm = 25;

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  const zone = (await referenceData())?.zonesById.get(id);
  const messages = messagesFor(locale);
  if (!zone) return { title: messages.notFound.heading };
  const page = parsePage(await searchParams, []);
  const title = zoneName(locale, zone);
  return pageMetadata({
    locale,
    pathIn: (l) => `${zoneHref(l, zone.id)}${page > 1 ? `?page=${page}` : ""}`,
    title: page > 1 ? fill(messages.meta.pageSuffix, { title, page }) : title,
    description: fill(messages.meta.zoneDescription, {
      zone: title,
      province: provinceName(locale, zone.province2025),
    }),
    siteName: messages.meta.siteName,
  });
}

export default async function ZonePage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const messages = messagesFor(locale);
  const z = messages.zones;
  const reference = await referenceData();
  if (!reference) {
    return <UnavailablePage heading={messages.nav.zones} message={z.unavailable} />;
  }
  const zone = reference.zonesById.get(id);
  if (!zone) notFound();
  const ignored: SearchField[] = [];
  const page = parsePage(await searchParams, ignored);
  const outcome = await searchSuppliers({ ...emptySearch, zone: zone.id, page }, { facets: false, locale });
  const names = namesFrom(locale, reference);
  const name = zoneName(locale, zone);
  const former = formerProvinceWorthNaming(zone.province2025, zone.formerProvince);
  const nearby = nearestZones(reference.zones, zone, nearbyCount, zone.id);
  const nearSearch = searchHref(locale, { ...emptySearch, near: zone.id, radiusKm: nearRadiusKm });

  return (
    <div className="space-y-8">
      <Breadcrumbs
        messages={messages}
        trail={[
          { label: messages.nav.zones, href: `/${locale}/zones` },
          { label: name, href: zoneHref(locale, zone.id) },
        ]}
      />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold leading-tight break-words">{name}</h1>
        <p className="flex flex-wrap gap-2">
          <Badge tone="info">{z.kind[zone.kind]}</Badge>
          <Badge tone={zone.status === "operating" ? "success" : "neutral"}>{z.status[zone.status]}</Badge>
        </p>
        <p className="text-lg">
          {provinceName(locale, zone.province2025)}
          {former ? ` (${fill(z.formerProvince, { province: provinceName(locale, former) })})` : ""}
        </p>
        <p>
          <a href={nearSearch} className="inline-flex min-h-11 items-center text-lg font-semibold">
            {z.searchNear}
          </a>
        </p>
      </header>
      {ignored.length > 0 ? (
        <Notice>
          {fill(messages.search.invalidParameters, {
            fields: ignored.map((field) => messages.search.fields[field]).join(", "),
          })}
        </Notice>
      ) : null}

      <div className="grid gap-6 md:grid-cols-[1fr_20rem]">
        <SupplierListing
          id="zone-suppliers"
          heading={z.suppliersHeading}
          locale={locale}
          messages={messages}
          names={names}
          outcome={outcome}
          page={page}
          hrefFor={(p) => `${zoneHref(locale, zone.id)}${p > 1 ? `?page=${p}` : ""}`}
          empty={
            <p>
              {z.suppliersNone} <a href={nearSearch}>{z.searchNear}</a>
            </p>
          }
        />
        <div className="space-y-6">
          <Card aria-labelledby="zone-facts">
            <CardHeading id="zone-facts">{z.facts}</CardHeading>
            <dl className="space-y-3">
              <Fact label={z.province}>{provinceName(locale, zone.province2025)}</Fact>
              {zone.formerDistrict ? <Fact label={z.district}>{zone.formerDistrict}</Fact> : null}
              {zone.areaHa ? (
                <Fact label={z.area}>
                  {fill(z.areaValue, { area: formatNumber(locale, zone.areaHa, 0) })}
                </Fact>
              ) : null}
              {zone.operator ? <Fact label={z.operator}>{zone.operator}</Fact> : null}
              {zone.mainIndustries ? <Fact label={z.industries}>{zone.mainIndustries}</Fact> : null}
              <Fact label={z.position}>
                {`${formatNumber(locale, zone.lat, 3)}° N, ${formatNumber(locale, zone.lng, 3)}° E (${
                  zone.coordQuality === "estimated" ? z.positionEstimated : z.positionSource
                })`}
              </Fact>
              {zone.sourceUrl ? (
                <Fact label={z.source}>
                  <a href={zone.sourceUrl} rel="nofollow noopener noreferrer" className="break-all">
                    {hostOf(zone.sourceUrl)}
                  </a>
                </Fact>
              ) : null}
            </dl>
          </Card>
          <Card aria-labelledby="zone-nearby">
            <CardHeading id="zone-nearby">{z.nearbyHeading}</CardHeading>
            <ul className="divide-y divide-line-soft">
              {nearby.map(({ zone: other, km }) => (
                <li key={other.id} className="flex items-center justify-between gap-3">
                  <a href={zoneHref(locale, other.id)} className="inline-flex min-h-11 items-center">
                    {zoneName(locale, other)}
                  </a>
                  <span className="shrink-0 text-muted">{formatDistanceKm(locale, km)}</span>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm text-muted">{z.nearbyNote}</p>
          </Card>
        </div>
      </div>

      <section aria-labelledby="zone-map-heading" className="space-y-3">
        <h2 id="zone-map-heading" className="text-2xl font-bold">
          {z.mapHeading}
        </h2>
        <ZoneMap
          locale={locale}
          messages={messages}
          zones={reference.zones.map((other) => mapZone(locale, other))}
          highlighted={mapZone(locale, zone)}
          description={fill(messages.map.highlightDescription, { zone: name })}
          listHref={`/${locale}/zones#zone-list`}
        />
      </section>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-0.5 break-words">{children}</dd>
    </div>
  );
}

/** A source's site name rather than its whole address; the address itself if it is not a URL. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
