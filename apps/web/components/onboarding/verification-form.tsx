"use client";
// Ask for verification with a note for the reviewer and the documents (registration certificate, certificates);
// what was typed stays after a refusal (files have to be chosen again: browsers never refill a file input).
import { useActionState } from "react";
import { requestVerification } from "../../app/actions/onboarding-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { documentAccept, FileField } from "../forms/file-input";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

export function VerificationForm(props: { locale: Locale; messages: Messages; supplierId: string }) {
  const [state, action, pending] = useActionState(requestVerification, idleForm);
  const copy = props.messages.onboarding.verification;
  if (state.status === "done") {
    return (
      <p role="status" className="rounded-md border-2 border-success-ink bg-success-bg p-3 font-semibold">
        {state.message}
      </p>
    );
  }
  const error = state.fieldErrors.note;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback
        state={state}
        messages={props.messages}
        labels={{ note: copy.note, documents: copy.documents }}
      />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="supplierId" value={props.supplierId} />
      <div className={`space-y-1 ${error ? "border-l-4 border-critical-ink pl-3" : ""}`}>
        <label htmlFor="field-note" className="block text-lg font-semibold">
          {copy.note}
        </label>
        <p id="field-note-hint" className="text-base text-muted">
          {copy.noteHint}
        </p>
        {error ? (
          <p id="field-note-error" className="font-semibold text-critical-ink">
            {error}
          </p>
        ) : null}
        <textarea
          id="field-note"
          name="note"
          rows={4}
          defaultValue={state.values.note ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={`field-note-hint${error ? " field-note-error" : ""}`}
          className="block w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
        />
      </div>
      <FileField
        id="field-documents"
        name="documents"
        label={copy.documents}
        hint={copy.documentsHint}
        error={state.fieldErrors.documents}
        accept={documentAccept}
        multiple
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.submit}
      </Button>
    </form>
  );
}
