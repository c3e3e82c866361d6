"use client";
// The pages behind account email links whose button acts at once: confirm the email, choose a new password,
// unlock sign-in. Opening the link only shows the page; the change happens when the person presses the button
// (a form POST), so mail scanners that open links change nothing.
import { useActionState } from "react";
import { resetPassword, unlockSignIn, verifyEmail } from "../../app/actions/email-link-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { NewPasswordField } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { TokenField } from "../forms/token-field";
import { Button } from "../ui/button";

const actions = { verify: verifyEmail, reset: resetPassword, unlock: unlockSignIn };

export function EmailLinkForm({
  kind,
  locale,
  messages,
}: {
  kind: keyof typeof actions;
  locale: Locale;
  messages: Messages;
}) {
  const [state, action, pending] = useActionState(actions[kind], idleForm);
  const account = messages.account;
  const copy = { verify: account.verifyEmail, reset: account.resetPassword, unlock: account.unlock }[kind];
  if (state.status === "done") {
    return (
      <div role="status" className="space-y-3">
        <h2 className="text-2xl font-bold">{copy.done}</h2>
        <p className="text-lg">{copy.doneLead}</p>
        <p>
          <Button asChild>
            <a href={`/${locale}/login`}>{account.login.submit}</a>
          </Button>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback
        state={state}
        messages={messages}
        labels={{ pastedLink: account.form.linkField, password: account.resetPassword.password }}
      />
      <input type="hidden" name="locale" value={locale} />
      <TokenField
        initialToken={state.values.token}
        label={account.form.linkField}
        hint={account.form.linkHint}
        error={state.fieldErrors.pastedLink}
      />
      {kind === "reset" ? (
        <NewPasswordField
          name="password"
          label={account.resetPassword.password}
          hint={account.register.passwordHint}
          error={state.fieldErrors.password}
        />
      ) : null}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.submit}
      </Button>
    </form>
  );
}
