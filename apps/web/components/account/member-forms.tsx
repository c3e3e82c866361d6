"use client";
// The owner's changes to the member list: inviting, and one small form per button (withdraw an invitation, change
// a role, remove a member) so each works without JavaScript and says what happened next to it.
import { useActionState } from "react";
import { changeMembers, inviteMember } from "../../app/actions/member-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";
import { Label } from "../ui/label";

export function InviteForm(props: { locale: Locale; messages: Messages; organizationId: string }) {
  const [state, action, pending] = useActionState(inviteMember, idleForm);
  const copy = props.messages.account.members;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} messages={props.messages} labels={{ email: copy.inviteEmail }} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="organizationId" value={props.organizationId} />
      <Field
        name="email"
        type="email"
        label={copy.inviteEmail}
        autoComplete="off"
        required
        defaultValue={state.values.email ?? ""}
        error={state.fieldErrors.email}
      />
      <div className="space-y-1">
        <Label htmlFor="field-role">{copy.inviteRole}</Label>
        <select
          id="field-role"
          name="role"
          defaultValue={state.values.role ?? "member"}
          className="block min-h-11 w-full max-w-xs rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
        >
          <option value="member">{copy.member}</option>
          <option value="owner">{copy.owner}</option>
        </select>
      </div>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.inviteSubmit}
      </Button>
    </form>
  );
}

export function MemberActionButton(props: {
  locale: Locale;
  messages: Messages;
  organizationId: string;
  action: "revoke" | "remove" | "role";
  target: string;
  role?: "owner" | "member";
  label: string;
  /** Names the person the button acts on, for screen readers (several rows have the same button). */
  accessibleLabel: string;
}) {
  const [state, action, pending] = useActionState(changeMembers, idleForm);
  return (
    <form action={action} className="inline-block">
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="organizationId" value={props.organizationId} />
      <input type="hidden" name="action" value={props.action} />
      <input type="hidden" name="target" value={props.target} />
      {props.role ? <input type="hidden" name="role" value={props.role} /> : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={props.accessibleLabel}>
        {props.label}
      </Button>
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className="mt-1 font-semibold">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
