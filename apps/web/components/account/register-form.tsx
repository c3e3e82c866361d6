"use client";
import { useActionState } from "react";
import { register } from "../../app/actions/session-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field, NewPasswordField } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { LanguageChoice } from "../forms/language-choice";
import { Button } from "../ui/button";

export function RegisterForm({
  locale,
  messages,
  initialRole,
}: {
  locale: Locale;
  messages: Messages;
  initialRole: string;
}) {
  const [state, action, pending] = useActionState(register, idleForm);
  const copy = messages.account.register;
  const roles = (state.values.roles ?? initialRole).split(",");
  const language = state.values.language ?? locale;
  const roleError = state.fieldErrors.roles;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback
        state={state}
        messages={messages}
        labels={{
          roles: copy.rolesLegend,
          organizationName: copy.organizationName,
          name: copy.name,
          email: copy.email,
          password: copy.password,
        }}
      />
      <input type="hidden" name="locale" value={locale} />
      <fieldset
        id="field-roles"
        aria-describedby={roleError ? "field-roles-error" : undefined}
        className={`space-y-2 ${roleError ? "border-l-4 border-critical-ink pl-3" : ""}`}
      >
        <legend className="text-lg font-semibold">{copy.rolesLegend}</legend>
        {roleError ? (
          <p id="field-roles-error" className="font-semibold text-critical-ink">
            {roleError}
          </p>
        ) : null}
        {(
          [
            ["buyer", copy.roleBuyer, copy.roleBuyerHint],
            ["supplier", copy.roleSupplier, copy.roleSupplierHint],
          ] as const
        ).map(([value, label, hint]) => (
          <label key={value} className="flex min-h-11 items-start gap-3 text-lg">
            <input
              type="checkbox"
              name="roles"
              value={value}
              defaultChecked={roles.includes(value)}
              className="mt-1 size-6 shrink-0"
            />
            <span>
              <span className="font-semibold">{label}</span>
              <span className="block text-base text-muted">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Field
        name="organizationName"
        label={copy.organizationName}
        hint={copy.organizationNameHint}
        autoComplete="organization"
        required
        defaultValue={state.values.organizationName ?? ""}
        error={state.fieldErrors.organizationName}
      />
      <Field
        name="name"
        label={copy.name}
        autoComplete="name"
        required
        defaultValue={state.values.name ?? ""}
        error={state.fieldErrors.name}
      />
      <Field
        name="email"
        type="email"
        label={copy.email}
        autoComplete="email"
        required
        defaultValue={state.values.email ?? ""}
        error={state.fieldErrors.email}
      />
      <NewPasswordField
        name="password"
        label={copy.password}
        hint={copy.passwordHint}
        error={state.fieldErrors.password}
      />
      <LanguageChoice legend={copy.language} chosen={language} messages={messages} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.submit}
      </Button>
    </form>
  );
}
