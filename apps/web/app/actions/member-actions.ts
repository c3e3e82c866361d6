"use server";
// An organisation's members and invitations. The API checks every id against the caller's organisation and role;
// these actions only pass on what the owner asked for.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import { messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { callAsPerson } from "../../lib/session/web-session";

const here = "/organization/members";

async function loggedOut(form: FormData): Promise<never> {
  redirect(`/${await postedLocale(form.get("locale"))}/login?${new URLSearchParams({ returnTo: here })}`);
}

const role = (value: string) => (value === "owner" ? "owner" : "member");

/** Why the API refused a change to the member list, in words. */
function refusal(code: string | undefined, status: number, locale: "vi" | "en"): string {
  const copy = messagesFor(locale).account;
  if (code === "last_owner") return copy.members.lastOwner;
  if (code === "email_not_verified") return copy.members.verifyFirst;
  if (code === "already_member") return copy.members.alreadyMember;
  if (status === 403) return copy.members.ownersOnly;
  if (status === 429) return copy.form.rateLimited;
  return copy.form.failed;
}

export async function inviteMember(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const values = typedValues(form, ["email", "role"]);
  const organizationId = text(form, "organizationId");
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/organizations/{organizationId}/invitations", {
      headers,
      params: { path: { organizationId } },
      body: { email: text(form, "email"), role: role(text(form, "role")) },
    }),
  );
  if (!answer) return loggedOut(form);
  if (!answer.data) {
    const state = formStateFromProblem(
      answer.error,
      locale,
      { "body.email": "email" },
      values,
      answer.response,
    );
    const status = answer.response.status;
    return status === 400 ? state : { ...state, message: refusal(answer.error?.code, status, locale) };
  }
  revalidatePath(here);
  return {
    status: "done",
    values: {},
    fieldErrors: {},
    message: fill(messagesFor(locale).account.members.invited, { email: answer.data.email }),
  };
}

/** Revoke, change a role, remove: one small form per button, the outcome on the page. */
export async function changeMembers(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const organizationId = text(form, "organizationId");
  const target = text(form, "target");
  const action = text(form, "action");
  type Outcome = { response: Response; error?: { code?: string } | undefined };
  const answer = await callAsPerson<Outcome>((headers) => {
    if (action === "revoke") {
      return api().DELETE("/v1/organizations/{organizationId}/invitations/{invitationId}", {
        headers,
        params: { path: { organizationId, invitationId: target } },
      });
    }
    if (action === "remove") {
      return api().DELETE("/v1/organizations/{organizationId}/members/{userId}", {
        headers,
        params: { path: { organizationId, userId: target } },
      });
    }
    return api().PATCH("/v1/organizations/{organizationId}/members/{userId}", {
      headers,
      params: { path: { organizationId, userId: target } },
      body: { role: role(text(form, "role")) },
    });
  });
  if (!answer) return loggedOut(form);
  if (!answer.response.ok) {
    return {
      status: "error",
      values: {},
      fieldErrors: {},
      message: refusal(answer.error?.code, answer.response.status, locale),
    };
  }
  revalidatePath(here);
  return { status: "done", values: {}, fieldErrors: {}, message: messagesFor(locale).account.members.done };
}
