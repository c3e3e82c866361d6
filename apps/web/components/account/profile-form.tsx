"use client";
import { useActionState } from "react";
import { resendVerification, updateAccount } from "../../app/actions/settings-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { LanguageChoice } from "../forms/language-choice";
import { Button } from "../ui/button";

export function ProfileForm({
  locale,
  messages,
  name,
}: {
  locale: Locale;
  messages: Messages;
  name: string;
}) {
  const [state, action, pending] = useActionState(updateAccount, idleForm);
  const copy = messages.account.settings;
  const language = state.values.language ?? locale;
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormFeedback state={state} messages={messages} labels={{ name: copy.name, language: copy.language }} />
      <input type="hidden" name="locale" value={locale} />
      <Field
        name="name"
        label={copy.name}
        autoComplete="name"
        required
        defaultValue={state.values.name ?? name}
        error={state.fieldErrors.name}
      />
      <LanguageChoice legend={copy.language} chosen={language} messages={messages} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.save}
      </Button>
    </form>
  );
}

export function ResendVerificationForm({ locale, messages }: { locale: Locale; messages: Messages }) {
  const [state, action, pending] = useActionState(resendVerification, idleForm);
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormFeedback state={state} messages={messages} labels={{}} />
      <input type="hidden" name="locale" value={locale} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {messages.account.verifyEmail.resend}
      </Button>
    </form>
  );
}
