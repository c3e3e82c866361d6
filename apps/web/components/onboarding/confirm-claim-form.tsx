"use client";
// The page behind a claim link: opening it shows the button; pressing it makes the signed-in organisation the
// profile's owner (a POST, so mail scanners that open links change nothing).
import { useActionState } from "react";
import { confirmClaim } from "../../app/actions/onboarding-actions";
import { idleForm } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FormFeedback } from "../forms/form-feedback";
import { TokenField } from "../forms/token-field";
import { Button } from "../ui/button";

export function ConfirmClaimForm({ locale, messages }: { locale: Locale; messages: Messages }) {
  const [state, action, pending] = useActionState(confirmClaim, idleForm);
  const copy = messages.onboarding.confirm;
  if (state.status === "done") {
    return (
      <div role="status" className="space-y-3">
        <h2 className="text-2xl font-bold">{copy.done}</h2>
        <p className="text-lg">{fill(copy.doneLead, { company: state.values.company ?? "" })}</p>
        <p>
          <Button asChild>
            <a href="/supplier/verification">{copy.toVerification}</a>
          </Button>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback
        state={state}
        messages={messages}
        labels={{ pastedLink: messages.account.form.linkField }}
      />
      {state.message === copy.signInFirst ? (
        <p>
          <a href={`/${locale}/login`} className="text-lg font-semibold">
            {copy.login}
          </a>
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <TokenField
        initialToken={state.values.token}
        label={messages.account.form.linkField}
        hint={messages.account.form.linkHint}
        error={state.fieldErrors.pastedLink}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.submit}
      </Button>
    </form>
  );
}
