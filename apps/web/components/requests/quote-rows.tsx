// The rows of the quote comparison (and of the award summary): each row's label, one cell per quote, and the
// column marked lowest.
import type { ReactNode } from "react";
import { formatDate, formatMoney, formatQuantity } from "../../lib/format";
import type { Locale } from "../../lib/i18n/locales";
import { fill, type Messages, plural } from "../../lib/i18n/messages";
import { comparableUnitPrices, lowestIndex, type Quote } from "../../lib/quote-table";
import type { SourcingRequest } from "../../lib/requests";
import { Badge } from "../ui/badge";

export interface Row {
  key: string;
  label: string;
  cells: ReactNode[];
  /** The column marked lowest (or shortest) in this row. */
  best?: number | undefined;
  bestLabel?: string;
}

export function quoteRows(
  request: SourcingRequest,
  quotes: Quote[],
  locale: Locale,
  messages: Messages,
): Row[] {
  const copy = messages.requests.quotes;
  const prices = comparableUnitPrices(quotes);
  const need = request.monthlyVolume ?? request.quantity;
  return [
    {
      key: "unitPrice",
      label: copy.unitPrice,
      cells: quotes.map((q) => formatMoney(locale, q.quote.unitPrice.amount, q.quote.unitPrice.currency)),
      best: prices ? lowestIndex(prices) : undefined,
      bestLabel: copy.lowest,
    },
    {
      key: "total",
      label: fill(copy.total, { quantity: formatQuantity(locale, need) }),
      cells: quotes.map((q) =>
        formatMoney(locale, q.quote.estimatedTotal.amount, q.quote.estimatedTotal.currency),
      ),
      best: prices ? lowestIndex(quotes.map((q) => q.quote.estimatedTotal.amount)) : undefined,
      bestLabel: copy.lowest,
    },
    {
      key: "leadTime",
      label: copy.leadTime,
      cells: quotes.map((q) => (
        <>
          {plural(locale, copy.leadTimeDays, q.quote.leadTimeDays)}
          <span className="block text-base text-muted">
            {q.quote.deliversInTime ? copy.inTime : copy.late}
          </span>
        </>
      )),
      best: lowestIndex(quotes.map((q) => q.quote.leadTimeDays)),
      bestLabel: copy.shortest,
    },
    {
      key: "moq",
      label: copy.moq,
      cells: quotes.map((q) => (q.quote.moq ? formatQuantity(locale, q.quote.moq) : copy.notStated)),
    },
    {
      key: "validUntil",
      label: copy.validUntil,
      cells: quotes.map((q) => formatDate(locale, q.quote.validUntil)),
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
          {q.message || copy.notStated}
        </span>
      )),
    },
  ];
}

export function Marked({ row, index }: { row: Row; index: number }) {
  return (
    <>
      {row.cells[index]}
      {row.best === index ? (
        <span className="mt-1 block">
          <Badge tone="success">★ {row.bestLabel}</Badge>
        </span>
      ) : null}
    </>
  );
}
