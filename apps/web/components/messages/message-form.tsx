"use client";
// Writing in a thread: the text, an optional file, and for the buyer the choice to answer every supplier at once
// (without naming who asked). Keeps what was typed when the API refuses it; errors sit next to their field.
import { useActionState, useMemo } from "react";
import { postThreadMessage } from "../../app/actions/message-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { TextAreaField } from "../forms/field";
import { FileField } from "../forms/file-input";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";
import { Label } from "../ui/label";

export function MessageForm({
  requestId,
  supplierId,
  side,
  locale,
  messages,
}: {
  requestId: string;
  supplierId: string;
  side: "buyer" | "supplier";
  locale: Locale;
  messages: Messages;
}) {
  const [state, action, pending] = useActionState(postThreadMessage, idleForm);
  // One key per attempt: a double click sends once, the next message is a new one.
  const idempotencyKey = useMemo(() => (state ? crypto.randomUUID() : ""), [state]);
  const copy = messages.threads;
  const labels = { body: copy.body, file: copy.file, answerToAll: copy.sendToAll };
  const toAllError = state.fieldErrors.answerToAll;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormFeedback state={state} messages={messages} labels={labels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="supplierId" value={supplierId} />
      <input type="hidden" name="side" value={side} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextAreaField
        // A new empty text area after a message went out; the typed text stays after a refusal.
        key={state.status === "done" ? idempotencyKey : "typing"}
        name="body"
        label={copy.body}
        hint={side === "buyer" ? copy.bodyHintBuyer : copy.bodyHintSupplier}
        error={state.fieldErrors.body}
        defaultValue={state.values.body ?? ""}
        maxLength={4000}
        rows={4}
        required
      />
      <FileField name="file" label={copy.file} hint={copy.fileHint} error={state.fieldErrors.file} />
      {side === "buyer" ? (
        <div className={`space-y-1 ${toAllError ? "border-l-4 border-critical-ink pl-3" : ""}`}>
          {toAllError ? (
            <p id="field-answerToAll-error" className="font-semibold text-critical-ink">
              {toAllError}
            </p>
          ) : null}
          <div className="flex items-start gap-3">
            <input
              id="field-answerToAll"
              name="answerToAll"
              type="checkbox"
              defaultChecked={state.values.answerToAll === "on"}
              aria-describedby={`field-answerToAll-hint${toAllError ? " field-answerToAll-error" : ""}`}
              className="mt-1 size-6 shrink-0"
            />
            <div>
              <Label htmlFor="field-answerToAll">{copy.sendToAll}</Label>
              <p id="field-answerToAll-hint" className="text-base text-muted">
                {copy.sendToAllHint}
              </p>
            </div>
          </div>
        </div>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.send}
      </Button>
    </form>
  );
}
