// The category tree with how many suppliers each category has: the directory's other way in, next to the zones.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnavailablePage } from "../../../components/notice";
import { type CategoryNode, categoryName, referenceData, searchSuppliers } from "../../../lib/directory";
import { formatNumber } from "../../../lib/format";
import { plural } from "../../../lib/i18n/fill";
import { isLocale, type Locale } from "../../../lib/i18n/locales";
import { type Messages, messagesFor } from "../../../lib/i18n/messages";
import { emptySearch } from "../../../lib/search-params";
import { pageMetadata } from "../../../lib/seo";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const messages = messagesFor(locale);
  return pageMetadata({
    locale,
    pathIn: (l) => `/${l}/categories`,
    title: messages.meta.categoriesTitle,
    description: messages.meta.categoriesDescription,
    siteName: messages.meta.siteName,
  });
}

export default async function CategoriesPage({ params }: PageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const messages = messagesFor(locale);
  const c = messages.categories;
  const [reference, counts] = await Promise.all([
    referenceData(),
    searchSuppliers(emptySearch, { pageSize: 1 }),
  ]);
  if (!reference) {
    return <UnavailablePage heading={c.heading} message={c.unavailable} />;
  }
  const perCategory = counts.kind === "results" ? (counts.result.facets.categoryCodes ?? {}) : undefined;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold leading-tight">{c.heading}</h1>
        <p className="text-lg">{c.lead}</p>
      </header>
      <div className="grid gap-6 md:grid-cols-2">
        {reference.categoryTree.map((root) => (
          <section
            key={root.code}
            aria-labelledby={`category-${root.code}`}
            className="rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6"
          >
            <h2 id={`category-${root.code}`} className="text-xl font-bold">
              <CategoryLink locale={locale} messages={messages} node={root} counts={perCategory} />
            </h2>
            <CategoryList locale={locale} messages={messages} nodes={root.children} counts={perCategory} />
          </section>
        ))}
      </div>
    </div>
  );
}

function CategoryList({
  locale,
  messages,
  nodes,
  counts,
}: {
  locale: Locale;
  messages: Messages;
  nodes: CategoryNode[];
  counts: Record<string, number> | undefined;
}) {
  if (nodes.length === 0) return null;
  return (
    <ul className="mt-2 space-y-0.5">
      {nodes.map((node) => (
        <li key={node.code}>
          <CategoryLink locale={locale} messages={messages} node={node} counts={counts} />
          {node.children.length > 0 ? (
            <div className="ml-4 border-l-2 border-line-soft pl-3">
              <CategoryList locale={locale} messages={messages} nodes={node.children} counts={counts} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function CategoryLink({
  locale,
  messages,
  node,
  counts,
}: {
  locale: Locale;
  messages: Messages;
  node: CategoryNode;
  counts: Record<string, number> | undefined;
}) {
  const count = counts?.[node.code] ?? 0;
  return (
    <span className="inline-flex min-h-11 flex-wrap items-center gap-x-2">
      <a href={`/${locale}/categories/${encodeURIComponent(node.code)}`}>{categoryName(locale, node)}</a>
      {counts ? (
        <span className="text-base font-normal text-muted">
          ({plural(locale, messages.directory.supplierCount, count, { count: formatNumber(locale, count) })})
        </span>
      ) : null}
    </span>
  );
}
