"use client";
// Downloading one's data and erasing one's account: both ask for the password again (the API wants a fresh login).
import { useActionState } from "react";
import { deleteMyAccount, prepareDataExport } from "../../app/actions/personal-data-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { CurrentPasswordField } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

export function ExportDataForm({ locale, messages }: { locale: Locale; messages: Messages }) {
  const [state, action, pending] = useActionState(prepareDataExport, idleForm);
  const copy = messages.personalData;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormFeedback state={state} messages={messages} labels={{ exportPassword: copy.password }} />
      <input type="hidden" name="locale" value={locale} />
      {state.status === "done" ? (
        <p>
          {/* A plain link: the browser downloads the file and stays on this page. */}
          <a
            href="/settings/data/export"
            download
            className="inline-flex min-h-11 items-center text-lg font-semibold"
          >
            {copy.downloadLink}
          </a>
        </p>
      ) : (
        <>
          <CurrentPasswordField
            name="exportPassword"
            label={copy.password}
            error={state.fieldErrors.exportPassword}
          />
          <Button type="submit" disabled={pending} className="w-full sm:w-auto">
            {copy.exportButton}
          </Button>
        </>
      )}
    </form>
  );
}

export function DeleteAccountForm({ locale, messages }: { locale: Locale; messages: Messages }) {
  const [state, action, pending] = useActionState(deleteMyAccount, idleForm);
  const copy = messages.personalData;
  const confirmError = state.fieldErrors.confirm;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormFeedback
        state={state}
        messages={messages}
        labels={{ deletePassword: copy.password, confirm: copy.confirmLabel }}
      />
      <input type="hidden" name="locale" value={locale} />
      <div className={`space-y-1 ${confirmError ? "border-l-4 border-critical-ink pl-3" : ""}`}>
        {confirmError ? (
          <p id="field-confirm-error" className="font-semibold text-critical-ink">
            {confirmError}
          </p>
        ) : null}
        <label className="flex min-h-11 items-start gap-3 text-lg">
          <input
            id="field-confirm"
            type="checkbox"
            name="confirm"
            value="yes"
            defaultChecked={state.values.confirm === "yes"}
            aria-describedby={confirmError ? "field-confirm-error" : undefined}
            className="mt-1 size-6 shrink-0"
          />
          <span>{copy.confirmLabel}</span>
        </label>
      </div>
      <CurrentPasswordField
        name="deletePassword"
        label={copy.password}
        error={state.fieldErrors.deletePassword}
      />
      <Button type="submit" variant="danger" disabled={pending} className="w-full sm:w-auto">
        {copy.deleteButton}
      </Button>
    </form>
  );
}
