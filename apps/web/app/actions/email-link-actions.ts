"use server";
// What the pages behind email links do when their button is pressed. The token comes from the link's fragment
// (or is pasted) and goes to the API in a POST body: never in a URL, never in a log.
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import { postedToken } from "../../lib/forms/pasted-token";
import { fill } from "../../lib/i18n/fill";
import { messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { startSession } from "../../lib/session/web-session";

const tokenField = { "body.token": "pastedLink" };

export async function verifyEmail(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const token = postedToken(form);
  const { data, error, response } = await api().POST("/v1/auth/verify-email", { body: { token } });
  if (!data) return formStateFromProblem(error, locale, tokenField, {}, response);
  return { status: "done", values: {}, fieldErrors: {} };
}

export async function requestPasswordReset(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const values = typedValues(form, ["email"]);
  const { data, error, response } = await api().POST("/v1/auth/password-reset", {
    body: { email: text(form, "email") },
  });
  if (!data) return formStateFromProblem(error, locale, { "body.email": "email" }, values, response);
  const message = fill(messagesFor(locale).account.forgotPassword.sent, { email: values.email ?? "" });
  return { status: "done", values, fieldErrors: {}, message };
}

export async function resetPassword(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const token = postedToken(form);
  const { error, response } = await api().POST("/v1/auth/reset-password", {
    body: { token, password: text(form, "password") },
  });
  if (response.status === 204) return { status: "done", values: {}, fieldErrors: {} };
  // The token stays in the form (a hidden field) so another password can be tried from the same link.
  return formStateFromProblem(
    error,
    locale,
    { ...tokenField, "body.password": "password" },
    { token },
    response,
  );
}

export async function unlockSignIn(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const { data, error, response } = await api().POST("/v1/auth/login/unlock", {
    body: { token: postedToken(form) },
  });
  if (!data) return formStateFromProblem(error, locale, tokenField, {}, response);
  return { status: "done", values: {}, fieldErrors: {} };
}

/** First step of an invitation: what it offers (nothing changes). The preview rides in the state's values. */
async function previewInvitation(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const token = postedToken(form);
  const { data, error, response } = await api().POST("/v1/invitations/preview", { body: { token } });
  if (!data) return formStateFromProblem(error, locale, tokenField, {}, response);
  return {
    status: "idle",
    values: {
      token,
      organizationName: data.organizationName,
      inviterName: data.inviterName ?? "",
      email: data.email,
      role: data.role,
      hasAccount: String(data.hasAccount),
    },
    fieldErrors: {},
  };
}

/** The invitation page's one form: the preview step, then the acceptance. */
export async function invitationStep(previous: FormState, form: FormData): Promise<FormState> {
  return text(form, "step") === "accept" ? acceptInvitation(form) : previewInvitation(previous, form);
}

/** What the preview showed, posted back with the acceptance (hidden fields), so a refusal can show it again. */
function postedPreview(form: FormData): Record<string, string> {
  const preview: Record<string, string> = {};
  for (const name of ["organizationName", "inviterName", "email", "role", "hasAccount"]) {
    preview[name] = text(form, `preview.${name}`);
  }
  return preview;
}

async function acceptInvitation(form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const token = postedToken(form);
  const name = text(form, "name");
  const password = text(form, "password");
  const { data, error, response } = await api().POST("/v1/invitations/accept", {
    body: { token, language: locale, ...(name ? { name } : {}), ...(password ? { password } : {}) },
  });
  if (!data) {
    const preview = postedPreview(form);
    return formStateFromProblem(
      error,
      locale,
      { ...tokenField, "body.name": "name", "body.password": "password" },
      { ...preview, token, name },
      response,
    );
  }
  await startSession(data.session);
  redirect("/organization/members");
}
