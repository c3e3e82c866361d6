"use client";
// An admin's decision on one verification request or claim: the reason, then approve or reject. Works without
// JavaScript; the reason typed stays after a refusal.
import { useActionState } from "react";
import { decide } from "../../app/actions/admin-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

export function DecisionForm(props: {
  locale: Locale;
  messages: Messages;
  kind: "verification" | "claim";
  id: string;
  /** Names the item, for the reason's label (several forms on one page). */
  subject: string;
}) {
  const [state, action, pending] = useActionState(decide, idleForm);
  const copy = props.messages.admin.decision;
  const fieldId = `field-reason-${props.id}`;
  if (state.status === "done") {
    return (
      <p role="status" className="mt-3 font-semibold">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <FormFeedback state={state} messages={props.messages} labels={{ reason: copy.reason }} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="id" value={props.id} />
      <div className={`space-y-1 ${state.fieldErrors.reason ? "border-l-4 border-critical-ink pl-3" : ""}`}>
        <label htmlFor={fieldId} className="block text-lg font-semibold">
          {copy.reason} <span className="sr-only">: {props.subject}</span>
        </label>
        <p id={`${fieldId}-hint`} className="text-base text-muted">
          {copy.reasonHint}
        </p>
        {state.fieldErrors.reason ? (
          <p id={`${fieldId}-error`} className="font-semibold text-critical-ink">
            {state.fieldErrors.reason}
          </p>
        ) : null}
        <textarea
          id={fieldId}
          name="reason"
          rows={2}
          required
          defaultValue={state.values.reason ?? ""}
          aria-invalid={state.fieldErrors.reason ? true : undefined}
          aria-describedby={`${fieldId}-hint${state.fieldErrors.reason ? ` ${fieldId}-error` : ""}`}
          className="block w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          {copy.approve}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="secondary" disabled={pending}>
          {copy.reject}
        </Button>
      </div>
    </form>
  );
}
