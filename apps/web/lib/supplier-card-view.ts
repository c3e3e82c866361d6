// What a search hit's card shows, as text ready to print: names in the page's language, quantities and distances
// formatted, highlights split into segments. The card itself (components/supplier-card.tsx) is a client
// component that only lays this out, so a results page carries these few strings in its RSC payload instead of
// every card's element tree (the payload repeats the markup of server components as JSON, escaped again inside
// the page's script tags: on a search page it was two thirds of the bytes).
import type { Names, SupplierSearchHit } from "./directory";
import { formatDistanceKm, formatNumber, formatQuantity } from "./format";
import { type HighlightSegment, highlightedField } from "./highlight";
import { fill } from "./i18n/fill";
import type { Locale } from "./i18n/locales";
import type { Messages } from "./i18n/messages";
import { provinceName } from "./provinces";

export interface SupplierCardView {
  href: string;
  name: HighlightSegment[];
  /** The legal name under a trade name; absent when the card is titled with the legal name. */
  legalName?: HighlightSegment[];
  description?: HighlightSegment[];
  /** Zone and province, then the distance from the zone searched near. */
  place: string;
  /** "✓ Verified" when the supplier is. */
  verified?: string;
  categories: { label: string; names: string[] };
  /** Capacity, MOQ and lead time: each with its value, or the "not stated" text. */
  facts: { label: string; value: string; stated: boolean }[];
  certifications: { label: string; names: string[] };
}

/** At most this many categories on a card; the profile lists them all. */
const categoriesShown = 4;

export function supplierCardView(
  hit: SupplierSearchHit,
  locale: Locale,
  messages: Messages,
  names: Names,
): SupplierCardView {
  const m = messages.supplier;
  const descriptionField = locale === "vi" ? "descriptionVi" : "descriptionEn";
  const description = hit.highlights[descriptionField];
  const zone = hit.zoneId ? names.zone(hit.zoneId) : undefined;
  const place = [zone, provinceName(locale, hit.province2025)].filter(Boolean).join(", ");
  const distance =
    hit.distanceKm !== null
      ? ` · ${fill(messages.search.distance, { distance: formatDistanceKm(locale, hit.distanceKm) })}`
      : "";
  const fact = (label: string, value: string | undefined) => ({
    label,
    value: value ?? m.notStated,
    stated: value !== undefined,
  });
  return {
    href: `/${locale}/suppliers/${hit.id}`,
    name: highlightedField(
      hit.highlights,
      hit.tradeName ? "tradeName" : "legalName",
      hit.tradeName ?? hit.legalName,
    ),
    ...(hit.tradeName ? { legalName: highlightedField(hit.highlights, "legalName", hit.legalName) } : {}),
    ...(typeof description === "string" && description
      ? { description: highlightedField(hit.highlights, descriptionField, description) }
      : {}),
    place: `${place}${distance}`,
    ...(hit.verified ? { verified: `✓ ${m.verified}` } : {}),
    categories: {
      label: m.categories,
      names: hit.categories.slice(0, categoriesShown).map((code) => names.category(code)),
    },
    facts: [
      fact(m.capacity, hit.monthlyCapacity ? formatQuantity(locale, hit.monthlyCapacity) : undefined),
      fact(m.moq, hit.moq ? formatQuantity(locale, hit.moq) : undefined),
      fact(
        m.leadTime,
        hit.leadTimeDays !== null
          ? fill(m.leadTimeDays, { days: formatNumber(locale, hit.leadTimeDays) })
          : undefined,
      ),
    ],
    certifications: {
      label: m.certifications,
      names: hit.certifications.map((code) => names.certification(code)),
    },
  };
}
