// The suppliers of a zone or a category page: how many, the cards, and pages; what to do when there are none.
import type { ReactNode } from "react";
import type { Names, SearchOutcome } from "../lib/directory";
import { formatNumber } from "../lib/format";
import { plural } from "../lib/i18n/fill";
import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";
import { maxPage } from "../lib/search-params";
import { supplierCardView } from "../lib/supplier-card-view";
import { Notice } from "./notice";
import { Pagination } from "./pagination";
import { SupplierCard } from "./supplier-card";

export function SupplierListing({
  id,
  heading,
  locale,
  messages,
  names,
  outcome,
  page,
  hrefFor,
  empty,
}: {
  id: string;
  heading: string;
  locale: Locale;
  messages: Messages;
  names: Names;
  outcome: SearchOutcome;
  page: number;
  hrefFor: (page: number) => string;
  /** What to say and offer when the list is empty. */
  empty: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
        {outcome.kind === "results" ? (
          <span className="ml-2 text-lg font-normal text-muted">
            (
            {plural(locale, messages.directory.supplierCount, outcome.result.totalHits, {
              count: formatNumber(locale, outcome.result.totalHits),
            })}
            )
          </span>
        ) : null}
      </h2>
      {outcome.kind !== "results" ? (
        <Notice tone="critical">{messages.search.unavailable}</Notice>
      ) : outcome.result.hits.length === 0 ? (
        <div className="rounded-lg border border-line-soft bg-white p-5">{empty}</div>
      ) : (
        <>
          <ol className="space-y-4">
            {outcome.result.hits.map((hit) => (
              <li key={hit.id}>
                <SupplierCard card={supplierCardView(hit, locale, messages, names)} headingLevel="h3" />
              </li>
            ))}
          </ol>
          <Pagination
            messages={messages}
            page={page}
            totalPages={Math.min(outcome.result.totalPages, maxPage)}
            hrefFor={hrefFor}
          />
        </>
      )}
    </section>
  );
}
