// A filter link as the search page prints it: the count formatted in the page's language and, for a chosen value,
// the label that says pressing it removes the filter. The links themselves (components/filters/facet-links.tsx)
// are a client component that only lays these out, for the reason lib/supplier-card-view.ts gives.
import type { FacetValue } from "./category-facet";
import { formatNumber } from "./format";
import { fill } from "./i18n/fill";
import type { Locale } from "./i18n/locales";
import type { Messages } from "./i18n/messages";

export interface FacetLinkView {
  value: string;
  label: string;
  /** "(1.234)"; absent when the API gave no count. */
  count?: string;
  href: string;
  /** Present only on a chosen value: what pressing it does ("Remove filter: …"). */
  removeLabel?: string;
  children?: FacetLinkView[];
}

export function facetLinkView(value: FacetValue, locale: Locale, messages: Messages): FacetLinkView {
  return {
    value: value.value,
    label: value.label,
    ...(value.count !== undefined ? { count: `(${formatNumber(locale, value.count)})` } : {}),
    href: value.href,
    ...(value.selected ? { removeLabel: fill(messages.search.removeFilter, { name: value.label }) } : {}),
    ...(value.children && value.children.length > 0
      ? { children: value.children.map((child) => facetLinkView(child, locale, messages)) }
      : {}),
  };
}
