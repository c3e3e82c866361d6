// One search hit: who, what they make (with the words that matched), where, how much, and whether verified. Its
// repeated parts take their look from classes in globals.css (`.supplier-card`, `.card-facts`, `.badge-list`): a
// results page shows a page of these, and every attribute is written twice (HTML and RSC payload).
import type { Names, SupplierSearchHit } from "../lib/directory";
import { formatDistanceKm, formatNumber, formatQuantity } from "../lib/format";
import { highlightedField } from "../lib/highlight";
import { fill } from "../lib/i18n/fill";
import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";
import { provinceName } from "../lib/provinces";
import { HighlightedText } from "./highlighted-text";
import { Badge } from "./ui/badge";

export function SupplierCard({
  hit,
  locale,
  messages,
  names,
  headingLevel = "h2",
}: {
  hit: SupplierSearchHit;
  locale: Locale;
  messages: Messages;
  names: Names;
  /** h2 under the search page's results heading; h3 under a zone's or category's list heading. */
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  const m = messages.supplier;
  const name = hit.tradeName ?? hit.legalName;
  const nameSegments = highlightedField(hit.highlights, hit.tradeName ? "tradeName" : "legalName", name);
  const descriptionField = locale === "vi" ? "descriptionVi" : "descriptionEn";
  const description = hit.highlights[descriptionField];
  const zone = hit.zoneId ? names.zone(hit.zoneId) : undefined;
  const place = [zone, provinceName(locale, hit.province2025)].filter(Boolean).join(", ");
  return (
    <article className="supplier-card">
      <div className="card-head">
        <Heading>
          <a href={`/${locale}/suppliers/${hit.id}`} className="card-title">
            <HighlightedText segments={nameSegments} />
          </a>
        </Heading>
        {hit.verified ? <Badge tone="success">✓ {m.verified}</Badge> : null}
      </div>
      {hit.tradeName ? (
        <p className="text-muted">
          <HighlightedText segments={highlightedField(hit.highlights, "legalName", hit.legalName)} />
        </p>
      ) : null}
      {typeof description === "string" && description ? (
        <p className="mt-2">
          <HighlightedText segments={highlightedField(hit.highlights, descriptionField, description)} />
        </p>
      ) : null}
      <p className="mt-2 text-muted">
        {place}
        {hit.distanceKm !== null
          ? ` · ${fill(messages.search.distance, { distance: formatDistanceKm(locale, hit.distanceKm) })}`
          : ""}
      </p>
      {hit.categories.length > 0 ? (
        <ul className="badge-list" aria-label={m.categories}>
          {hit.categories.slice(0, 4).map((code) => (
            <li key={code}>
              <Badge tone="info">{names.category(code)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="card-facts">
        <Fact
          label={m.capacity}
          value={hit.monthlyCapacity ? formatQuantity(locale, hit.monthlyCapacity) : undefined}
          missing={m.notStated}
        />
        <Fact
          label={m.moq}
          value={hit.moq ? formatQuantity(locale, hit.moq) : undefined}
          missing={m.notStated}
        />
        <Fact
          label={m.leadTime}
          value={
            hit.leadTimeDays !== null
              ? fill(m.leadTimeDays, { days: formatNumber(locale, hit.leadTimeDays) })
              : undefined
          }
          missing={m.notStated}
        />
      </dl>
      {hit.certifications.length > 0 ? (
        <ul className="badge-list" aria-label={m.certifications}>
          {hit.certifications.map((code) => (
            <li key={code}>
              <Badge tone="neutral">{names.certification(code)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

function Fact({ label, value, missing }: { label: string; value: string | undefined; missing: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd {...(value ? {} : { className: "not-stated" })}>{value ?? missing}</dd>
    </div>
  );
}
