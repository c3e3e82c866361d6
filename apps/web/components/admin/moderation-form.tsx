"use client";
// Pause or resume a supplier, hide or show a request: the id, the reason, the two buttons.
import { useActionState } from "react";
import { moderate } from "../../app/actions/admin-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

export function ModerationForm(props: {
  locale: Locale;
  messages: Messages;
  subject: "supplier" | "request";
}) {
  const [state, action, pending] = useActionState(moderate, idleForm);
  const copy = props.messages.admin.moderation;
  const reasonCopy = props.messages.admin.decision;
  const idLabel = props.subject === "supplier" ? copy.supplierId : copy.requestId;
  const [on, off] = props.subject === "supplier" ? ["pause", "resume"] : ["hide", "show"];
  // Field names carry the subject: both forms sit on one page and their ids must differ.
  const idName = `${props.subject}Id`;
  const reasonName = `${props.subject}Reason`;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormFeedback
        state={state}
        messages={props.messages}
        labels={{ [idName]: idLabel, [reasonName]: reasonCopy.reason }}
      />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="subject" value={props.subject} />
      <Field
        name={idName}
        label={idLabel}
        autoComplete="off"
        required
        defaultValue={state.values[idName] ?? ""}
        error={state.fieldErrors[idName]}
      />
      <Field
        name={reasonName}
        label={reasonCopy.reason}
        hint={reasonCopy.reasonHint}
        autoComplete="off"
        required
        defaultValue={state.values[reasonName] ?? ""}
        error={state.fieldErrors[reasonName]}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="action" value={on} disabled={pending}>
          {props.subject === "supplier" ? copy.pause : copy.hide}
        </Button>
        <Button type="submit" name="action" value={off} variant="secondary" disabled={pending}>
          {props.subject === "supplier" ? copy.resume : copy.show}
        </Button>
      </div>
    </form>
  );
}
