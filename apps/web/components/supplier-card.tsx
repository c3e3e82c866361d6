"use client";
// One search hit: who, what they make (with the words that matched), where, how much, and whether verified. The
// page prepares every string (lib/supplier-card-view.ts) and this lays them out; it is a client component so that
// the RSC payload carries the card's text once, not its element tree (see that file). Its repeated parts take
// their look from classes in globals.css (`.supplier-card`, `.card-facts`, `.badge-list`).
import type { SupplierCardView } from "../lib/supplier-card-view";
import { HighlightedText } from "./highlighted-text";
import { Badge } from "./ui/badge";

export function SupplierCard({
  card,
  headingLevel = "h2",
}: {
  card: SupplierCardView;
  /** h2 under the search page's results heading; h3 under a zone's or category's list heading. */
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  return (
    <article className="supplier-card">
      <div className="card-head">
        <Heading>
          <a href={card.href} className="card-title">
            <HighlightedText segments={card.name} />
          </a>
        </Heading>
        {card.verified ? <Badge tone="success">{card.verified}</Badge> : null}
      </div>
      {card.legalName ? (
        <p className="text-muted">
          <HighlightedText segments={card.legalName} />
        </p>
      ) : null}
      {card.description ? (
        <p className="mt-2">
          <HighlightedText segments={card.description} />
        </p>
      ) : null}
      <p className="mt-2 text-muted">{card.place}</p>
      {card.categories.names.length > 0 ? (
        <ul className="badge-list" aria-label={card.categories.label}>
          {card.categories.names.map((name) => (
            <li key={name}>
              <Badge tone="info">{name}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="card-facts">
        {card.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd {...(fact.stated ? {} : { className: "not-stated" })}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {card.certifications.names.length > 0 ? (
        <ul className="badge-list" aria-label={card.certifications.label}>
          {card.certifications.names.map((name) => (
            <li key={name}>
              <Badge tone="neutral">{name}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
