"use server";
// Logging in and out, and registering: the API's session goes into the web's session store, the browser gets
// the session cookie only.
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import { messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { safeReturnPath } from "../../lib/return-to";
import { endSession, startSession } from "../../lib/session/web-session";

export async function logIn(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const values = typedValues(form, ["email", "returnTo"]);
  const { data, error, response } = await api().POST("/v1/auth/login", {
    body: { email: text(form, "email"), password: text(form, "password") },
  });
  if (!data) {
    const copy = messagesFor(locale).account;
    if (response.status === 401)
      return { status: "error", values, fieldErrors: {}, message: copy.login.wrong };
    if (response.status === 429 && error?.limit === "loginFailuresPerAccount") {
      return { status: "error", values, fieldErrors: {}, message: copy.login.locked };
    }
    return formStateFromProblem(
      error,
      locale,
      { "body.email": "email", "body.password": "password" },
      values,
      response,
    );
  }
  await startSession(data);
  redirect(safeReturnPath(text(form, "returnTo")));
}

export async function logOut(form: FormData): Promise<void> {
  const locale = await postedLocale(form.get("locale"));
  await endSession();
  redirect(`/${locale}`);
}

export async function register(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const roles = form.getAll("roles").filter((role) => role === "buyer" || role === "supplier");
  const language = text(form, "language") === "en" ? "en" : "vi";
  const values = {
    ...typedValues(form, ["organizationName", "name", "email", "language"]),
    roles: roles.join(","),
  };
  if (roles.length === 0) {
    return {
      status: "error",
      values,
      fieldErrors: { roles: messagesFor(locale).account.register.chooseRole },
    };
  }
  const { data, error, response } = await api().POST("/v1/auth/register", {
    body: {
      organization: { name: text(form, "organizationName"), roles },
      user: {
        email: text(form, "email"),
        name: text(form, "name"),
        password: text(form, "password"),
        language,
      },
    },
  });
  if (!data) {
    return formStateFromProblem(
      error,
      locale,
      {
        "body.organization.name": "organizationName",
        "body.organization.roles": "roles",
        "body.user.email": "email",
        "body.user.name": "name",
        "body.user.password": "password",
        "body.user.language": "language",
      },
      values,
      response,
    );
  }
  await startSession(data.session);
  redirect("/settings/account");
}
