// Facets from the API's response as links that add or remove one filter each (no JavaScript needed). On a
// phone they fold into a <details> so the results come first.
import type { Names } from "../lib/directory";
import { formatNumber } from "../lib/format";
import type { Locale } from "../lib/i18n/locales";
import { fill, type Messages } from "../lib/i18n/messages";
import { provinceName } from "../lib/provinces";
import { hasFilters, type SearchState, searchHref, toggled, withoutFilters } from "../lib/search-params";

const shownPerFacet = 8;

interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  href: string;
}

export function SearchFilters({
  locale,
  messages,
  names,
  state,
  facets,
}: {
  locale: Locale;
  messages: Messages;
  names: Names;
  state: SearchState;
  facets: Record<string, Record<string, number>>;
}) {
  const s = messages.search;
  const top = (facet: string) =>
    Object.entries(facets[facet] ?? {})
      .sort((a, b) => b[1] - a[1])
      .slice(0, shownPerFacet);
  const groups: { id: string; heading: string; values: FacetValue[] }[] = [
    {
      id: "categories",
      heading: s.filterCategories,
      values: top("categoryCodes").map(([code, count]) => ({
        value: code,
        label: names.category(code),
        count,
        selected: state.categories.includes(code),
        href: searchHref(locale, state, { categories: toggled(state.categories, code) }),
      })),
    },
    {
      id: "certifications",
      heading: s.filterCertifications,
      values: top("certifications").map(([code, count]) => ({
        value: code,
        label: names.certification(code),
        count,
        selected: state.certifications.includes(code),
        href: searchHref(locale, state, { certifications: toggled(state.certifications, code) }),
      })),
    },
    {
      id: "languages",
      heading: s.filterLanguages,
      values: top("languages").map(([code, count]) => ({
        value: code,
        label: (messages.languages as Record<string, string>)[code] ?? code,
        count,
        selected: state.languages.includes(code),
        href: searchHref(locale, state, { languages: toggled(state.languages, code) }),
      })),
    },
    {
      id: "province",
      heading: s.filterProvince,
      values: top("province2025").map(([province, count]) => ({
        value: province,
        label: provinceName(locale, province),
        count,
        selected: state.province === province,
        href: searchHref(locale, state, { province: state.province === province ? undefined : province }),
      })),
    },
  ];
  const verifiedCount = facets.verified?.true;
  return (
    <details className="group rounded-lg border border-line-soft bg-white p-4 md:open:block" open>
      <summary className="flex min-h-11 cursor-pointer items-center text-lg font-bold md:pointer-events-none md:list-none">
        {s.filtersHeading}
      </summary>
      <div className="mt-2 space-y-5">
        <ul>
          <li>
            <a
              href={searchHref(locale, state, { verified: !state.verified })}
              aria-current={state.verified ? "true" : undefined}
              className="flex min-h-11 items-center gap-2"
            >
              <Check selected={state.verified} />
              <span>{s.filterVerified}</span>
              {verifiedCount !== undefined ? (
                <span className="text-muted">({formatNumber(locale, verifiedCount)})</span>
              ) : null}
            </a>
          </li>
        </ul>
        {groups
          .filter((group) => group.values.length > 0)
          .map((group) => (
            <section key={group.id} aria-labelledby={`facet-${group.id}`}>
              <h3 id={`facet-${group.id}`} className="font-semibold">
                {group.heading}
              </h3>
              <ul className="mt-1">
                {group.values.map((value) => (
                  <li key={value.value}>
                    <a
                      href={value.href}
                      aria-current={value.selected ? "true" : undefined}
                      aria-label={value.selected ? fill(s.removeFilter, { name: value.label }) : undefined}
                      className="flex min-h-11 items-center gap-2"
                    >
                      <Check selected={value.selected} />
                      <span>{value.label}</span>
                      <span className="text-muted">({formatNumber(locale, value.count)})</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        {hasFilters(state) ? (
          <p>
            <a
              href={searchHref(locale, withoutFilters(state))}
              className="inline-flex min-h-11 items-center font-semibold"
            >
              {s.clearFilters}
            </a>
          </p>
        ) : null}
      </div>
    </details>
  );
}

/** A drawn check box: the link is the control, the box shows its state (aria-current says it in words). */
function Check({ selected }: { selected: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex h-5 w-5 shrink-0 items-center justify-center rounded border-2 border-ink text-sm leading-none ${selected ? "bg-ink text-white" : "bg-white"}`}
    >
      {selected ? "✓" : ""}
    </span>
  );
}
