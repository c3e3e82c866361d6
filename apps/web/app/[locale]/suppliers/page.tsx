// Supplier search, rendered on the server from the URL: free text, facets, pages. The API does the searching;
// this page only shows what it answered, including why nothing was found.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "../../../components/pagination";
import { SearchFilters } from "../../../components/search-filters";
import { SearchForm } from "../../../components/search-form";
import { SupplierCard } from "../../../components/supplier-card";
import { type Names, namesFor, type SearchOutcome, searchSuppliers } from "../../../lib/directory";
import { formatNumber } from "../../../lib/format";
import { isLocale, type Locale } from "../../../lib/i18n/locales";
import { fill, type Messages, messagesFor, plural } from "../../../lib/i18n/messages";
import {
  hasFilters,
  parseSearchParams,
  type SearchState,
  searchHref,
  withoutFilters,
} from "../../../lib/search-params";
import { pageMetadata } from "../../../lib/seo";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const messages = messagesFor(locale);
  const { state } = parseSearchParams(await searchParams);
  return {
    ...pageMetadata({
      locale,
      pathIn: (l) => searchHref(l, state, { page: state.page }),
      title: state.q ? fill(messages.meta.searchTitleFor, { query: state.q }) : messages.meta.searchTitle,
      siteName: messages.meta.siteName,
    }),
    // Result pages change with every profile; the profiles themselves are what search engines should keep.
    robots: { index: !state.q && !hasFilters(state) && state.page === 1, follow: true },
  };
}

export default async function SupplierSearchPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const messages = messagesFor(locale);
  const parsed = parseSearchParams(await searchParams);
  const [{ state, ignored, outcome }, names] = await Promise.all([
    searchIgnoringRefused(parsed.state, parsed.ignored),
    namesFor(locale),
  ]);
  const s = messages.search;

  return (
    <div className="space-y-6">
      <SearchForm locale={locale} messages={messages} defaultValue={state.q} headingLevel="h1" />
      {ignored.length > 0 ? (
        <Notice>{fill(s.invalidParameters, { fields: ignored.join(", ") })}</Notice>
      ) : null}
      <Outcome locale={locale} messages={messages} names={names} state={state} outcome={outcome} />
    </div>
  );
}

/**
 * The API refuses a search naming an unknown code (a category or certificate from an old link): search again
 * without what it named, and say so, rather than showing nothing.
 */
async function searchIgnoringRefused(
  state: SearchState,
  ignored: string[],
): Promise<{ state: SearchState; ignored: string[]; outcome: Exclude<SearchOutcome, { kind: "invalid" }> }> {
  const outcome = await searchSuppliers(state);
  if (outcome.kind !== "invalid") return { state, ignored, outcome };
  const refused = new Set(outcome.fields);
  const relaxed: SearchState = {
    ...state,
    page: 1,
    categories: refused.has("categories") ? [] : state.categories,
    certifications: refused.has("certifications") ? [] : state.certifications,
    languages: refused.has("languages") ? [] : state.languages,
    province: refused.has("province") ? undefined : state.province,
  };
  const retried = await searchSuppliers(relaxed);
  return {
    state: relaxed,
    ignored: [...ignored, ...refused],
    outcome: retried.kind === "invalid" ? { kind: "unavailable" } : retried,
  };
}

function Outcome(props: {
  locale: Locale;
  messages: Messages;
  names: Names;
  state: SearchState;
  outcome: Exclude<SearchOutcome, { kind: "invalid" }>;
}) {
  const { locale, messages, names, state, outcome } = props;
  const s = messages.search;
  if (outcome.kind === "unavailable") return <Notice tone="critical">{s.unavailable}</Notice>;
  const { result } = outcome;
  const count = formatNumber(locale, result.totalHits);
  const summary = state.q
    ? plural(locale, s.resultCountFor, result.totalHits, { count, query: state.q })
    : plural(locale, s.resultCount, result.totalHits, { count });
  const interpreted = result.query.interpreted;
  // With nothing found and nothing chosen there is nothing to narrow: the tips come first.
  const showFilters = result.totalHits > 0 || hasFilters(state);
  return (
    <div className={showFilters ? "grid gap-6 md:grid-cols-[16rem_1fr]" : ""}>
      <section aria-labelledby="results-heading" className="min-w-0">
        <h2 id="results-heading" className="text-xl font-bold" aria-live="polite">
          {summary}
        </h2>
        {interpreted.certifications.length > 0 || interpreted.nearZone ? (
          <ul className="mt-1 text-muted">
            {interpreted.certifications.length > 0 ? (
              <li>
                {fill(s.interpretedCertifications, {
                  certifications: interpreted.certifications
                    .map((code) => names.certification(code))
                    .join(", "),
                })}
              </li>
            ) : null}
            {interpreted.nearZone ? (
              <li>
                {fill(s.interpretedNear, {
                  zone: locale === "vi" ? interpreted.nearZone.nameVi : interpreted.nearZone.nameEn,
                })}
              </li>
            ) : null}
          </ul>
        ) : null}
        {result.hits.length === 0 ? (
          <EmptyState locale={locale} messages={messages} state={state} />
        ) : (
          <ol className="mt-4 space-y-4">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <SupplierCard hit={hit} locale={locale} messages={messages} names={names} />
              </li>
            ))}
          </ol>
        )}
        <Pagination locale={locale} messages={messages} state={state} totalPages={result.totalPages} />
      </section>
      {showFilters ? (
        <aside aria-label={s.filtersHeading} className="md:order-first md:row-start-1">
          <SearchFilters
            locale={locale}
            messages={messages}
            names={names}
            state={state}
            facets={result.facets}
          />
        </aside>
      ) : null}
    </div>
  );
}

function EmptyState({ locale, messages, state }: { locale: Locale; messages: Messages; state: SearchState }) {
  const s = messages.search;
  return (
    <div className="mt-4 rounded-lg border border-line-soft bg-white p-5">
      <h3 className="text-lg font-bold">{s.emptyHeading}</h3>
      <p className="mt-2">{s.emptyIntro}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {s.emptyTips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
        {hasFilters(state) ? (
          <li>
            <a href={searchHref(locale, withoutFilters(state))}>{s.emptyClearFilters}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function Notice({
  children,
  tone = "warning",
}: {
  children: React.ReactNode;
  tone?: "warning" | "critical";
}) {
  const colours =
    tone === "critical" ? "border-critical-ink bg-critical-bg" : "border-warning-ink bg-warning-bg";
  return (
    <div role="status" className={`rounded-md border-l-4 p-4 ${colours}`}>
      {children}
    </div>
  );
}
