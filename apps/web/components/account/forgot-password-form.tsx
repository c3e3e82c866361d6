"use client";
import { useActionState } from "react";
import { requestPasswordReset } from "../../app/actions/email-link-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

export function ForgotPasswordForm({ locale, messages }: { locale: Locale; messages: Messages }) {
  const [state, action, pending] = useActionState(requestPasswordReset, idleForm);
  const copy = messages.account.forgotPassword;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} messages={messages} labels={{ email: copy.email }} />
      <input type="hidden" name="locale" value={locale} />
      <Field
        name="email"
        type="email"
        label={copy.email}
        autoComplete="email"
        required
        defaultValue={state.values.email ?? ""}
        error={state.fieldErrors.email}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.submit}
      </Button>
    </form>
  );
}
