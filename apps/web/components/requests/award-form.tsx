// Awarding the request to one quote: a plain form (no JavaScript needed, nothing shipped to the browser per quote),
// with the optional reason the other suppliers will read folded away until wanted.
import { awardQuote } from "../../app/actions/request-actions";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { controlClass } from "../forms/field";
import { Button } from "../ui/button";

export function AwardForm({
  locale,
  messages,
  requestId,
  responseId,
  supplierName,
  idempotencyKey,
  idPrefix,
}: {
  locale: Locale;
  messages: Messages;
  requestId: string;
  responseId: string;
  supplierName: string;
  idempotencyKey: string;
  /** The table and the phone's cards both hold the form: their field ids must differ. */
  idPrefix: string;
}) {
  const copy = messages.requests.quotes;
  const reasonId = `${idPrefix}-reason-${responseId}`;
  return (
    <form action={awardQuote} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="responseId" value={responseId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <details>
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{copy.awardReason}</summary>
        <label htmlFor={reasonId} className="sr-only">
          {copy.awardReason}
        </label>
        <p id={`${reasonId}-hint`} className="text-base text-muted">
          {copy.awardReasonHint}
        </p>
        <textarea
          id={reasonId}
          name="reason"
          rows={3}
          maxLength={1000}
          aria-describedby={`${reasonId}-hint`}
          className={controlClass}
        />
      </details>
      <Button type="submit" className="w-full" aria-label={`${copy.award}: ${supplierName}`}>
        {copy.award}
      </Button>
    </form>
  );
}
