// A supplier's public profile: what they make and with what, how much and how fast, its photos, certificates
// and their state (a scan on file opens only for the supplier and admins), where they are. Contact details stay
// with logged-in verified buyers (the API decides).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { InviteToQuoteCard } from "../../../../components/requests/invite-to-quote-card";
import { Badge, type BadgeTone } from "../../../../components/ui/badge";
import { Card, CardHeading } from "../../../../components/ui/card";
import { api } from "../../../../lib/api";
import { type CertificationState, certificationState } from "../../../../lib/certification-state";
import { webConfig } from "../../../../lib/config";
import {
  getSupplierProfile,
  zoneName as nameOfZone,
  referenceData,
  type SupplierProfile,
} from "../../../../lib/directory";
import { webFileLink } from "../../../../lib/file-links";
import { formatDate, formatDistanceKm, formatNumber, formatQuantity } from "../../../../lib/format";
import { fill } from "../../../../lib/i18n/fill";
import { intlLocale, isLocale, type Locale } from "../../../../lib/i18n/locales";
import { type Messages, messagesFor } from "../../../../lib/i18n/messages";
import { organizationJsonLd, serializeJsonLd } from "../../../../lib/json-ld";
import { formerProvinceWorthNaming, provinceName } from "../../../../lib/provinces";
import { pageMetadata } from "../../../../lib/seo";
import { viewerAccessToken } from "../../../../lib/session/web-session";
import { majorZoneDistances, zoneHref } from "../../../../lib/zones";

type PageProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  // The same call as the page's, so the render asks the API once (getSupplierProfile is cached per request).
  const outcome = await getSupplierProfile(id, await viewerAccessToken());
  if (outcome.kind === "unavailable") return {};
  if (outcome.kind === "missing") return { title: messagesFor(locale).notFound.supplierHeading };
  const { supplier } = outcome;
  const description = (locale === "vi" ? supplier.descriptionVi : supplier.descriptionEn) ?? undefined;
  return pageMetadata({
    locale,
    pathIn: (l) => `/${l}/suppliers/${supplier.id}`,
    title: supplier.tradeName ?? supplier.legalName,
    ...(description ? { description } : {}),
    siteName: messagesFor(locale).meta.siteName,
  });
}

