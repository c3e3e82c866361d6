// Each gap of "what would bring you more requests" as one sentence in the page's language, with the figures
// formatted as the rest of the page formats them.
import { quantityUnitName } from "@ketnoi/domain/units";
import { formatDistanceKm, formatQuantity } from "./format";
import { plural } from "./i18n/fill";
import type { Locale } from "./i18n/locales";
import type { Messages } from "./i18n/messages";
import type { RequestGap } from "./supplier-workspace";

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
