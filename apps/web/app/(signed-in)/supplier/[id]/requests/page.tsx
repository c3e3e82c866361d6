// The open requests a supplier matched or nearly matched (the weekly digest and the alerts link here), newest
// state first as the API orders them, with what would bring it more.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MatchCard } from "../../../../../components/supplier/match-card";
import { MissedRequestsPanel } from "../../../../../components/supplier/missed-requests-panel";
import { SupplierNav } from "../../../../../components/supplier/supplier-nav";
import { api } from "../../../../../lib/api";
import { plural } from "../../../../../lib/i18n/fill";
import { messagesFor } from "../../../../../lib/i18n/messages";
import { languageOf, requireMe, signedInMe } from "../../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../../lib/session/web-session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).supplierWorkspace.requestsTitle } : {};
}

export default async function SupplierRequestsPage({ params }: Props) {
  const { id } = await params;
  const here = `/supplier/${encodeURIComponent(id)}/requests`;
  const me = await requireMe(here);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.supplierWorkspace;
  const path = { params: { path: { id } } };
  const [matches, missed] = await Promise.all([
    callAsPerson((headers) => api().GET("/v1/suppliers/{id}/matches", { headers, ...path })),
    callAsPerson((headers) => api().GET("/v1/suppliers/{id}/missed-requests", { headers, ...path })),
  ]);
  // Someone else's supplier, an unknown id or a malformed one: the API says 404 (or 400), and so does the page.
  if (!matches?.data) notFound();
  const items = matches.data.items;
  const profileHref = `/supplier/${encodeURIComponent(id)}/profile`;
  return (
    <div className="max-w-3xl space-y-6">
      <SupplierNav supplierId={id} current="requests" messages={messages} />
      <header>
        <h1 className="text-3xl font-bold">{copy.requestsTitle}</h1>
        <p className="mt-3 text-lg">{copy.requestsLead}</p>
        <p className="mt-2 font-semibold">{plural(locale, copy.requestsCount, items.length)}</p>
      </header>
      {missed?.data ? (
        <MissedRequestsPanel
          missed={missed.data}
          profileHref={profileHref}
          locale={locale}
          messages={messages}
        />
      ) : null}
      {items.length === 0 ? (
        <section className="rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
          <h2 className="text-xl font-bold">{copy.noRequestsHeading}</h2>
          <p className="mt-2 text-lg">{copy.noRequestsBody}</p>
          <p className="mt-3">
            <Link href={profileHref} className="font-semibold">
              {copy.completeProfile}
            </Link>
          </p>
        </section>
      ) : (
        <ul className="space-y-4">
          {items.map((match) => (
            <MatchCard key={match.request.id} match={match} locale={locale} messages={messages} />
          ))}
        </ul>
      )}
    </div>
  );
}
