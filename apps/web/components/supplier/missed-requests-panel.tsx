// "What would bring you more requests": each gap with the number of open requests it costs, most first.

import { quantityUnitName } from "@ketnoi/domain/units";
import Link from "next/link";
import { formatDistanceKm, formatQuantity } from "../../lib/format";
import type { Locale } from "../../lib/i18n/locales";
import { fill, type Messages, plural } from "../../lib/i18n/messages";
import type { MissedRequests, RequestGap } from "../../lib/supplier-workspace";
import { Card, CardHeading } from "../ui/card";

export function gapLine(gap: RequestGap, locale: Locale, messages: Messages): string {
  const lines = messages.supplierWorkspace.gap;
  const count = gap.requests;
  switch (gap.kind) {
    case "certification_missing":
    case "certification_expired":
      return plural(locale, lines[gap.kind], count, { name: gap.name });
    case "capacity_too_small":
      return plural(locale, lines.capacity_too_small, count, {
        stated: formatQuantity(locale, gap.stated),
        need: formatQuantity(locale, gap.largestNeed),
      });
    case "capacity_other_unit":
      return plural(locale, lines.capacity_other_unit, count, {
        units: gap.units.map((unit) => quantityUnitName(unit, locale)).join(", "),
        unit: quantityUnitName(gap.stated.unit, locale),
      });
    case "moq_above_quantity":
      return plural(locale, lines.moq_above_quantity, count, {
        stated: formatQuantity(locale, gap.stated),
        quantity: formatQuantity(locale, gap.smallestQuantity),
      });
    case "lead_time_too_long":
      return plural(locale, lines.lead_time_too_long, count, {
        days: gap.longestDaysAvailable,
        stated: gap.statedDays,
      });
    case "outside_delivery_radius":
      return plural(locale, lines.outside_delivery_radius, count, {
        stated: formatDistanceKm(locale, gap.statedKm),
        farthest: formatDistanceKm(locale, gap.farthestKm),
      });
    case "capacity_unknown":
    case "lead_time_unknown":
      return plural(locale, lines[gap.kind], count);
  }
}

export function MissedRequestsPanel({
  missed,
  profileHref,
  locale,
  messages,
}: {
  missed: MissedRequests;
  profileHref: string;
  locale: Locale;
  messages: Messages;
}) {
  const copy = messages.supplierWorkspace;
  if (missed.openRequests === 0) return null;
  return (
    <Card aria-labelledby="missed-heading">
      <CardHeading id="missed-heading">{copy.missedHeading}</CardHeading>
      {missed.gaps.length === 0 ? (
        <p className="text-lg">{copy.missedNone}</p>
      ) : (
        <>
          <p className="text-lg">
            {fill(copy.missedLead, { open: missed.openRequests, gaps: missed.requestsWithGaps })}
          </p>
          <ul className="mt-3 space-y-2">
            {missed.gaps.map((gap) => (
              <li key={`${gap.kind}:${"code" in gap ? gap.code : ""}`} className="flex gap-3 text-lg">
                <span aria-hidden="true" className="font-bold text-warning-ink">
                  {gap.requests}
                </span>
                <span>{gapLine(gap, locale, messages)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <Link href={profileHref} className="font-semibold">
              {copy.fixInProfile}
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}
