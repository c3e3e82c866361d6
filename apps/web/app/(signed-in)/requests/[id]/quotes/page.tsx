// The quotes on a request side by side: one column per quote (cards on a phone), the lowest of each row marked,
// the private shortlist and the award. Emails link here (/requests/{id}/quotes); others get 404.
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { shortlistQuote } from "../../../../../app/actions/request-actions";
import { ThreadsSection } from "../../../../../components/messages/threads-section";
import { AwardForm } from "../../../../../components/requests/award-form";
import { isBest, Marked, quoteRows } from "../../../../../components/requests/quote-rows";
import { RequestStatusBadge } from "../../../../../components/requests/request-status-badge";
import { Badge } from "../../../../../components/ui/badge";
import { formatDate, formatMoney } from "../../../../../lib/format";
import { fill } from "../../../../../lib/i18n/fill";
import { messagesFor } from "../../../../../lib/i18n/messages";
import { threadsOf } from "../../../../../lib/messages";
import { type ComparedQuote, isComparedQuote } from "../../../../../lib/quote-table";
import { attachmentsOf, quotesOf, requestById } from "../../../../../lib/requests";
import { languageOf, requireMe, signedInMe } from "../../../../../lib/session/signed-in";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).requests.quotes.title } : {};
}

export default async function QuotesPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ awardFailed?: string }> }) {
  const { id } = await params;
  const { awardFailed } = await searchParams;
  const me = await requireMe(`/requests/${encodeURIComponent(id)}/quotes`);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.requests.quotes;
  const [request, comparison, attachments] = await Promise.all([
    requestById(id),
    quotesOf(id),
    attachmentsOf(id),
  ]);
  const quotes = comparison.items.filter(isComparedQuote);
  const declines = comparison.items.filter((item) => item.kind === "decline");
  const rows = quoteRows(comparison, quotes, attachments, locale, messages);
  const awardable = request.status === "open" || request.status === "expired";
  const nameOf = (q: ComparedQuote) => q.supplier.tradeName ?? q.supplier.legalName;
  const { ratesUsed, missingRates } = comparison.summary;
  const rates = ratesUsed
    .map(
      (rate) =>
        `1 ${rate.currency} = ${formatMoney(locale, rate.vndPerUnit, "VND")} (${formatDate(locale, rate.rateDate)})`,
    )
    .join("; ");

  const actions = (q: ComparedQuote, idPrefix: string) => (
    <div className="space-y-2">
      {q.outcome === "awarded" ? <Badge tone="success">{copy.awarded}</Badge> : null}
      {q.outcome === "not_awarded" ? <Badge tone="neutral">{copy.notAwarded}</Badge> : null}
      {q.shortlisted ? <Badge tone="info">★ {copy.shortlisted}</Badge> : null}
      {request.status === "open" || request.status === "expired" ? (
        <form action={shortlistQuote}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="requestId" value={request.id} />
          <input type="hidden" name="responseId" value={q.id} />
          <input type="hidden" name="shortlisted" value={q.shortlisted ? "false" : "true"} />
          <button
            type="submit"
            aria-label={`${q.shortlisted ? copy.unshortlist : copy.shortlist}: ${nameOf(q)}`}
            className="min-h-11 text-left font-semibold text-brand underline"
          >
            {q.shortlisted ? copy.unshortlist : copy.shortlist}
          </button>
        </form>
      ) : null}
      {awardable ? (
        <AwardForm
          locale={locale}
          messages={messages}
          requestId={request.id}
          responseId={q.id}
          supplierName={nameOf(q)}
          idempotencyKey={randomUUID()}
          idPrefix={idPrefix}
        />
      ) : null}
    </div>
  );

  return (
    <div className="space-y-6">
      <p>
        <a href={`/requests/${request.id}`} className="inline-flex min-h-11 items-center">
          ← {messages.requests.page.backToRequest}: {request.title}
        </a>
      </p>
      <div>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-3xl font-bold">{copy.title}</h1>
          <RequestStatusBadge status={request.status} messages={messages} />
        </div>
        <p className="mt-2 text-lg">{request.title}</p>
        <p className="mt-1 text-muted">
          {fill(copy.summary, { quotes: comparison.summary.quotes, declines: comparison.summary.declines })} ·{" "}
          {copy.shortlistHint}
        </p>
      </div>
      {awardFailed ? (
        <p role="alert" className="rounded-md border-l-4 border-critical-ink bg-critical-bg p-3">
          {copy.awardFailed}
        </p>
      ) : null}
      {quotes.length === 0 ? <p className="text-lg">{copy.none}</p> : null}
      {ratesUsed.length > 0 ? (
        <p className="rounded-md border-l-4 border-info-ink bg-info-bg p-3">
          {fill(copy.ratesUsed, { rates })}
        </p>
      ) : null}
      {missingRates.length > 0 ? (
        <p className="rounded-md border-l-4 border-warning-ink bg-warning-bg p-3">
          {fill(copy.missingRates, { currencies: missingRates.join(", ") })}
        </p>
      ) : null}
      {quotes.length > 0 ? (
        <>
          <div className="hidden overflow-x-auto md:block">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">{copy.lead}</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-48 border-b-2 border-ink p-3 align-bottom">
                    {copy.supplier}
                  </th>
                  {quotes.map((q) => (
                    <th
                      key={q.id}
                      scope="col"
                      className={`border-b-2 border-ink p-3 align-bottom ${q.shortlisted ? "bg-info-bg" : ""}`}
                    >
                      <a href={`/requests/${request.id}/matches/${q.supplier.id}`}>{nameOf(q)}</a>
                      {q.revision > 1 ? (
                        <span className="block text-sm font-normal text-muted">
                          {fill(copy.revision, { count: q.revision - 1 })}
                        </span>
                      ) : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className="border-b border-line-soft">
                    <th scope="row" className="p-3 align-top font-semibold">
                      {row.label}
                    </th>
                    {quotes.map((q, index) => (
                      <td key={q.id} className={`p-3 align-top ${isBest(row, q) ? "bg-success-bg" : ""}`}>
                        <Marked row={row} quote={q} index={index} />
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <td className="p-3" />
                  {quotes.map((q) => (
                    <td key={q.id} className="p-3 align-top">
                      {actions(q, "table")}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          <ol className="space-y-4 md:hidden">
            {quotes.map((q, index) => (
              <li key={q.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
                <h2 className="text-xl font-bold">
                  <a href={`/requests/${request.id}/matches/${q.supplier.id}`}>{nameOf(q)}</a>
                </h2>
                <dl className="mt-2 divide-y divide-line-soft">
                  {rows.map((row) => (
                    <div key={row.key} className="py-2">
                      <dt className="font-semibold">{row.label}</dt>
                      <dd>
                        <Marked row={row} quote={q} index={index} />
                      </dd>
                    </div>
                  ))}
                </dl>
                <div className="mt-3">{actions(q, "card")}</div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {declines.length > 0 ? (
        <section aria-labelledby="declines">
          <h2 id="declines" className="text-2xl font-bold">
            {copy.declines}
          </h2>
          <ul className="mt-3 space-y-2">
            {declines.map((d) => (
              <li key={d.id} className="rounded-md border border-line-soft bg-white p-3">
                <span className="font-semibold">{d.supplier.tradeName ?? d.supplier.legalName}</span>:{" "}
                {d.decline ? copy.declineReasons[d.decline.reason] : copy.notStated}
                {d.message ? <span className="block whitespace-pre-line text-muted">{d.message}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ThreadsSection
        requestId={request.id}
        threads={(await threadsOf(request.id)).items}
        from="quotes"
        locale={locale}
        messages={messages}
      />
    </div>
  );
}
