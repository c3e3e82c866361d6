// What a request asks for, as a definition list: quantity, delivery place and range, certificates, categories,
// dates.
import { formatDate, formatDateTime, formatQuantity } from "../../lib/format";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { SourcingRequest } from "../../lib/requests";
import { Card, CardHeading } from "../ui/card";

export function RequestFacts({
  request,
  locale,
  messages,
}: {
  request: SourcingRequest;
  locale: Locale;
  messages: Messages;
}) {
  const copy = messages.requests;
  const zone = locale === "vi" ? request.delivery.zoneNameVi : request.delivery.zoneNameEn;
  const distance = request.delivery.maxDistanceKm;
  const rows: [string, string][] = [
    [
      copy.page.quantity,
      request.monthlyVolume
        ? fill(copy.page.perMonth, { quantity: formatQuantity(locale, request.monthlyVolume) })
        : formatQuantity(locale, request.quantity),
    ],
    [copy.page.delivery, zone ?? request.delivery.province2025],
    [copy.page.distance, distance === null ? copy.form.distanceNone : `${distance} km`],
    [
      copy.page.certifications,
      request.requiredCertifications.map((c) => c.name).join(", ") || copy.page.none,
    ],
    [
      copy.page.categories,
      request.categories.map((c) => (locale === "vi" ? c.nameVi : c.nameEn)).join(", ") || copy.page.none,
    ],
    [copy.form.neededBy, formatDate(locale, request.neededBy)],
    [copy.form.quoteDeadline, formatDateTime(locale, request.quoteDeadline)],
  ];
  return (
    <Card aria-labelledby="request-facts">
      <CardHeading id="request-facts">{copy.page.facts}</CardHeading>
      {request.description ? <p className="mb-4 whitespace-pre-line">{request.description}</p> : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
