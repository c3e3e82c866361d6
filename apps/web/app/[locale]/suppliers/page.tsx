// Supplier search, rendered on the server from the URL: free text, facets, "near a zone", pages. The API does the
// searching; this page only shows what it answered, including why nothing was found and what to try instead.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "../../../components/notice";
import { Pagination } from "../../../components/pagination";
import { SearchFilters } from "../../../components/search-filters";
import { SearchForm } from "../../../components/search-form";
import { SupplierCard } from "../../../components/supplier-card";
import {
  type Names,
  namesFrom,
  type ReferenceData,
  referenceData,
  type SearchOutcome,
  searchSuppliers,
} from "../../../lib/directory";
import { formatDistanceKm, formatNumber, formatQuantity } from "../../../lib/format";
import { fill, plural } from "../../../lib/i18n/fill";
import { isLocale, type Locale } from "../../../lib/i18n/locales";
import { type Messages, messagesFor } from "../../../lib/i18n/messages";
import { type NearZone, resolveNearZone } from "../../../lib/near-zone";
import { provinceName } from "../../../lib/provinces";
import {
  defaultRadiusKm,
  effectiveSort,
  hasFilters,
  maxPage,
  parseSearchParams,
  radiusChoicesKm,
  type SearchField,
  type SearchState,
  searchHref,
  toggled,
  withoutFilters,
} from "../../../lib/search-params";
import { pageMetadata } from "../../../lib/seo";
import { supplierCardView } from "../../../lib/supplier-card-view";

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
  const reference = await referenceData();
  const near = resolveNearZone(parsed.state.near, reference);
  const resolved: SearchState = { ...parsed.state, near: near.kind === "zone" ? near.zone.id : undefined };
  const { state, ignored, outcome } = await searchIgnoringRefused(resolved, parsed.ignored, locale);
  const names = namesFrom(locale, reference);
  const s = messages.search;

  return (
    <div className="space-y-6">
      <SearchForm locale={locale} messages={messages} defaultValue={state.q} headingLevel="h1" keep={state} />
      {ignored.length > 0 ? (
        <Notice>
          {fill(s.invalidParameters, { fields: ignored.map((field) => s.fields[field]).join(", ") })}
        </Notice>
      ) : null}
      {near.kind === "unknown" ? (
        <Notice>
          <a href="#near-zone">{fill(s.nearUnknown, { name: near.text })}</a>
        </Notice>
      ) : null}
      {outcome.kind === "unavailable" ? (
        <Notice tone="critical">{s.unavailable}</Notice>
      ) : (
        <Results
          locale={locale}
          messages={messages}
          names={names}
          reference={reference}
          state={state}
          near={near.kind === "zone" && !state.near ? { kind: "none" } : near}
          capacityInvalid={ignored.includes("minCapacity")}
          typedCapacity={parsed.typed.minCapacity}
          result={outcome.result}
        />
      )}
    </div>
  );
}

/**
 * The API refuses a search naming an unknown code (a category, certificate or zone from an old link), one field
 * at a time: search again without what it named, and say so, rather than showing nothing.
 */
async function searchIgnoringRefused(
  state: SearchState,
  ignored: SearchField[],
  locale: Locale,
): Promise<{
  state: SearchState;
  ignored: SearchField[];
  outcome: Exclude<SearchOutcome, { kind: "invalid" }>;
}> {
  let current = state;
  const named = new Set(ignored);
  // Each retry drops at least one filter; there are fewer than ten that the API can refuse.
  for (let attempt = 0; attempt < 10; attempt++) {
    const outcome = await searchSuppliers(current, { locale });
    if (outcome.kind !== "invalid") return { state: current, ignored: [...named], outcome };
    const refused = new Set(outcome.fields);
    const relaxed = withoutRefused(current, refused);
    for (const field of refused) {
      const name = field === "capacityUnit" ? "minCapacity" : field;
      if (isSearchField(name)) named.add(name);
    }
    if (JSON.stringify(relaxed) === JSON.stringify(current)) break;
    current = relaxed;
  }
  return { state: current, ignored: [...named], outcome: { kind: "unavailable" } };
}

function withoutRefused(state: SearchState, refused: Set<string>): SearchState {
  return {
    ...state,
    page: refused.has("page") ? 1 : state.page,
    categories: refused.has("categories") ? [] : state.categories,
    certifications: refused.has("certifications") ? [] : state.certifications,
    languages: refused.has("languages") ? [] : state.languages,
    province: refused.has("province") ? undefined : state.province,
    zone: refused.has("zone") ? undefined : state.zone,
    near: refused.has("near") ? undefined : state.near,
    ...(refused.has("minCapacity") || refused.has("capacityUnit")
      ? { minCapacity: undefined, capacityUnit: undefined }
      : {}),
  };
}

const searchFields: readonly string[] = [
  "q",
  "page",
  "verified",
  "categories",
  "certifications",
  "languages",
  "province",
  "zone",
  "near",
  "radiusKm",
  "sort",
  "minCapacity",
];
const isSearchField = (field: string): field is SearchField => searchFields.includes(field);

type SearchResult = Extract<SearchOutcome, { kind: "results" }>["result"];

