// Who the buyer invited to quote and what each did since (opened the request, quoted, declined), with the
// outcome of the last invitation made from this page.
import type { InviteError } from "../../app/actions/request-actions";
import { formatDateTime } from "../../lib/format";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import type { RequestInvitation } from "../../lib/requests";
import { Badge, type BadgeTone } from "../ui/badge";
import { Card, CardHeading } from "../ui/card";

const stateTones: Record<RequestInvitation["state"], BadgeTone> = {
  invited: "neutral",
  seen: "info",
  quoted: "success",
  declined: "warning",
};

export function InvitationsCard({
  invitations,
  locale,
  messages,
  invitedName,
  error,
}: {
  invitations: RequestInvitation[];
  locale: Locale;
  messages: Messages;
  /** The supplier just invited, to confirm it. */
  invitedName: string | undefined;
  error: InviteError | undefined;
}) {
  const copy = messages.requests.invitations;
  return (
    <Card aria-labelledby="invitations">
      <CardHeading id="invitations">{copy.heading}</CardHeading>
      {invitedName ? (
        <p role="status" className="mb-3 rounded-md border-l-4 border-success-ink bg-success-bg p-3">
          {fill(copy.sent, { name: invitedName })}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mb-3 rounded-md border-l-4 border-critical-ink bg-critical-bg p-3">
          {copy.errors[error]}
        </p>
      ) : null}
      {invitations.length === 0 ? (
        <p>{copy.none}</p>
      ) : (
        <ul className="divide-y divide-line-soft">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <span>
                <span className="block font-semibold">
                  {invitation.supplier.tradeName ?? invitation.supplier.legalName}
                </span>
                <span className="block text-base text-muted">
                  {fill(copy.invitedAt, { at: formatDateTime(locale, invitation.invitedAt) })}
                  {invitation.matched ? null : ` · ${copy.notMatched}`}
                </span>
              </span>
              <span className="flex flex-wrap gap-2">
                {invitation.supplier.verified ? (
                  <Badge tone="success">✓ {messages.requests.page.verified}</Badge>
                ) : null}
                <Badge tone={stateTones[invitation.state]}>{copy.state[invitation.state]}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-base text-muted">{copy.hint}</p>
    </Card>
  );
}
