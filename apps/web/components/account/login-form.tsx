"use client";
import { useActionState } from "react";
import { logIn } from "../../app/actions/session-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { CurrentPasswordField, Field } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

export function LoginForm({
  locale,
  messages,
  returnTo,
}: {
  locale: Locale;
  messages: Messages;
  returnTo: string;
}) {
  const [state, action, pending] = useActionState(logIn, idleForm);
  const copy = messages.account.login;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback
        state={state}
        messages={messages}
        labels={{ email: copy.email, password: copy.password }}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="returnTo" value={state.values.returnTo ?? returnTo} />
      <Field
        name="email"
        type="email"
        label={copy.email}
        autoComplete="email"
        required
        defaultValue={state.values.email ?? ""}
        error={state.fieldErrors.email}
      />
      <CurrentPasswordField name="password" label={copy.password} error={state.fieldErrors.password} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.submit}
      </Button>
    </form>
  );
}