function Results(props: {
  locale: Locale;
  messages: Messages;
  names: Names;
  reference: ReferenceData | undefined;
  state: SearchState;
  near: NearZone;
  capacityInvalid: boolean;
  typedCapacity: string | undefined;
  result: SearchResult;
}) {
  const { locale, messages, names, state, result, near } = props;
  const s = messages.search;
  const count = formatNumber(locale, result.totalHits);
  const summary = state.q
    ? plural(locale, s.resultCountFor, result.totalHits, { count, query: state.q })
    : plural(locale, s.resultCount, result.totalHits, { count });
  const interpreted = result.query.interpreted;
  // With nothing found and nothing chosen there is nothing to narrow: the tips come first.
  const showFilters =
    result.totalHits > 0 || hasFilters(state) || near.kind === "unknown" || props.capacityInvalid;
  const sort = effectiveSort(state, Boolean(state.near));
  return (
    <div className={showFilters ? "grid gap-6 md:grid-cols-[18rem_1fr]" : ""}>
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
        {state.near && result.totalHits > 1 ? (
          <p className="mt-2 flex flex-wrap items-center gap-x-3">
            <span className="text-muted">{s.sortLabel}:</span>
            {(["relevance", "distance"] as const).map((option) => (
              <a
                key={option}
                href={searchHref(locale, state, { sort: option })}
                aria-current={sort === option ? "true" : undefined}
                className={`inline-flex min-h-11 items-center ${sort === option ? "font-bold text-ink no-underline" : ""}`}
              >
                {option === "relevance" ? s.sortRelevance : s.sortDistance}
              </a>
            ))}
          </p>
        ) : null}
        {result.hits.length === 0 ? (
          <EmptyState locale={locale} messages={messages} names={names} state={state} near={near} />
        ) : (
          <ol className="mt-4 space-y-4">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <SupplierCard card={supplierCardView(hit, locale, messages, names)} />
              </li>
            ))}
          </ol>
        )}
        <Pagination
          messages={messages}
          page={state.page}
          totalPages={Math.min(result.totalPages, maxPage)}
          hrefFor={(page) => searchHref(locale, state, { page })}
        />
      </section>
      {showFilters ? (
        <aside aria-label={s.filtersHeading} className="md:order-first md:row-start-1">
          <SearchFilters
            locale={locale}
            messages={messages}
            names={names}
            reference={props.reference}
            state={state}
            facets={result.facets}
            near={near}
            capacityInvalid={props.capacityInvalid}
            typedCapacity={props.typedCapacity}
          />
        </aside>
      ) : null}
    </div>
  );
}

/** Nothing found: each way to widen the search as a link, the filters the person chose first. */
function EmptyState(props: {
  locale: Locale;
  messages: Messages;
  names: Names;
  state: SearchState;
  near: NearZone;
}) {
  const { locale, messages, names, state, near } = props;
  const s = messages.search;
  const removals: { label: string; href: string }[] = [
    ...state.categories.map((code) => ({
      label: names.category(code),
      href: searchHref(locale, state, { categories: toggled(state.categories, code) }),
    })),
    ...state.certifications.map((code) => ({
      label: names.certification(code),
      href: searchHref(locale, state, { certifications: toggled(state.certifications, code) }),
    })),
    ...state.languages.map((code) => ({
      label: (messages.languages as Record<string, string>)[code] ?? code,
      href: searchHref(locale, state, { languages: toggled(state.languages, code) }),
    })),
    ...(state.zone
      ? [
          {
            label: names.zone(state.zone) ?? state.zone,
            href: searchHref(locale, state, { zone: undefined }),
          },
        ]
      : []),
    ...(state.province
      ? [
          {
            label: provinceName(locale, state.province),
            href: searchHref(locale, state, { province: undefined }),
          },
        ]
      : []),
    ...(state.verified
      ? [{ label: s.filterVerified, href: searchHref(locale, state, { verified: false }) }]
      : []),
    ...(state.minCapacity !== undefined && state.capacityUnit
      ? [
          {
            label: fill(s.capacityActive, {
              quantity: formatQuantity(locale, { value: state.minCapacity, unit: state.capacityUnit }),
            }),
            href: searchHref(locale, state, { minCapacity: undefined, capacityUnit: undefined }),
          },
        ]
      : []),
  ];
  const radius = state.radiusKm ?? defaultRadiusKm;
  const widerRadius = radiusChoicesKm.find((km) => km > radius);
  const words = state.q.split(/\s+/).filter(Boolean);
  const fewerWords = words.length >= 2 ? words.slice(0, Math.ceil(words.length / 2)).join(" ") : undefined;
  return (
    <div className="mt-4 rounded-lg border border-line-soft bg-white p-5">
      <h3 className="text-lg font-bold">{s.emptyHeading}</h3>
      <p className="mt-2">{s.emptyIntro}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {removals.map((removal) => (
          <li key={removal.href}>
            <a href={removal.href}>{fill(s.emptyRemoveFilter, { name: removal.label })}</a>
          </li>
        ))}
        {near.kind === "zone" && widerRadius ? (
          <li>
            <a href={searchHref(locale, state, { radiusKm: widerRadius })}>
              {fill(s.emptyWiderRadius, { radius: formatDistanceKm(locale, widerRadius) })}
            </a>
          </li>
        ) : null}
        {fewerWords ? (
          <li>
            <a href={searchHref(locale, state, { q: fewerWords })}>
              {fill(s.emptyFewerWords, { query: fewerWords })}
            </a>
          </li>
        ) : null}
        {s.emptyTips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
        <li>
          <a href={`/${locale}/categories`}>{s.emptyBrowseCategories}</a>
        </li>
        {hasFilters(state) ? (
          <li>
            <a href={searchHref(locale, withoutFilters(state))}>{s.emptyClearFilters}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
