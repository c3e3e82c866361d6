"use server";
// Claiming an imported profile and asking for verification. The API decides who may; these actions pass on what
// the person asked for and say the outcome in the page's language.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import { postedToken } from "../../lib/forms/pasted-token";
import { fill, messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { callAsPerson } from "../../lib/session/web-session";

async function loggedOut(form: FormData, returnTo: string): Promise<never> {
  redirect(`/${await postedLocale(form.get("locale"))}/login?${new URLSearchParams({ returnTo })}`);
}

const failed = (message: string): FormState => ({ status: "error", values: {}, fieldErrors: {}, message });

export async function startClaim(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const copy = messagesFor(locale).onboarding.claim;
  const supplierId = text(form, "supplierId");
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/suppliers/{id}/claims", {
      headers,
      params: { path: { id: supplierId } },
      body: { method: "email_link" },
    }),
  );
  if (!answer) return loggedOut(form, "/claim");
  if (!answer.data) {
    const code = answer.error?.code;
    if (code === "already_claimed" || code === "claim_pending" || code === "conflict") {
      return failed(copy.errors[code]);
    }
    if (code === "email_not_verified") return failed(copy.errors.verifyFirst);
    if (answer.response.status === 403) return failed(copy.errors.ownersOnly);
    if (answer.response.status === 400) return failed(copy.errors.noEmail);
    return formStateFromProblem(answer.error, locale, {}, {}, answer.response);
  }
  revalidatePath("/claim");
  return {
    status: "done",
    values: {},
    fieldErrors: {},
    message: fill(copy.sent, { email: answer.data.sentTo ?? "" }),
  };
}

export async function confirmClaim(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const copy = messagesFor(locale).onboarding.confirm;
  const token = postedToken(form);
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/claims/confirm", { headers, body: { token } }),
  );
  if (!answer) return failed(copy.signInFirst);
  if (!answer.data) {
    const code = answer.error?.code;
    if (
      code === "claim_link_used" ||
      code === "link_expired" ||
      code === "already_claimed" ||
      code === "forbidden" ||
      code === "invalid_token"
    ) {
      return { ...failed(copy.errors[code]), values: code === "forbidden" ? { token } : {} };
    }
    return formStateFromProblem(answer.error, locale, { "body.token": "pastedLink" }, {}, answer.response);
  }
  return { status: "done", values: { company: answer.data.legalName }, fieldErrors: {} };
}

export async function requestVerification(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const values = typedValues(form, ["note"]);
  const supplierId = text(form, "supplierId");
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/suppliers/{id}/verification-requests", {
      headers,
      params: { path: { id: supplierId } },
      body: { note: text(form, "note") },
    }),
  );
  if (!answer) return loggedOut(form, "/supplier/verification");
  const copy = messagesFor(locale).onboarding.verification;
  if (!answer.data) {
    if (answer.error?.code === "verification_pending") return { ...failed(copy.pending), values };
    return formStateFromProblem(answer.error, locale, { "body.note": "note" }, values, answer.response);
  }
  revalidatePath("/supplier/verification");
  return { status: "done", values: {}, fieldErrors: {}, message: copy.sent };
}
