// The rows of the quote comparison (and of the award summary): each row's label, one cell per quote, and the
// columns the API marks lowest in that row, compared in dong after conversion (ties mark each).
import type { ReactNode } from "react";
import { webFileLink } from "../../lib/file-links";
import { formatDate, formatMoney, formatNumber, formatQuantity } from "../../lib/format";
import { fill, plural } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { ComparedQuote, ComparisonRow } from "../../lib/quote-table";
import type { Attachment, QuoteComparison } from "../../lib/requests";
import { Badge } from "../ui/badge";

export interface Row {
  key: string;
  label: string;
  cells: ReactNode[];
  /** The API's comparison row whose lowest is marked, if any. */
  compared?: ComparisonRow;
  bestLabel?: string;
}

export function quoteRows(
  comparison: Pick<QuoteComparison, "summary">,
  quotes: ComparedQuote[],
  attachments: Attachment[],
  locale: Locale,
  messages: Messages,
): Row[] {
  const copy = messages.requests.quotes;
  const money = (m: { amount: number; currency: string }) => formatMoney(locale, m.amount, m.currency);
  const vnd = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? null : formatMoney(locale, amount, "VND");
  const withVnd = (main: string, inVnd: string | null, currency: string) => (
    <>
      {main}
      {inVnd && currency !== "VND" ? <span className="block text-base text-muted">≈ {inVnd}</span> : null}
    </>
  );
  const none = copy.notStated;
  return [
    {
      key: "unitPrice",
      label: copy.unitPrice,
      compared: "unitPrice",
      bestLabel: copy.lowest,
      cells: quotes.map((q) =>
        withVnd(money(q.quote.unitPrice), vnd(q.figures.vnd?.unitPrice), q.quote.unitPrice.currency),
      ),
    },
    {
      key: "total",
      label: fill(copy.total, { quantity: formatQuantity(locale, comparison.summary.quantity) }),
      compared: "total",
      bestLabel: copy.lowest,
      cells: quotes.map((q) =>
        withVnd(money(q.figures.total), vnd(q.figures.vnd?.total), q.figures.total.currency),
      ),
    },
    {
      key: "totalWithVat",
      label: copy.totalWithVat,
      compared: "totalWithVat",
      bestLabel: copy.lowest,
      cells: quotes.map((q) =>
        q.figures.totalWithVat
          ? withVnd(
              money(q.figures.totalWithVat),
              vnd(q.figures.vnd?.totalWithVat),
              q.figures.totalWithVat.currency,
            )
          : copy.vatNotStated,
      ),
    },
    {
      key: "currency",
      label: copy.currency,
      cells: quotes.map((q) => {
        const currency = q.quote.unitPrice.currency;
        if (q.figures.conversion === "same_currency") return currency;
        if (q.figures.conversion === "no_rate" || !q.figures.rate) return `${currency} · ${copy.noRate}`;
        return fill(copy.rateUsed, {
          currency,
          rate: formatMoney(locale, q.figures.rate.vndPerUnit, "VND"),
          date: formatDate(locale, q.figures.rate.rateDate),
        });
      }),
    },
    {
      key: "vat",
      label: copy.vat,
      cells: quotes.map((q) =>
        q.quote.vat
          ? fill(q.quote.vat.included ? copy.vatIncluded : copy.vatExcluded, {
              rate: q.quote.vat.ratePercent,
            })
          : copy.vatNotStated,
      ),
    },
    {
      key: "delivery",
      label: copy.delivery,
      cells: quotes.map((q) => {
        const delivery = q.quote.delivery;
        if (!delivery) return none;
        if (delivery.kind === "delivered_to_buyer_zone") return copy.deliveredToZone;
        return `${delivery.incoterm} ${delivery.place}`;
      }),
    },
    {
      key: "payment",
      label: copy.payment,
      compared: "depositPercent",
      bestLabel: copy.lowestDeposit,
      cells: quotes.map((q) =>
        q.quote.paymentTerms
          ? fill(copy.paymentTerms, {
              days: q.quote.paymentTerms.days,
              deposit: q.quote.paymentTerms.depositPercent,
            })
          : none,
      ),
    },
    {
      key: "moq",
      label: copy.moq,
      cells: quotes.map((q) => (q.quote.moq ? formatQuantity(locale, q.quote.moq) : none)),
    },
    {
      key: "leadTime",
      label: copy.leadTime,
      compared: "leadTimeDays",
      bestLabel: copy.shortest,
      cells: quotes.map((q) => (
        <span key={q.id}>
          {plural(locale, copy.leadTimeDays, q.quote.leadTimeDays)}
          <span className="block text-base text-muted">
            {q.quote.deliversInTime ? copy.inTime : copy.late}
          </span>
        </span>
      )),
    },
    {
      key: "validUntil",
      label: copy.validUntil,
      cells: quotes.map((q) => formatDate(locale, q.quote.validUntil)),
    },
    {
      key: "toolingCost",
      label: copy.toolingCost,
      compared: "toolingCost",
      bestLabel: copy.lowest,
      cells: quotes.map((q) =>
        q.quote.toolingCost
          ? withVnd(money(q.quote.toolingCost), vnd(q.figures.vnd?.toolingCost), q.quote.toolingCost.currency)
          : none,
      ),
    },
    {
      key: "sampleCost",
      label: copy.sampleCost,
      compared: "sampleCost",
      bestLabel: copy.lowest,
      cells: quotes.map((q) =>
        q.quote.sampleCost
          ? withVnd(money(q.quote.sampleCost), vnd(q.figures.vnd?.sampleCost), q.quote.sampleCost.currency)
          : none,
      ),
    },
    {
      key: "attachments",
      label: copy.attachments,
      cells: quotes.map((q) => {
        const files = attachments.filter((a) => a.scope === "quote" && a.responseId === q.id);
        if (files.length === 0) return copy.noAttachments;
        return (
          <ul key={q.id}>
            {files.map((file) => (
              <li key={file.id}>
                <a href={webFileLink(file)} className="break-all">
                  {file.fileName}
                </a>
              </li>
            ))}
          </ul>
        );
      }),
    },
    {
      // The figures the matching's responsiveness criterion scores, as the API computed them.
      key: "responsiveness",
      label: copy.responsiveness,
      cells: quotes.map((q) =>
        q.responsiveness ? (
          <span key={q.id}>
            {fill(copy.responsivenessFigures, {
              rate: `${formatNumber(locale, Math.round(q.responsiveness.responseRate * 100))}%`,
              hours: formatNumber(locale, q.responsiveness.medianResponseHours, 1),
            })}
            <span className="block text-base text-muted">
              {fill(copy.responsivenessSample, { count: q.responsiveness.sampleSize })}
            </span>
          </span>
        ) : (
          copy.responsivenessUnknown
        ),
      ),
    },
    {
      key: "verification",
      label: copy.verification,
      cells: quotes.map((q) =>
        q.supplier.verified ? (
          <Badge key={q.id} tone="success">
            ✓ {messages.requests.page.verified}
          </Badge>
        ) : (
          messages.requests.page.unverified
        ),
      ),
    },
    {
      key: "message",
      label: copy.message,
      cells: quotes.map((q) => (
        <span key={q.id} className="whitespace-pre-line">
          {q.message || none}
        </span>
      )),
    },
  ];
}

/** Is column `index` marked lowest in this row? */
export const isBest = (row: Row, quote: ComparedQuote) =>
  row.compared !== undefined && quote.figures.lowestIn.includes(row.compared);

export function Marked({ row, quote, index }: { row: Row; quote: ComparedQuote; index: number }) {
  return (
    <>
      {row.cells[index]}
      {isBest(row, quote) ? (
        <span className="mt-1 block">
          <Badge tone="success">★ {row.bestLabel}</Badge>
        </span>
      ) : null}
    </>
  );
}
