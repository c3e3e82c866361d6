// The API's refusals as a form shows them: each field error next to its field (the API names fields by their path,
// `body.user.email`; a form by its input name), in the page's language. Reasons the API gives a code for carry
// both languages; the few plain messages we know are translated here; anything else is said generically.
import type { components } from "@ketnoi/api-client";
import { fill } from "../i18n/fill";
import type { Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import type { FormState } from "./form-state";

type Problem = components["schemas"]["Problem"];
type FieldError = NonNullable<Problem["errors"]>[number];

function fieldMessage(error: FieldError, locale: Locale): string {
  const messages = messagesFor(locale);
  const form = messages.account.form;
  const request = messages.requests.form.errors;
  if (error.messages) return error.messages[locale];
  const message = error.message.toLowerCase();
  if (message.includes("required")) return form.required;
  if (message.includes("valid email")) return form.invalidEmail;
  if (message.includes("already registered")) return form.emailTaken;
  if (message.includes("at most")) return form.tooLong;
  if (message.includes("invalid, expired or already used")) return form.invalidLink;
  if (message.includes("must not be in the past")) return request.pastDate;
  if (message.includes("must be in the future")) return request.deadlineFuture;
  if (message.includes("must not be after neededby")) return request.deadlineAfterNeeded;
  if (message.includes("could not infer a category")) return request.noCategory;
  return locale === "en"
    ? `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`
    : form.invalid;
}

/** The form state for an API refusal: fields it names (through `fieldNames`) get their message. */
export function formStateFromProblem(
  problem: Problem | undefined,
  locale: Locale,
  fieldNames: Record<string, string>,
  values: Record<string, string>,
  response?: Response,
): FormState {
  const form = messagesFor(locale).account.form;
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const error of problem?.errors ?? []) {
    const name = fieldNames[error.field];
    const message = fieldMessage(error, locale);
    if (name && !fieldErrors[name]) fieldErrors[name] = message;
    else if (!name) unplaced.push(message);
  }
  let message = unplaced[0];
  if (!message && Object.keys(fieldErrors).length === 0) {
    if (problem?.status === 429) {
      const seconds = Number(response?.headers.get("retry-after"));
      message =
        Number.isFinite(seconds) && seconds > 60
          ? fill(form.rateLimitedMinutes, { minutes: Math.ceil(seconds / 60) })
          : form.rateLimited;
    } else if (problem?.status === 503 || !problem) {
      message = form.unavailable;
    } else {
      message = form.failed;
    }
  }
  return { status: "error", values, fieldErrors, ...(message ? { message } : {}) };
}
