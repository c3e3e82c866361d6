// One supplier matched to a request: its fit, its reasons criterion by criterion (the API's own lines) and, for a
// near miss, what it lacks.

import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { nearMissReasonsOf, type RequestMatch } from "../../lib/requests";
import { Badge } from "../ui/badge";
import { InviteButton } from "./invite-button";

export function MatchCard({
  requestId,
  match,
  locale,
  messages,
  invite,
}: {
  requestId: string;
  match: RequestMatch;
  locale: Locale;
  messages: Messages;
  /** Set while the request takes invitations: who is invited already. */
  invite?: { invitedIds: Set<string> } | undefined;
}) {
  const copy = messages.requests;
  const name = match.supplier.tradeName ?? match.supplier.legalName;
  const lacks = nearMissReasonsOf(match);
  const score = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    maximumFractionDigits: 0,
  }).format(match.score);
  return (
    <li className="rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-xl font-bold">
          <a href={`/requests/${requestId}/matches/${match.supplier.id}`}>{name}</a>
        </h3>
        <span className="flex flex-wrap gap-2">
          <Badge tone="info">{fill(copy.page.score, { score })}</Badge>
          {match.supplier.verified ? <Badge tone="success">✓ {copy.page.verified}</Badge> : null}
        </span>
      </div>
      {match.supplier.zoneName ? <p className="text-muted">{match.supplier.zoneName}</p> : null}
      {lacks.length > 0 ? (
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <span className="font-semibold">{copy.page.lacks}:</span>
          {lacks.map((reason) => (
            <Badge key={reason} tone="warning">
              {copy.nearMiss[reason]}
            </Badge>
          ))}
        </p>
      ) : null}
      <ul className="mt-2 list-disc space-y-0.5 pl-5">
        {match.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <a
          href={`/requests/${requestId}/matches/${match.supplier.id}`}
          className="inline-flex min-h-11 items-center"
        >
          {fill(copy.page.why, { name })}
        </a>
        {invite ? (
          <InviteButton
            locale={locale}
            messages={messages}
            requestId={requestId}
            supplierId={match.supplier.id}
            supplierName={name}
            invited={invite.invitedIds.has(match.supplier.id)}
          />
        ) : null}
      </div>
    </li>
  );
}
