// A supplier's view of one request it matched (the alerts and digests link here): what is asked, why it fits,
// how the buyer behaves, and the quote or decline. Opening it records that the supplier has seen it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageForm } from "../../../../../components/messages/message-form";
import { ThreadMessages } from "../../../../../components/messages/thread-messages";
import { Notice } from "../../../../../components/notice";
import { DeclineForm, QuoteForm, type QuoteValues } from "../../../../../components/supplier/answer-forms";
import { BuyerFacts } from "../../../../../components/supplier/buyer-facts";
import { Deadline } from "../../../../../components/supplier/deadline";
import { QuoteFiles } from "../../../../../components/supplier/quote-files";
import { RequestBadges } from "../../../../../components/supplier/request-badges";
import { SupplierNav } from "../../../../../components/supplier/supplier-nav";
import { Card, CardHeading } from "../../../../../components/ui/card";
import { api } from "../../../../../lib/api";
import { attachmentRefusal } from "../../../../../lib/attachment-upload";
import { webFileLink } from "../../../../../lib/file-links";
import {
  formatDate,
  formatDistanceKm,
  formatFileSize,
  formatMoney,
  formatQuantity,
} from "../../../../../lib/format";
import { fill } from "../../../../../lib/i18n/fill";
import { messagesFor } from "../../../../../lib/i18n/messages";
import { languageOf, requireMe, signedInMe } from "../../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../../lib/session/web-session";
import { ownSupplierProfile } from "../../../../../lib/supplier-workspace";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ attached?: string | string[]; attachmentError?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).supplierWorkspace.requestTitle } : {};
}

/** Thirty days from today, the validity a quote starts with. */
function inThirtyDays(): string {
  return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
}

