// What was awarded, on one printable page: the request, the winning supplier and its quoted terms. The buyer turns
// it into a purchase order. Only the buyer organisation's members reach it (others get 404).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactDetails } from "../../../../../components/requests/contact-details";
import { PrintButton } from "../../../../../components/requests/print-button";
import { quoteRows } from "../../../../../components/requests/quote-rows";
import { RequestFacts } from "../../../../../components/requests/request-facts";
import { Card, CardHeading } from "../../../../../components/ui/card";
import { formatDate } from "../../../../../lib/format";
import { fill } from "../../../../../lib/i18n/fill";
import { messagesFor } from "../../../../../lib/i18n/messages";
import { isComparedQuote } from "../../../../../lib/quote-table";
import { attachmentsOf, awardOf, quotesOf, requestById } from "../../../../../lib/requests";
import { languageOf, requireMe, signedInMe } from "../../../../../lib/session/signed-in";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).requests.summary.title } : {};
}

export default async function AwardSummaryPage({ params }: Params) {
  const { id } = await params;
  const me = await requireMe(`/requests/${encodeURIComponent(id)}/award-summary`);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.requests.summary;
  const [request, comparison, attachments] = await Promise.all([
    requestById(id),
    quotesOf(id),
    attachmentsOf(id),
  ]);
  const winner = comparison.items.filter(isComparedQuote).find((q) => q.outcome === "awarded");
  if (request.status !== "awarded" || !winner) notFound();
  const award = await awardOf(id);
  // The summary prints the terms as quoted; marks of "lowest" belong to the comparison.
  const rows = quoteRows(comparison, [winner], attachments, locale, messages).filter(
    (row) => row.key !== "attachments",
  );
  return (
    <article className="max-w-3xl space-y-6">
      <p className="print:hidden">
        <a href={`/requests/${request.id}`} className="inline-flex min-h-11 items-center">
          ← {messages.requests.page.backToRequest}
        </a>
      </p>
      <header>
        <h1 className="text-3xl font-bold">{copy.title}</h1>
        <p className="mt-2 text-lg">{copy.lead}</p>
        <p className="mt-1 text-muted">
          {fill(copy.reference, { id: request.id })}
          {` · ${fill(copy.awardedOn, { date: formatDate(locale, award.awardedAt) })}`}
        </p>
      </header>
      <PrintButton label={copy.print} />
      <Card aria-labelledby="winner">
        <CardHeading id="winner">{copy.winner}</CardHeading>
        <p className="text-xl font-bold">{winner.supplier.legalName}</p>
        {winner.supplier.tradeName ? <p>{winner.supplier.tradeName}</p> : null}
        {winner.supplier.zoneName ? <p className="text-muted">{winner.supplier.zoneName}</p> : null}
        <div className="mt-3">
          <ContactDetails contact={award.winner.contact} messages={messages} />
        </div>
      </Card>
      <Card aria-labelledby="buyer">
        <CardHeading id="buyer">{copy.buyer}</CardHeading>
        <p className="text-xl font-bold">{award.buyer.organizationName}</p>
        <div className="mt-3">
          <ContactDetails contact={award.buyer.contact} messages={messages} />
        </div>
        {award.reason ? (
          <p className="mt-3">
            <span className="font-semibold">{copy.reason}:</span>{" "}
            <span className="whitespace-pre-line">{award.reason}</span>
          </p>
        ) : null}
      </Card>
      <Card aria-labelledby="terms">
        <CardHeading id="terms">{copy.terms}</CardHeading>
        <dl className="divide-y divide-line-soft">
          {rows.map((row) => (
            <div key={row.key} className="py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
              <dt className="font-semibold">{row.label}</dt>
              <dd>{row.cells[0]}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <RequestFacts request={request} locale={locale} messages={messages} />
    </article>
  );
}
