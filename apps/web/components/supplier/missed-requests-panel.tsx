// "What would bring you more requests": each gap with the number of open requests it costs, most first.
import Link from "next/link";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { gapLine } from "../../lib/missed-requests";
import type { MissedRequests } from "../../lib/supplier-workspace";
import { Card, CardHeading } from "../ui/card";

export function MissedRequestsPanel({
  missed,
  profileHref,
  locale,
  messages,
}: {
  missed: MissedRequests;
  profileHref: string;
  locale: Locale;
  messages: Messages;
}) {
  const copy = messages.supplierWorkspace;
  if (missed.openRequests === 0) return null;
  return (
    <Card aria-labelledby="missed-heading">
      <CardHeading id="missed-heading">{copy.missedHeading}</CardHeading>
      {missed.gaps.length === 0 ? (
        <p className="text-lg">{copy.missedNone}</p>
      ) : (
        <>
          <p className="text-lg">
            {fill(copy.missedLead, { open: missed.openRequests, gaps: missed.requestsWithGaps })}
          </p>
          <ul className="mt-3 space-y-2">
            {missed.gaps.map((gap) => (
              <li key={`${gap.kind}:${"code" in gap ? gap.code : ""}`} className="flex gap-3 text-lg">
                <span aria-hidden="true" className="font-bold text-warning-ink">
                  {gap.requests}
                </span>
                <span>{gapLine(gap, locale, messages)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <Link href={profileHref} className="font-semibold">
              {copy.fixInProfile}
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}
