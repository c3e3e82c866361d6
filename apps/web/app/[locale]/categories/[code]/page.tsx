// One category: its names (with the words traders use for it), its members with counts, and its suppliers, paged.
// A group lists the suppliers of all its members (the index stores each supplier's categories with their groups).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "../../../../components/breadcrumbs";
import { Notice, UnavailablePage } from "../../../../components/notice";
import { SupplierListing } from "../../../../components/supplier-listing";
import {
  type CategoryNode,
  categoryName,
  namesFrom,
  referenceData,
  searchSuppliers,
} from "../../../../lib/directory";
import { formatNumber } from "../../../../lib/format";
import { fill, plural } from "../../../../lib/i18n/fill";
import { isLocale, type Locale } from "../../../../lib/i18n/locales";
import { messagesFor } from "../../../../lib/i18n/messages";
import { emptySearch, parsePage, type SearchField, searchHref } from "../../../../lib/search-params";
import { pageMetadata } from "../../../../lib/seo";

type PageProps = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const categoryHref = (locale: Locale, code: string, page = 1) =>
  `/${locale}/categories/${encodeURIComponent(code)}${page > 1 ? `?page=${page}` : ""}`;

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale, code } = await params;
  if (!isLocale(locale)) return {};
  const messages = messagesFor(locale);
  const found = (await referenceData())?.categories.get(code);
  if (!found) return { title: messages.notFound.heading };
  const page = parsePage(await searchParams, []);
  const title = categoryName(locale, found.node);
  return pageMetadata({
    locale,
    pathIn: (l) => categoryHref(l, found.node.code, page),
    title: page > 1 ? fill(messages.meta.pageSuffix, { title, page }) : title,
    description: fill(messages.meta.categoryDescription, { category: title }),
    siteName: messages.meta.siteName,
  });
}

export default async function CategoryPage({ params, searchParams }: PageProps) {
  const { locale, code } = await params;
  if (!isLocale(locale)) notFound();
  const messages = messagesFor(locale);
  const c = messages.categories;
  const reference = await referenceData();
  if (!reference) {
    return <UnavailablePage heading={messages.nav.categories} message={c.unavailable} />;
  }
  const found = reference.categories.get(code);
  if (!found) notFound();
  const { node, parent } = found;
  const ignored: SearchField[] = [];
  const page = parsePage(await searchParams, ignored);
  const outcome = await searchSuppliers({ ...emptySearch, categories: [node.code], page }, { locale });
  const counts = outcome.kind === "results" ? (outcome.result.facets.categoryCodes ?? {}) : undefined;
  const name = categoryName(locale, node);
  const synonyms = locale === "vi" ? node.synonyms.vi : node.synonyms.en;
  // Every group above the category, the top one first ("Metalworking › CNC machining › CNC turning").
  const ancestors: CategoryNode[] = [];
  for (let up = parent; up; up = reference.categories.get(up.code)?.parent) ancestors.unshift(up);
  const trail = [
    { label: messages.nav.categories, href: `/${locale}/categories` },
    ...ancestors.map((group) => ({
      label: categoryName(locale, group),
      href: categoryHref(locale, group.code),
    })),
    { label: name, href: categoryHref(locale, node.code) },
  ];

  return (
    <div className="space-y-8">
      <Breadcrumbs messages={messages} trail={trail} />
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold leading-tight break-words">{name}</h1>
        <p className="text-muted" lang={locale === "vi" ? "en" : "vi"}>
          {locale === "vi" ? node.nameEn : node.nameVi}
        </p>
        {synonyms.length > 0 ? <p>{fill(c.alsoCalled, { terms: synonyms.join(", ") })}</p> : null}
        <p>
          <a
            href={searchHref(locale, { ...emptySearch, categories: [node.code] })}
            className="inline-flex min-h-11 items-center text-lg font-semibold"
          >
            {c.refine}
          </a>
        </p>
      </header>
      {ignored.length > 0 ? (
        <Notice>
          {fill(messages.search.invalidParameters, {
            fields: ignored.map((field) => messages.search.fields[field]).join(", "),
          })}
        </Notice>
      ) : null}
      {node.children.length > 0 ? (
        <section aria-labelledby="subcategories" className="space-y-2">
          <h2 id="subcategories" className="text-xl font-bold">
            {c.subcategories}
          </h2>
          <ul className="flex flex-wrap gap-x-6">
            {node.children.map((child) => {
              const count = counts?.[child.code] ?? 0;
              return (
                <li key={child.code}>
                  <a href={categoryHref(locale, child.code)} className="inline-flex min-h-11 items-center">
                    {categoryName(locale, child)}
                  </a>
                  {counts ? (
                    <span className="ml-1 text-muted">
                      (
                      {plural(locale, messages.directory.supplierCount, count, {
                        count: formatNumber(locale, count),
                      })}
                      )
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <SupplierListing
        id="category-suppliers"
        heading={c.suppliersHeading}
        locale={locale}
        messages={messages}
        names={namesFrom(locale, reference)}
        outcome={outcome}
        page={page}
        hrefFor={(p) => categoryHref(locale, node.code, p)}
        empty={
          <p>
            {c.suppliersNone}{" "}
            {parent ? (
              <a href={categoryHref(locale, parent.code)}>
                {fill(c.partOf, { category: categoryName(locale, parent) })}
              </a>
            ) : null}
          </p>
        }
      />
    </div>
  );
}
