"use client";
import { useActionState } from "react";
import { register } from "../../app/actions/session-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
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
      <Field
        name="password"
        type="password"
        label={copy.password}
        hint={copy.passwordHint}
        autoComplete="new-password"
        required
        error={state.fieldErrors.password}
      />
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">{copy.language}</legend>
        {(["vi", "en"] as const).map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-3 text-lg">
            <input
              type="radio"
              name="language"
              value={value}
              defaultChecked={language === value}
              className="size-6"
            />
            <span lang={value}>{messages.languages[value]}</span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.submit}
      </Button>
    </form>
  );
}
