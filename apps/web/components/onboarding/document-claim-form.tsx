"use client";
// Claim a profile that has no contact email: upload the business registration certificate for the admins to
// review. The note typed stays after a refusal; a refused file is said next to the file field.
import { useActionState } from "react";
import { startDocumentClaim } from "../../app/actions/onboarding-actions";
import { idleForm } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { documentAccept, FileField } from "../forms/file-input";
import { Button } from "../ui/button";
import { Label } from "../ui/label";

export function DocumentClaimForm(props: {
  locale: Locale;
  messages: Messages;
  supplierId: string;
  name: string;
}) {
  const [state, action, pending] = useActionState(startDocumentClaim, idleForm);
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
  const id = (field: string) => `field-${field}-${props.supplierId}`;
  const noteError = state.fieldErrors.note;
  return (
    <form action={action} className="mt-3 space-y-3 rounded-md border-2 border-line-soft p-3">
      <h3 className="text-lg font-bold">{copy.documentHeading}</h3>
      <p>{copy.documentLead}</p>
      {state.message ? (
        <p role="alert" className="font-semibold text-critical-ink">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="supplierId" value={props.supplierId} />
      <FileField
        id={id("certificate")}
        name="certificate"
        label={copy.documentField}
        hint={copy.documentHint}
        error={state.fieldErrors.certificate}
        accept={documentAccept}
        required
      />
      <div className={`space-y-1 ${noteError ? "border-l-4 border-critical-ink pl-3" : ""}`}>
        <Label htmlFor={id("note")}>{copy.documentNote}</Label>
        {noteError ? (
          <p id={`${id("note")}-error`} className="font-semibold text-critical-ink">
            {noteError}
          </p>
        ) : null}
        <textarea
          id={id("note")}
          name="note"
          rows={3}
          defaultValue={state.values.note ?? ""}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id("note")}-error` : undefined}
          className="block w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
        />
      </div>
      <Button
        type="submit"
        disabled={pending}
        aria-label={fill(copy.documentAccessible, { name: props.name })}
        className="w-full sm:w-auto"
      >
        {copy.documentSubmit}
      </Button>
    </form>
  );
}
