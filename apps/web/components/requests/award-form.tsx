"use client";
// Awarding the request to one quote, with its refusal (the request was awarded meanwhile, quoting ended long ago)
// said above the button.
import { useActionState } from "react";
import { awardQuote } from "../../app/actions/request-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

export function AwardForm({
  locale,
  messages,
  requestId,
  responseId,
  supplierName,
  idempotencyKey,
}: {
  locale: Locale;
  messages: Messages;
  requestId: string;
  responseId: string;
  supplierName: string;
  idempotencyKey: string;
}) {
  const [state, action, pending] = useActionState(awardQuote, idleForm);
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} messages={messages} labels={{}} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="responseId" value={responseId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Button
        type="submit"
        disabled={pending}
        className="w-full"
        aria-label={`${messages.requests.quotes.award}: ${supplierName}`}
      >
        {messages.requests.quotes.award}
      </Button>
    </form>
  );
}
