"use client";
// Claim one profile from the search results; the outcome (the masked address the link went to, or why not) shows
// next to the button.
import { useActionState } from "react";
import { startClaim } from "../../app/actions/onboarding-actions";
import { idleForm } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Button } from "../ui/button";

export function ClaimButton(props: { locale: Locale; messages: Messages; supplierId: string; name: string }) {
  const [state, action, pending] = useActionState(startClaim, idleForm);
  const copy = props.messages.onboarding.claim;
  if (state.status === "done") {
    return (
      <p
        role="status"
        className="mt-3 rounded-md border-2 border-success-ink bg-success-bg p-3 font-semibold"
      >
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="supplierId" value={props.supplierId} />
      <Button
        type="submit"
        disabled={pending}
        aria-label={fill(copy.claimAccessible, { name: props.name })}
        className="w-full sm:w-auto"
      >
        {copy.claimSubmit}
      </Button>
      {state.message ? (
        <p role="alert" className="mt-2 font-semibold text-critical-ink">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
