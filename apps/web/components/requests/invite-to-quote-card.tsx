// On a supplier's directory profile, for a signed-in buyer: pick one of the organisation's open requests and
// invite the supplier to quote on it. A plain form (works without JavaScript); nothing for anyone else.
import { randomUUID } from "node:crypto";
import { type InviteError, inviteSupplierToQuote } from "../../app/actions/request-actions";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { openRequestsForInvitation } from "../../lib/requests";
import { currentMembership, signedInMe } from "../../lib/session/signed-in";
import { controlClass, FieldFrame } from "../forms/field";
import { Button } from "../ui/button";
import { Card, CardHeading } from "../ui/card";

const inviteErrors: readonly InviteError[] = ["limit", "closed", "supplier", "failed"];

export async function InviteToQuoteCard({
  supplier,
  locale,
  messages,
  outcome,
}: {
  supplier: { id: string; organizationId: string | null };
  locale: Locale;
  messages: Messages;
  /** From the address after an invitation: the request invited to, or why it was refused. */
  outcome: { invited?: string | undefined; inviteError?: string | undefined };
}) {
  const me = await signedInMe();
  const organization = me ? currentMembership(me)?.organization : undefined;
  if (!organization?.roles.includes("buyer") || organization.id === supplier.organizationId) return null;
  const copy = messages.requests.invitations;
  const profileCopy = copy.fromProfile;
  const error = inviteErrors.find((known) => known === outcome.inviteError);
  const requests = supplier.organizationId ? await openRequestsForInvitation() : [];
  return (
    <Card aria-labelledby="invite">
      <CardHeading id="invite">{profileCopy.heading}</CardHeading>
      {outcome.invited ? (
        <p role="status" className="mb-3 rounded-md border-l-4 border-success-ink bg-success-bg p-3">
          {profileCopy.sent}{" "}
          <a href={`/requests/${encodeURIComponent(outcome.invited)}#invitations`} className="font-semibold">
            {messages.requests.invitations.heading}
          </a>
        </p>
      ) : null}
      {!supplier.organizationId ? (
        <p>{profileCopy.unclaimed}</p>
      ) : requests.length === 0 ? (
        <div className="space-y-2">
          <p>{profileCopy.noRequests}</p>
          <a href="/requests/new" className="inline-flex min-h-11 items-center font-semibold">
            {profileCopy.postRequest}
          </a>
        </div>
      ) : (
        <form action={inviteSupplierToQuote} className="space-y-3">
          <p>{profileCopy.lead}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="supplierId" value={supplier.id} />
          <input type="hidden" name="from" value="supplier" />
          <input type="hidden" name="idempotencyKey" value={randomUUID()} />
          <FieldFrame
            name="invite-request"
            label={profileCopy.request}
            error={error ? copy.errors[error] : undefined}
          >
            {(control) => (
              <select {...control} name="requestId" className={controlClass} required>
                {requests.map((request) => (
                  <option key={request.id} value={request.id}>
                    {request.title}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <Button type="submit">{profileCopy.submit}</Button>
        </form>
      )}
    </Card>
  );
}
