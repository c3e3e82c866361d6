"use client";
// An invitation link: first what it offers (read from the link, nothing changes; with JavaScript this step
// happens by itself), then the button that accepts — with a name and password when the address has no account.
import { useActionState } from "react";
import { invitationStep } from "../../app/actions/email-link-actions";
import { idleForm } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field, NewPasswordField } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { TokenField } from "../forms/token-field";
import { Button } from "../ui/button";

export function InvitationForm({ locale, messages }: { locale: Locale; messages: Messages }) {
  const [state, action, pending] = useActionState(invitationStep, idleForm);
  const copy = messages.account.invitation;
  const labels = { pastedLink: messages.account.form.linkField, name: copy.name, password: copy.password };
  const preview = state.values.organizationName ? state.values : undefined;
  if (!preview) {
    return (
      <form action={action} className="space-y-5" noValidate>
        <FormFeedback state={state} messages={messages} labels={labels} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="step" value="open" />
        <TokenField
          label={messages.account.form.linkField}
          hint={messages.account.form.linkHint}
          error={state.fieldErrors.pastedLink}
          autoSubmit
        />
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {copy.open}
        </Button>
      </form>
    );
  }
  const role = preview.role === "owner" ? messages.account.members.owner : messages.account.members.member;
  const newAccount = preview.hasAccount !== "true";
  return (
    <form action={action} className="space-y-5" noValidate>
      <h2 className="text-2xl font-bold">
        {fill(copy.heading, { organization: preview.organizationName ?? "" })}
      </h2>
      <p className="text-lg [overflow-wrap:anywhere]">
        {fill(copy.lead, {
          inviter: preview.inviterName || copy.someone,
          email: preview.email ?? "",
          organization: preview.organizationName ?? "",
          role: role.toLowerCase(),
        })}
      </p>
      <FormFeedback state={state} messages={messages} labels={labels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value="accept" />
      <input type="hidden" name="token" value={preview.token ?? ""} />
      {Object.entries(preview)
        .filter(([name]) => ["organizationName", "inviterName", "email", "role", "hasAccount"].includes(name))
        .map(([name, value]) => (
          <input key={name} type="hidden" name={`preview.${name}`} value={value} />
        ))}
      {newAccount ? (
        <>
          <p className="font-semibold">{copy.newAccount}</p>
          <Field
            name="name"
            label={copy.name}
            autoComplete="name"
            required
            defaultValue={state.values.name ?? ""}
            error={state.fieldErrors.name}
          />
          <NewPasswordField
            name="password"
            label={copy.password}
            hint={messages.account.register.passwordHint}
            error={state.fieldErrors.password}
          />
        </>
      ) : (
        <p>{copy.existingAccount}</p>
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.submit}
      </Button>
    </form>
  );
}
