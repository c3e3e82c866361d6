// Home: what Kết Nối does for each side, the search box, and where each side signs up (the registration pages
// come with accounts in the browser).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchForm } from "../../components/search-form";
import { Button } from "../../components/ui/button";
import { Card, CardHeading } from "../../components/ui/card";
import { isLocale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import { pageMetadata } from "../../lib/seo";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const messages = messagesFor(locale);
  return pageMetadata({
    locale,
    pathIn: (l) => `/${l}`,
    title: messages.meta.homeTitle,
    description: messages.meta.homeDescription,
    siteName: messages.meta.siteName,
  });
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const messages = messagesFor(locale);
  const home = messages.home;
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-heading" className="max-w-3xl">
        <h1 id="home-heading" className="text-3xl font-bold leading-tight sm:text-4xl">
          {home.heading}
        </h1>
        <p className="mt-4 text-lg sm:text-xl">{home.lead}</p>
      </section>

      <Card>
        <SearchForm locale={locale} messages={messages} />
        <div className="mt-4">
          <p className="font-semibold">{home.examplesHeading}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4">
            {home.examples.map((example) => (
              <li key={example}>
                <a
                  href={`/${locale}/suppliers?${new URLSearchParams({ q: example })}`}
                  className="inline-flex min-h-11 items-center"
                >
                  {example}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <p className="mt-4 flex flex-wrap items-center gap-x-4">
          <span className="font-semibold">{home.browse}</span>
          <a href={`/${locale}/zones`} className="inline-flex min-h-11 items-center">
            {messages.nav.zones}
          </a>
          <a href={`/${locale}/categories`} className="inline-flex min-h-11 items-center">
            {messages.nav.categories}
          </a>
        </p>
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <Audience
          id="buyers"
          heading={home.buyersHeading}
          points={home.buyersPoints}
          cta={home.buyersCta}
          href={`/${locale}/register?role=buyer`}
        />
        <Audience
          id="suppliers"
          heading={home.suppliersHeading}
          points={home.suppliersPoints}
          cta={home.suppliersCta}
          href={`/${locale}/register?role=supplier`}
        />
      </div>
    </div>
  );
}

function Audience(props: { id: string; heading: string; points: string[]; cta: string; href: string }) {
  return (
    <Card aria-labelledby={`${props.id}-heading`} className="flex flex-col">
      <CardHeading id={`${props.id}-heading`}>{props.heading}</CardHeading>
      <ul className="mb-6 list-disc space-y-2 pl-5 text-lg">
        {props.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <div className="mt-auto">
        <Button asChild className="w-full sm:w-auto">
          <a href={props.href}>{props.cta}</a>
        </Button>
      </div>
    </Card>
  );
}
