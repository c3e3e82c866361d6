"use server";
// Taking one's data and leaving. The API asks for a password login in the last ten minutes before either, so each
// action first logs in again with the password just typed; the fresh session replaces the current one.
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { callAsPerson, forgetSession, replaceSession } from "../../lib/session/web-session";

const here = "/settings/data";

type Confirmed = { status: "confirmed" } | { status: "refused"; state: FormState };

/** Logs the person in again with the password they re-entered; a wrong one is said next to the field. */
async function confirmPassword(form: FormData, field: string, locale: Locale): Promise<Confirmed> {
  const copy = messagesFor(locale).personalData;
  const me = await callAsPerson((headers) => api().GET("/v1/me", { headers }));
  if (!me?.data) redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
  const typed = text(form, field);
  if (typed === "") {
    return refused({ [field]: messagesFor(locale).account.form.required });
  }
  const { data, error, response } = await api().POST("/v1/auth/login", {
    body: { email: me.data.user.email, password: typed },
  });
  if (data) {
    await replaceSession(data);
    return { status: "confirmed" };
  }
  if (response.status === 401) return refused({ [field]: copy.wrongPassword });
  if (response.status === 429) {
    return {
      status: "refused",
      state: { status: "error", values: {}, fieldErrors: {}, message: copy.tooManyTries },
    };
  }
  return { status: "refused", state: formStateFromProblem(error, locale, {}, {}, response) };
}

function refused(fieldErrors: Record<string, string>): Confirmed {
  return { status: "refused", state: { status: "error", values: {}, fieldErrors } };
}

/** Confirms the password; the page then offers the download link, valid while the login is fresh. */
export async function prepareDataExport(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const confirmed = await confirmPassword(form, "exportPassword", locale);
  if (confirmed.status === "refused") return confirmed.state;
  return {
    status: "done",
    values: {},
    fieldErrors: {},
    message: messagesFor(locale).personalData.exportReady,
  };
}

export async function deleteMyAccount(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const copy = messagesFor(locale).personalData;
  if (text(form, "confirm") !== "yes") {
    return { status: "error", values: {}, fieldErrors: { confirm: copy.confirmRequired } };
  }
  const confirmed = await confirmPassword(form, "deletePassword", locale);
  if (confirmed.status === "refused") return { ...confirmed.state, values: { confirm: "yes" } };
  const answer = await callAsPerson((headers) => api().DELETE("/v1/me", { headers }));
  if (!answer) redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
  if (answer.response.status === 409) {
    return { status: "error", values: { confirm: "yes" }, fieldErrors: {}, message: copy.lastOwner };
  }
  if (answer.response.status === 404) {
    // Already erased (a second submit): nothing is left to delete, only the web's session to forget.
    await forgetSession();
    redirect(`/${locale}/account-deleted`);
  }
  if (!answer.response.ok) {
    return formStateFromProblem(answer.error, locale, {}, { confirm: "yes" }, answer.response);
  }
  await forgetSession();
  redirect(`/${locale}/account-deleted`);
}
