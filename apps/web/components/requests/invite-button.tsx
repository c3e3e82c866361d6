// "Invite to quote" for one supplier on the request page: a plain form (works without JavaScript); once invited,
// a badge says so instead.
import { randomUUID } from "node:crypto";
import { inviteSupplierToQuote } from "../../app/actions/request-actions";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";

export function InviteButton({
  locale,
  messages,
  requestId,
  supplierId,
  supplierName,
  invited,
}: {
  locale: Locale;
  messages: Messages;
  requestId: string;
  supplierId: string;
  supplierName: string;
  invited: boolean;
}) {
  const copy = messages.requests.invitations;
  if (invited) return <Badge tone="success">✓ {copy.invitedBadge}</Badge>;
  return (
    <form action={inviteSupplierToQuote}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="supplierId" value={supplierId} />
      <input type="hidden" name="idempotencyKey" value={randomUUID()} />
      <Button type="submit" variant="secondary" aria-label={`${copy.invite}: ${supplierName}`}>
        {copy.invite}
      </Button>
    </form>
  );
}