export default async function SupplierProfilePage({
  params,
  searchParams,
}: PageProps & { searchParams: Promise<{ invited?: string; inviteError?: string }> }) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const [outcome, reference, photos] = await Promise.all([
    getSupplierProfile(id, await viewerAccessToken()),
    referenceData(),
    // Photos are public like the profile; without them the page still says everything else.
    api()
      .GET("/v1/suppliers/{id}/photos", { params: { path: { id } } })
      .then((answer) => answer.data?.items ?? [])
      .catch(() => []),
  ]);
  if (outcome.kind === "missing") notFound();
  const messages = messagesFor(locale);
  if (outcome.kind === "unavailable") {
    return (
      <div role="alert" className="max-w-2xl">
        <h1 className="text-3xl font-bold">{messages.error.heading}</h1>
        <p className="mt-3 text-lg">{messages.error.body}</p>
        <p className="mt-4">
          <a
            href={`/${locale}/suppliers/${encodeURIComponent(id)}`}
            className="inline-flex min-h-11 items-center text-lg font-semibold"
          >
            {messages.error.retry}
          </a>
        </p>
      </div>
    );
  }
  const { supplier } = outcome;
  const m = messages.supplier;
  const name = supplier.tradeName ?? supplier.legalName;
  const description =
    (locale === "vi" ? supplier.descriptionVi : supplier.descriptionEn) ??
    supplier.descriptionVi ??
    supplier.descriptionEn;
  const zoneName = locale === "vi" ? supplier.location.zoneNameVi : supplier.location.zoneNameEn;
  const former = formerProvinceWorthNaming(supplier.location.province2025, supplier.location.formerProvince);
  const today = new Date();
  const distances = reference ? majorZoneDistances(reference.zones, supplier.location) : [];
  const jsonLd = organizationJsonLd({
    url: new URL(`/${locale}/suppliers/${supplier.id}`, webConfig().PUBLIC_URL).toString(),
    legalName: supplier.legalName,
    tradeName: supplier.tradeName,
    description,
    taxCode: supplier.taxCode,
    address: supplier.location.address,
    province: supplier.location.province2025,
    lat: supplier.location.lat,
    lng: supplier.location.lng,
    website: supplier.website,
    yearFounded: supplier.yearFounded,
    staffSize: supplier.staffSize,
    certifications: supplier.certifications.filter((c) => c.status === "valid").map((c) => c.name),
    languages: supplier.languages,
    zoneName,
  });

  return (
    <article className="space-y-6">
      <script
        type="application/ld+json"
        // Serialised with every <, > and & escaped (lib/json-ld.ts): the only raw markup the web writes.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's text; escaped above
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }}
      />
      <p>
        <a href={`/${locale}/suppliers`} className="inline-flex min-h-11 items-center">
          ← {m.backToSearch}
        </a>
      </p>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold leading-tight break-words">{name}</h1>
          {supplier.verificationStatus === "verified" ? (
            <Badge tone="success">✓ {m.verified}</Badge>
          ) : (
            <Badge tone="neutral">{m.unverified}</Badge>
          )}
        </div>
        {supplier.tradeName ? <p className="text-lg text-muted">{supplier.legalName}</p> : null}
        <p className="text-lg">
          {[zoneName, provinceName(locale, supplier.location.province2025)].filter(Boolean).join(", ")}
        </p>
        {supplier.verificationStatus === "verified" && supplier.verifiedAt ? (
          <p className="text-muted">
            {fill(m.verifiedOn, { date: formatDate(locale, supplier.verifiedAt) })}
          </p>
        ) : null}
        {description ? <p className="max-w-prose text-lg">{description}</p> : null}
      </header>

      <dl className="grid divide-y divide-line-soft rounded-lg border border-line-soft bg-white shadow-sm sm:grid-cols-3 sm:divide-x sm:divide-y-0">
        <KeyFigure
          label={m.capacity}
          value={supplier.monthlyCapacity ? formatQuantity(locale, supplier.monthlyCapacity) : undefined}
          missing={m.notStated}
        />
        <KeyFigure
          label={m.moq}
          value={supplier.moq ? formatQuantity(locale, supplier.moq) : undefined}
          missing={m.notStated}
        />
        <KeyFigure
          label={m.leadTime}
          value={
            supplier.leadTimeDays !== null
              ? fill(m.leadTimeDays, { days: formatNumber(locale, supplier.leadTimeDays) })
              : undefined
          }
          missing={m.notStated}
        />
      </dl>

      <Card aria-labelledby="capabilities">
        <CardHeading id="capabilities">{m.capabilities}</CardHeading>
        <dl className="space-y-4">
          <Row label={m.categories}>
            <ul className="flex flex-wrap gap-2">
              {supplier.categories.map((category) => (
                <li key={category.code}>
                  <Badge tone="info">{locale === "vi" ? category.nameVi : category.nameEn}</Badge>
                </li>
              ))}
            </ul>
          </Row>
          <ListRow label={m.processes} items={supplier.processes} />
          <ListRow label={m.materials} items={supplier.materials} />
          <ListRow label={m.products} items={supplier.exampleProducts} />
        </dl>
      </Card>

      {photos.length > 0 ? (
        <Card aria-labelledby="photos">
          <CardHeading id="photos">{m.photos}</CardHeading>
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3">
            {photos.map((photo, index) => (
              <li key={photo.id}>
                {/* biome-ignore lint/performance/noImgElement: the API already resized it; no optimiser runs here */}
                <img
                  src={`/supplier-photos/${encodeURIComponent(photo.id)}`}
                  alt={fill(m.photoAlt, { n: index + 1, name })}
                  width={photo.width}
                  height={photo.height}
                  loading="lazy"
                  decoding="async"
                  className="aspect-[4/3] w-full rounded-md bg-line-soft object-cover"
                />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card aria-labelledby="certifications">
        <CardHeading id="certifications">{m.certifications}</CardHeading>
        {supplier.certifications.length === 0 ? (
          <p className="text-muted">{m.certificationNone}</p>
        ) : (
          <ul className="divide-y divide-line-soft">
            {supplier.certifications.map((certificate) => (
              <Certificate
                key={`${certificate.code}-${certificate.certificateNumber ?? ""}`}
                certificate={certificate}
                state={certificationState(certificate, today)}
                locale={locale}
                messages={messages}
              />
            ))}
          </ul>
        )}
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <Card aria-labelledby="location">
          <CardHeading id="location">{m.location}</CardHeading>
          <dl className="space-y-3">
            {zoneName && supplier.location.zoneId ? (
              <Row label={m.zone}>
                <a href={zoneHref(locale, supplier.location.zoneId)}>{zoneName}</a>
              </Row>
            ) : null}
            <Row label={m.province}>
              {provinceName(locale, supplier.location.province2025)}
              {former ? ` (${fill(m.formerProvince, { province: provinceName(locale, former) })})` : ""}
            </Row>
            {supplier.location.address ? <Row label={m.address}>{supplier.location.address}</Row> : null}
            {supplier.deliveryRadiusKm !== null ? (
              <Row label={m.deliveryRadius}>{formatDistanceKm(locale, supplier.deliveryRadiusKm)}</Row>
            ) : null}
          </dl>
        </Card>
        <Card aria-labelledby="company">
          <CardHeading id="company">{m.company}</CardHeading>
          <dl className="space-y-3">
            <Row label={m.taxCode}>{supplier.taxCode}</Row>
            {supplier.yearFounded ? <Row label={m.yearFounded}>{supplier.yearFounded}</Row> : null}
            {supplier.staffSize ? (
              <Row label={m.staffSize}>{formatNumber(locale, supplier.staffSize)}</Row>
            ) : null}
            {supplier.languages.length > 0 ? (
              <Row label={m.languages}>
                {supplier.languages.map((code) => languageName(messages, code)).join(", ")}
              </Row>
            ) : null}
            {supplier.exportMarkets.length > 0 ? (
              <Row label={m.exportMarkets}>
                {supplier.exportMarkets.map((code) => countryName(locale, code)).join(", ")}
              </Row>
            ) : null}
          </dl>
        </Card>
      </div>

      {distances.length > 0 ? (
        <Card aria-labelledby="distances">
          <CardHeading id="distances">{m.distancesHeading}</CardHeading>
          <table className="w-full">
            <caption className="sr-only">{m.distancesHeading}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">{m.zone}</th>
                <th scope="col">{m.distance}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line-soft">
              {distances.map(({ zone, km }) => (
                <tr key={zone.id}>
                  <th scope="row" className="w-2/3 py-1 pr-3 text-left font-normal">
                    <a href={zoneHref(locale, zone.id)} className="inline-flex min-h-11 items-center">
                      {nameOfZone(locale, zone)}
                    </a>
                  </th>
                  {zone.id === supplier.location.zoneId ? (
                    <td className="py-1 text-right text-muted">{m.distanceHere}</td>
                  ) : (
                    <td className="py-1 text-right font-semibold whitespace-nowrap tabular-nums">
                      {formatDistanceKm(locale, km)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-sm text-muted">{m.distancesNote}</p>
        </Card>
      ) : null}

      {supplier.green.rooftopSolarKwp || supplier.green.recycledMaterialPercent || supplier.green.notes ? (
        <Card aria-labelledby="green">
          <CardHeading id="green">{m.green}</CardHeading>
          <ul className="list-disc space-y-1 pl-5">
            {supplier.green.rooftopSolarKwp ? (
              <li>{fill(m.rooftopSolar, { kwp: formatNumber(locale, supplier.green.rooftopSolarKwp) })}</li>
            ) : null}
            {supplier.green.recycledMaterialPercent ? (
              <li>
                {fill(m.recycledMaterial, {
                  percent: `${formatNumber(locale, supplier.green.recycledMaterialPercent)} %`,
                })}
              </li>
            ) : null}
            {supplier.green.notes ? <li>{supplier.green.notes}</li> : null}
          </ul>
        </Card>
      ) : null}

      <InviteToQuoteCard
        supplier={supplier}
        locale={locale}
        messages={messages}
        outcome={await searchParams}
      />

      <Card aria-labelledby="contact">
        <CardHeading id="contact">{m.contact}</CardHeading>
        {supplier.contact ? (
          <dl className="space-y-3">
            <Row label={m.contact}>{supplier.contact.name}</Row>
            {supplier.contact.email ? <Row label={m.email}>{supplier.contact.email}</Row> : null}
            {supplier.contact.phone ? <Row label={m.phone}>{supplier.contact.phone}</Row> : null}
          </dl>
        ) : (
          <div className="space-y-2">
            <p>{m.contactForBuyers}</p>
            <p>
              <a
                href={`/${locale}/login?${new URLSearchParams({ returnTo: `/${locale}/suppliers/${supplier.id}` })}`}
                className="inline-flex min-h-11 items-center font-semibold"
              >
                {m.contactLogin}
              </a>
            </p>
          </div>
        )}
        {supplier.website ? (
          <p className="mt-3">
            <span className="font-semibold">{m.website}: </span>
            <a href={supplier.website} rel="nofollow noopener noreferrer" className="break-all">
              {supplier.website}
            </a>
          </p>
        ) : null}
      </Card>
    </article>
  );
}

const stateTone: Record<CertificationState, BadgeTone> = {
  valid: "success",
  expiring: "warning",
  expired: "critical",
};

function Certificate({
  certificate,
  state,
  locale,
  messages,
}: {
  certificate: SupplierProfile["certifications"][number];
  state: CertificationState;
  locale: Locale;
  messages: Messages;
}) {
  const m = messages.supplier;
  const label = { valid: m.certificateValid, expiring: m.certificateExpiring, expired: m.certificateExpired }[
    state
  ];
  const when = certificate.expiresOn
    ? fill(state === "expired" ? m.certificateExpired_on : m.certificateExpires, {
        date: formatDate(locale, certificate.expiresOn),
      })
    : m.certificateNoExpiry;
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-3">
      <div>
        <p className="font-semibold">{certificate.name}</p>
        <p className="text-sm text-muted">
          {when}
          {certificate.certificateNumber ? ` · ${certificate.certificateNumber}` : ""}
          {certificate.issuer ? ` · ${certificate.issuer}` : ""}
          {certificate.onFile ? ` · ${m.certificateOnFile}` : ""}
        </p>
        {certificate.file ? (
          // Only the supplier's own people and admins get a link: the API gives it to nobody else.
          <a href={webFileLink(certificate.file)} className="inline-flex min-h-11 items-center font-semibold">
            {m.certificateOpen}
          </a>
        ) : null}
      </div>
      <Badge tone={stateTone[state]}>{label}</Badge>
    </li>
  );
}

function KeyFigure({ label, value, missing }: { label: string; value: string | undefined; missing: string }) {
  // A row with the number right-aligned on a phone; a tile with the number under its label from sm up.
  return (
    <div className="flex items-baseline justify-between gap-4 px-4 py-3 sm:block sm:p-4">
      <dt className="text-muted">{label}</dt>
      <dd
        className={`text-right sm:text-left ${value ? "text-xl font-bold sm:text-2xl" : "text-muted sm:text-lg"}`}
      >
        {value ?? missing}
      </dd>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

function ListRow({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return <Row label={label}>{items.join(" · ")}</Row>;
}

/** "JP" as "Nhật Bản" or "Japan" (the API stores ISO 3166 codes). */
function countryName(locale: Locale, code: string): string {
  return regionNames[locale].of(code) ?? code;
}

const regionNames: Record<Locale, Intl.DisplayNames> = {
  vi: new Intl.DisplayNames([intlLocale.vi], { type: "region" }),
  en: new Intl.DisplayNames([intlLocale.en], { type: "region" }),
};

function languageName(messages: Messages, code: string): string {
  return (messages.languages as Record<string, string>)[code] ?? code;
}
