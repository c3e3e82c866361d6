// What Kết Nối keeps about a person, why and for how long, and how to download or delete it (the settings page
// links here). Static text from the messages files.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";
import { pageMetadata } from "../../../lib/seo";

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
    pathIn: (l) => `/${l}/privacy`,
    title: messages.privacy.title,
    description: messages.privacy.description,
    siteName: messages.meta.siteName,
  });
}

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const privacy = messagesFor(locale).privacy;
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold leading-tight">{privacy.heading}</h1>
      <p className="text-lg">{privacy.lead}</p>
      {privacy.sections.map((section) => (
        <section key={section.heading} aria-labelledby={`privacy-${section.heading}`} className="space-y-2">
          <h2 id={`privacy-${section.heading}`} className="text-xl font-semibold">
            {section.heading}
          </h2>
          <p>{section.body}</p>
        </section>
      ))}
    </article>
  );
}
