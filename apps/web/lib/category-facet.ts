// The category filter of the search page: the tree with a count per category, opened down to what is chosen.
import type { CategoryNode } from "./directory";
import type { Locale } from "./i18n/locales";
import { type SearchState, searchHref } from "./search-params";

/** One filter value as a link: what it adds or removes, and how many results it has. */
export interface FacetValue {
  value: string;
  label: string;
  count: number | undefined;
  selected: boolean;
  href: string;
  /** Values nested under this one (a category's members). */
  children?: FacetValue[];
}

/** Whether one category code lies above or below the other in the tree ("packaging" and "packaging.labels"). */
function related(a: string, b: string): boolean {
  return a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/**
 * The category tree with counts: top-level categories, and the members of the ones chosen (choosing a member
 * replaces its group, narrowing the search; choosing a chosen one removes it).
 */
export function categoryTreeFacet(
  locale: Locale,
  tree: CategoryNode[],
  counts: Record<string, number>,
  state: SearchState,
): FacetValue[] {
  const chosen = state.categories;
  const open = (node: CategoryNode) => chosen.some((code) => code === node.code || related(code, node.code));
  const visible = (node: CategoryNode) => (counts[node.code] ?? 0) > 0 || chosen.includes(node.code);
  const toValue = (node: CategoryNode): FacetValue => {
    const selected = chosen.includes(node.code);
    const next = selected
      ? chosen.filter((code) => code !== node.code)
      : [...chosen.filter((code) => !related(code, node.code)), node.code];
    return {
      value: node.code,
      label: locale === "vi" ? node.nameVi : node.nameEn,
      count: counts[node.code] ?? 0,
      selected,
      href: searchHref(locale, state, { categories: next }),
      children: open(node)
        ? node.children
            .filter(visible)
            .sort((a, b) => (counts[b.code] ?? 0) - (counts[a.code] ?? 0))
            .map(toValue)
        : [],
    };
  };
  return tree
    .filter(visible)
    .sort((a, b) => (counts[b.code] ?? 0) - (counts[a.code] ?? 0))
    .map(toValue);
}
