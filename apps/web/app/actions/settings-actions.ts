"use server";
// The signed-in person's own settings. Every call goes to the API as that person; the API decides.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import { isLocale, type Locale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { callAsPerson } from "../../lib/session/web-session";

const days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
type Day = (typeof days)[number];
const isDay = (value: string): value is Day => (days as readonly string[]).includes(value);

async function loggedOut(here: string, locale: Locale): Promise<never> {
  redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
}

export async function updateNotifications(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const values = typedValues(form, [
    "digest",
    "digestDay",
    "immediate",
    "requestAlerts",
    "quiet",
    "quietStart",
    "quietEnd",
    "language",
  ]);
  const digestDay = text(form, "digestDay");
  const language = text(form, "language");
  // The API checks the times and the zone, and names the field it refuses.
  const quietHours =
    text(form, "quiet") === "off"
      ? null
      : {
          start: text(form, "quietStart"),
          end: text(form, "quietEnd"),
          timeZone: text(form, "quietTimeZone") || "Asia/Ho_Chi_Minh",
        };
  const answer = await callAsPerson((headers) =>
    api().PATCH("/v1/me/notifications", {
      headers,
      body: {
        digest: text(form, "digest") === "off" ? "off" : "weekly",
        immediate: text(form, "immediate") === "on",
        requestAlerts: text(form, "requestAlerts") === "on",
        quietHours,
        ...(isDay(digestDay) ? { digestDay } : {}),
        ...(isLocale(language) ? { language } : {}),
      },
    }),
  );
  if (!answer) return loggedOut("/settings/notifications", locale);
  if (!answer.data) {
    return formStateFromProblem(
      answer.error,
      locale,
      {
        "body.digest": "digest",
        "body.digestDay": "digestDay",
        "body.language": "language",
        "body.quietHours.start": "quietStart",
        "body.quietHours.end": "quietEnd",
        "body.quietHours.timeZone": "quietStart",
      },
      values,
      answer.response,
    );
  }
  revalidatePath("/settings/notifications");
  // Said in the language just chosen: the page around it follows the account's language too.
  return {
    status: "done",
    values: {},
    fieldErrors: {},
    message: messagesFor(answer.data.language).account.form.saved,
  };
}

export async function updateAccount(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const values = typedValues(form, ["name", "language"]);
  const language = text(form, "language");
  const answer = await callAsPerson((headers) =>
    api().PATCH("/v1/me", {
      headers,
      body: { name: text(form, "name"), ...(isLocale(language) ? { language } : {}) },
    }),
  );
  if (!answer) return loggedOut("/settings/account", locale);
  if (!answer.data) {
    return formStateFromProblem(
      answer.error,
      locale,
      { "body.name": "name", "body.language": "language" },
      values,
      answer.response,
    );
  }
  revalidatePath("/settings/account");
  return {
    status: "done",
    values: {},
    fieldErrors: {},
    message: messagesFor(answer.data.user.language).account.form.saved,
  };
}

export async function resendVerification(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const answer = await callAsPerson((headers) => api().POST("/v1/auth/verify-email/resend", { headers }));
  if (!answer) return loggedOut("/settings/account", locale);
  if (!answer.data) return formStateFromProblem(answer.error, locale, {}, {}, answer.response);
  return {
    status: "done",
    values: {},
    fieldErrors: {},
    message: messagesFor(locale).account.verifyEmail.resent,
  };
}
