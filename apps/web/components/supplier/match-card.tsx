// One matched request in the supplier's list: what and how much, by when, why it fits (one line first), and
// the buyer's habits. A card, so it reads the same on a 360 px phone.
import Link from "next/link";
import { formatQuantity } from "../../lib/format";
import { plural } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { SupplierMatch } from "../../lib/supplier-workspace";
import { Badge } from "../ui/badge";
import { BuyerFacts } from "./buyer-facts";
import { Deadline } from "./deadline";
import { RequestBadges } from "./request-badges";

export function MatchCard({
  match,
  locale,
  messages,
}: {
  match: SupplierMatch;
  locale: Locale;
  messages: Messages;
}) {
  const copy = messages.supplierWorkspace;
  const [firstReason, ...moreReasons] = match.reasons;
  const href = `/supplier/requests/${encodeURIComponent(match.request.id)}`;
  return (
    <li className="rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
      <span className="flex flex-wrap gap-2">
        <RequestBadges match={match} messages={messages} />
        {match.unreadMessages > 0 ? (
          <Badge tone="warning">{plural(locale, messages.threads.unreadInList, match.unreadMessages)}</Badge>
        ) : null}
      </span>
      <h2 className="mt-2 text-xl font-bold">
        <Link href={href} className={match.state === "new" ? "" : "font-semibold"}>
          {match.request.title}
        </Link>
      </h2>
      {firstReason ? <p className="mt-1 text-lg">{firstReason}</p> : null}
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{copy.quantity}</dt>
        <dd>{formatQuantity(locale, match.request.quantity)}</dd>
        <dt className="font-semibold">{copy.quoteDeadline}</dt>
        <dd>
          <Deadline at={match.request.quoteDeadline} locale={locale} messages={messages} />
        </dd>
      </dl>
      {moreReasons.length > 0 ? (
        <details className="mt-3">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">{copy.whyMatched}</summary>
          <ul className="list-disc pl-5">
            {moreReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="mt-3 border-t border-line-soft pt-3">
        <BuyerFacts match={match} locale={locale} messages={messages} />
      </div>
    </li>
  );
}