export default async function SupplierRequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const here = `/supplier/requests/${encodeURIComponent(id)}`;
  const me = await requireMe(here);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.supplierWorkspace;
  const supplier = await ownSupplierProfile();
  if (!supplier) notFound();
  const matchPath = { params: { path: { id: supplier.id, requestId: id } } };
  const match = await callAsPerson((headers) =>
    api().GET("/v1/suppliers/{id}/matches/{requestId}", { headers, ...matchPath }),
  );
  // Not matched to this supplier, someone else's, unknown or malformed: the API says so, the page is a 404.
  if (!match?.data) notFound();
  const item = match.data;
  const [seen, request, own, attachments, thread] = await Promise.all([
    callAsPerson((headers) =>
      api().PUT("/v1/suppliers/{id}/matches/{requestId}/seen", { headers, ...matchPath }),
    ),
    callAsPerson((headers) => api().GET("/v1/requests/{id}", { headers, params: { path: { id } } })),
    item.response
      ? callAsPerson((headers) => api().GET("/v1/requests/{id}/quote", { headers, params: { path: { id } } }))
      : undefined,
    callAsPerson((headers) =>
      api().GET("/v1/requests/{id}/attachments", { headers, params: { path: { id } } }),
    ),
    // Reading the thread marks the buyer's messages read; a request out of reach (hidden) has none to show.
    callAsPerson((headers) =>
      api().GET("/v1/requests/{id}/threads/{supplierId}", {
        headers,
        params: { path: { id, supplierId: supplier.id } },
      }),
    ),
  ]);
  const files = attachments?.data?.items.filter((file) => file.scope === "request") ?? [];
  const quoteFiles = attachments?.data?.items.filter((file) => file.scope === "quote") ?? [];
  // The winner gets the buyer's contact from the award (the contact exchange opens then, and only for it).
  const won = item.request.status === "awarded" && item.response?.outcome === "awarded";
  const award = won
    ? await callAsPerson((headers) =>
        api().GET("/v1/requests/{id}/award", { headers, params: { path: { id } } }),
      )
    : undefined;
  const buyerContact = award?.data?.buyer;
  // The list shows the state as of this visit: "new" only until the first one.
  const state = item.state === "new" && seen?.response.ok ? "seen" : item.state;
  const details = request?.data;
  const answer = own?.data;
  const answering =
    item.request.status === "open" && new Date(item.request.quoteDeadline).getTime() > Date.now();
  const quote = answer?.quote;
  const initial: QuoteValues = {
    unitPrice: quote ? String(quote.unitPrice.amount) : "",
    currency: quote?.unitPrice.currency ?? details?.targetPrice?.currency ?? "VND",
    moqValue: quote?.moq ? String(quote.moq.value) : "",
    moqUnit: quote?.moq?.unit ?? item.request.quantity.unit,
    leadTimeDays: quote ? String(quote.leadTimeDays) : (supplier.leadTimeDays?.toString() ?? ""),
    validUntil: quote?.validUntil ?? inThirtyDays(),
    message: answer?.kind === "quote" ? answer.message : "",
    "vat.ratePercent": quote?.vat ? String(quote.vat.ratePercent) : "",
    "vat.included": quote?.vat && !quote.vat.included ? "added" : "included",
    "delivery.kind": quote?.delivery?.kind ?? "",
    "delivery.incoterm": quote?.delivery?.kind === "incoterm" ? quote.delivery.incoterm : "EXW",
    "delivery.place": quote?.delivery?.kind === "incoterm" ? quote.delivery.place : "",
    "paymentTerms.days": quote?.paymentTerms ? String(quote.paymentTerms.days) : "",
    "paymentTerms.depositPercent": quote?.paymentTerms ? String(quote.paymentTerms.depositPercent) : "",
    toolingCost: quote?.toolingCost ? String(quote.toolingCost.amount) : "",
    sampleCost: quote?.sampleCost ? String(quote.sampleCost.amount) : "",
  };
  const place = details
    ? ((locale === "vi" ? details.delivery.zoneNameVi : details.delivery.zoneNameEn) ??
      details.delivery.province2025)
    : null;
  return (
    <div className="max-w-3xl space-y-6">
      <SupplierNav supplierId={supplier.id} current="request" messages={messages} />
      <p>
        <Link
          href={`/supplier/${encodeURIComponent(supplier.id)}/requests`}
          className="inline-flex min-h-11 items-center"
        >
          ← {copy.backToRequests}
        </Link>
      </p>
      <header className="space-y-2">
        <RequestBadges match={{ ...item, state }} messages={messages} />
        <h1 className="text-3xl font-bold break-words">{item.request.title}</h1>
        <p className="text-lg">
          {copy.quoteDeadline}:{" "}
          <Deadline at={item.request.quoteDeadline} locale={locale} messages={messages} />
        </p>
      </header>

      <Card aria-labelledby="why-heading">
        <CardHeading id="why-heading">{copy.whyMatched}</CardHeading>
        {item.invitedAt ? <p className="mb-2 text-lg">{copy.invitedNote}</p> : null}
        {item.reasons.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5 text-lg">
            {item.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </Card>

      <Card aria-labelledby="request-heading">
        <CardHeading id="request-heading">{copy.requestTitle}</CardHeading>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{copy.quantity}</dt>
          <dd>{formatQuantity(locale, item.request.quantity)}</dd>
          {details?.monthlyVolume ? (
            <>
              <dt className="font-semibold">{copy.monthlyVolume}</dt>
              <dd>{formatQuantity(locale, details.monthlyVolume)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{copy.neededBy}</dt>
          <dd>{formatDate(locale, item.request.neededBy)}</dd>
          {details && place ? (
            <>
              <dt className="font-semibold">{copy.delivery}</dt>
              <dd>
                {details.delivery.maxDistanceKm === null
                  ? place
                  : fill(copy.deliveryWithin, {
                      place,
                      km: formatDistanceKm(locale, details.delivery.maxDistanceKm),
                    })}
              </dd>
            </>
          ) : null}
          <dt className="font-semibold">{copy.distance}</dt>
          <dd>{formatDistanceKm(locale, item.distanceKm)}</dd>
          {details && details.requiredCertifications.length > 0 ? (
            <>
              <dt className="font-semibold">{copy.certificationsRequired}</dt>
              <dd>{details.requiredCertifications.map((cert) => cert.name).join(", ")}</dd>
            </>
          ) : null}
          {details?.targetPrice ? (
            <>
              <dt className="font-semibold">{copy.budget}</dt>
              <dd>{formatMoney(locale, details.targetPrice.amount, details.targetPrice.currency)}</dd>
            </>
          ) : null}
        </dl>
        {details?.description ? (
          <>
            <h3 className="mt-4 text-lg font-bold">{copy.description}</h3>
            <p className="whitespace-pre-line break-words">{details.description}</p>
          </>
        ) : null}
        {details?.specification.text ? (
          <>
            <h3 className="mt-4 text-lg font-bold">{copy.specification}</h3>
            <p className="whitespace-pre-line break-words">
              {[
                details.specification.text,
                details.specification.material,
                details.specification.dimensions,
                details.specification.print,
              ]
                .filter(Boolean)
                .join("\n")}
            </p>
          </>
        ) : null}
        {files.length > 0 ? (
          <>
            <h3 className="mt-4 text-lg font-bold">{copy.attachments}</h3>
            <ul className="mt-1 space-y-1">
              {files.map((file) => (
                <li key={file.id}>
                  <a
                    href={webFileLink(file)}
                    className="inline-flex min-h-11 items-center break-all"
                    download={file.fileName}
                  >
                    {file.fileName}
                  </a>{" "}
                  <span className="text-muted">
                    ({file.kind.toUpperCase()}, {formatFileSize(locale, file.sizeBytes)})
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="mt-4 border-t border-line-soft pt-3">
          <BuyerFacts match={item} locale={locale} messages={messages} />
        </div>
      </Card>

      {answer ? (
        <Card aria-labelledby="answer-heading">
          <CardHeading id="answer-heading">{copy.yourQuote}</CardHeading>
          {answer.kind === "decline" && answer.decline ? (
            <p className="text-lg">
              {fill(copy.declinedWithReason, { reason: copy.declineReasons[answer.decline.reason] })}
            </p>
          ) : null}
          {quote ? (
            <p className="text-lg">
              {formatMoney(locale, quote.unitPrice.amount, quote.unitPrice.currency)} ·{" "}
              {fill(messages.supplier.leadTimeDays, { days: quote.leadTimeDays })} ·{" "}
              {fill(copy.revision, { revision: answer.revision })}
            </p>
          ) : null}
          {item.request.status === "open" ? null : (
            <p className="mt-2 text-lg font-semibold">{copy.outcome[answer.outcome]}</p>
          )}
          {answer.awardReason ? (
            <p className="mt-1 break-words">{fill(copy.awardReason, { reason: answer.awardReason })}</p>
          ) : null}
          {buyerContact ? (
            <dl className="mt-3 grid gap-x-4 gap-y-1 border-t border-line-soft pt-3 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{copy.buyer}</dt>
              <dd>{buyerContact.organizationName}</dd>
              {buyerContact.contact ? (
                <>
                  <dt className="font-semibold">{copy.buyerContact}</dt>
                  <dd>{buyerContact.contact.name}</dd>
                  {buyerContact.contact.email ? (
                    <>
                      <dt className="font-semibold">{messages.supplier.email}</dt>
                      <dd className="break-all">
                        <a href={`mailto:${buyerContact.contact.email}`}>{buyerContact.contact.email}</a>
                      </dd>
                    </>
                  ) : null}
                  {buyerContact.contact.phone ? (
                    <>
                      <dt className="font-semibold">{messages.supplier.phone}</dt>
                      <dd>
                        <a href={`tel:${buyerContact.contact.phone.replace(/[^+0-9]/g, "")}`}>
                          {buyerContact.contact.phone}
                        </a>
                      </dd>
                    </>
                  ) : null}
                </>
              ) : null}
            </dl>
          ) : null}
        </Card>
      ) : null}

      {thread?.data ? (
        <Card aria-labelledby="thread-heading">
          <CardHeading id="thread-heading">
            {thread.data.messages.length > 0 ? messages.threads.threadHeading : messages.threads.askHeading}
          </CardHeading>
          <div className="space-y-4">
            {thread.data.messages.length > 0 ? (
              <ThreadMessages
                items={thread.data.messages}
                reader="supplier"
                supplierName={thread.data.supplier.name}
                locale={locale}
                messages={messages}
              />
            ) : null}
            {thread.data.canPost ? (
              <MessageForm
                requestId={id}
                supplierId={supplier.id}
                side="supplier"
                locale={locale}
                messages={messages}
              />
            ) : null}
          </div>
        </Card>
      ) : null}

      {answer?.kind === "quote" ? (
        <QuoteFiles
          requestId={id}
          files={quoteFiles}
          // The API takes files for an open quote only: once the request closes they stay as they are.
          canUpload={answering}
          uploaded={query.attached === "1"}
          error={attachmentRefusal(query.attachmentError)}
          locale={locale}
          messages={messages}
        />
      ) : null}

      {answering ? (
        <>
          {me.user.emailVerified ? null : <Notice>{copy.emailUnverified}</Notice>}
          <Card aria-labelledby="quote-heading">
            <CardHeading id="quote-heading">{quote ? copy.reviseHeading : copy.quoteHeading}</CardHeading>
            <QuoteForm
              requestId={id}
              requestUnit={item.request.quantity.unit}
              initial={initial}
              revising={quote !== undefined}
              locale={locale}
              messages={messages}
            />
          </Card>
          {answer?.kind === "decline" ? null : (
            <Card aria-labelledby="decline-heading">
              <details>
                <summary className="min-h-11 cursor-pointer py-2">
                  <h2 id="decline-heading" className="inline text-xl font-bold">
                    {copy.declineHeading}
                  </h2>
                </summary>
                <div className="mt-3">
                  <DeclineForm
                    requestId={id}
                    initialReason="capacity_full"
                    locale={locale}
                    messages={messages}
                  />
                </div>
              </details>
            </Card>
          )}
        </>
      ) : item.request.status === "open" ? (
        <Notice>{copy.answerClosed}</Notice>
      ) : null}
    </div>
  );
}
