// The search's filters, built from the counts the API returned: the category tree, certificates, zones,
// provinces after and before the 2025 merger, languages, verification, minimum capacity and "near a zone". Each
// is a link or a small GET form (no JavaScript needed). On a phone they fold into a <details> below the results.
import { provinces } from "@ketnoi/domain/geo";
import { categoryTreeFacet, type FacetValue } from "../lib/category-facet";
import type { Names, ReferenceData } from "../lib/directory";
import { facetLinkView } from "../lib/facet-link-view";
import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";
import type { NearZone } from "../lib/near-zone";
import { formerProvinceQuery, provinceName } from "../lib/provinces";
import { hasFilters, type SearchState, searchHref, toggled, withoutFilters } from "../lib/search-params";
import { CapacityFilter } from "./filters/capacity-filter";
import { FacetGroup, FacetLink } from "./filters/facet-links";
import { NearZoneFilter } from "./filters/near-zone-filter";

const shownPerFacet = 8;
const formerOnly = new Set(provinces.filter((p) => p.era === "former").map((p) => p.name));

export function SearchFilters({
  locale,
  messages,
  names,
  reference,
  state,
  facets,
  near,
  capacityInvalid,
  typedCapacity,
}: {
  locale: Locale;
  messages: Messages;
  names: Names;
  reference: ReferenceData | undefined;
  state: SearchState;
  facets: Record<string, Record<string, number>>;
  near: NearZone;
  capacityInvalid: boolean;
  typedCapacity: string | undefined;
}) {
  const s = messages.search;
  /** The most frequent values, and the chosen ones even when they are not among them. */
  const top = (facet: string, selected: string[]) => {
    const counts = facets[facet] ?? {};
    const best = Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, shownPerFacet);
    for (const value of selected)
      if (!best.some(([v]) => v === value)) best.push([value, counts[value] ?? 0]);
    return best;
  };
  const listFacet = (
    facet: string,
    selected: string[],
    label: (value: string) => string,
    href: (value: string) => string,
  ): FacetValue[] =>
    top(facet, selected).map(([value, count]) => ({
      value,
      label: label(value),
      count,
      selected: selected.includes(value),
      href: href(value),
    }));

  // A former province is chosen in its own group below; the 2025 group shows only a 2025 province as chosen.
  const chosenFormer = [...formerOnly].find((name) => formerProvinceQuery(name) === state.province);
  const chosenProvince = state.province && !chosenFormer ? [state.province] : [];
  const provinceHref = (query: string) =>
    searchHref(locale, state, { province: state.province === query ? undefined : query });
  const groups: { id: string; heading: string; values: FacetValue[] }[] = [
    {
      id: "categories",
      heading: s.filterCategories,
      values: categoryTreeFacet(locale, reference?.categoryTree ?? [], facets.categoryCodes ?? {}, state),
    },
    {
      id: "certifications",
      heading: s.filterCertifications,
      values: listFacet("certifications", state.certifications, names.certification, (code) =>
        searchHref(locale, state, { certifications: toggled(state.certifications, code) }),
      ),
    },
    {
      id: "zone",
      heading: s.filterZone,
      values: listFacet(
        "zoneId",
        state.zone ? [state.zone] : [],
        (id) => names.zone(id) ?? id,
        (id) => searchHref(locale, state, { zone: state.zone === id ? undefined : id }),
      ),
    },
    {
      id: "province",
      heading: s.filterProvince2025,
      values: listFacet("province2025", chosenProvince, (name) => provinceName(locale, name), provinceHref),
    },
    {
      id: "former-province",
      heading: s.filterFormerProvince,
      // Only provinces that ceased to exist: "Đồng Nai" before and after the merger is one filter, above.
      values: top("formerProvince", chosenFormer ? [chosenFormer] : [])
        .filter(([name]) => formerOnly.has(name))
        .map(([name, count]) => ({
          value: name,
          label: provinceName(locale, name),
          count,
          selected: state.province === formerProvinceQuery(name),
          href: provinceHref(formerProvinceQuery(name)),
        })),
    },
    {
      id: "languages",
      heading: s.filterLanguages,
      values: listFacet(
        "languages",
        state.languages,
        (code) => (messages.languages as Record<string, string>)[code] ?? code,
        (code) => searchHref(locale, state, { languages: toggled(state.languages, code) }),
      ),
    },
  ];
  const verifiedCount = facets.verified?.true;
  return (
    <details className="group rounded-lg border border-line-soft bg-white p-4 md:open:block" open>
      <summary className="flex min-h-11 cursor-pointer items-center text-lg font-bold md:pointer-events-none md:list-none">
        {s.filtersHeading}
      </summary>
      <div className="mt-2 space-y-5">
        <FacetLink
          value={facetLinkView(
            {
              value: "verified",
              label: s.filterVerified,
              count: verifiedCount,
              selected: state.verified,
              href: searchHref(locale, state, { verified: !state.verified }),
            },
            locale,
            messages,
          )}
        />
        <NearZoneFilter locale={locale} messages={messages} state={state} near={near} />
        {groups.map((group) => (
          <FacetGroup
            key={group.id}
            id={group.id}
            heading={group.heading}
            values={group.values.map((value) => facetLinkView(value, locale, messages))}
          />
        ))}
        <CapacityFilter
          locale={locale}
          messages={messages}
          state={state}
          unitCounts={facets.capacityUnit ?? {}}
          invalid={capacityInvalid}
          typed={typedCapacity}
        />
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
