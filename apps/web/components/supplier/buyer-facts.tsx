// How a buyer behaves, shown beside each of its requests: how often it awards and how long it takes.
import { formatNumber } from "../../lib/format";
import { fill, plural } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { SupplierMatch } from "../../lib/supplier-workspace";

export function BuyerFacts({
  match,
  locale,
  messages,
}: {
  match: SupplierMatch;
  locale: Locale;
  messages: Messages;
}) {
  const copy = messages.supplierWorkspace;
  const rate = match.buyerAwardRate;
  const days = match.buyerMedianAwardDays;
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{copy.buyer}</dt>
      <dd>{match.request.buyer ? match.request.buyer.name : copy.buyerHidden}</dd>
      <dt className="font-semibold">{copy.awardRate}</dt>
      <dd>
        {rate.rate === null
          ? copy.awardRateNone
          : fill(copy.awardRateValue, {
              awarded: formatNumber(locale, rate.awarded),
              ended: formatNumber(locale, rate.ended),
              percent: `${formatNumber(locale, Math.round(rate.rate * 100))}%`,
            })}
      </dd>
      <dt className="font-semibold">{copy.awardDays}</dt>
      <dd>
        {days === null
          ? copy.awardDaysNone
          : days < 1
            ? copy.awardDaysSoon
            : plural(locale, copy.awardDaysValue, Math.round(days))}
      </dd>
    </dl>
  );
}
