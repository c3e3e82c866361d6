"use server";
// Claiming an imported profile and asking for verification. The API decides who may; these actions pass on what
// the person asked for and say the outcome in the page's language.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { chosenFile, uploadDocument } from "../../lib/documents";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import { postedToken } from "../../lib/forms/pasted-token";
import { fill } from "../../lib/i18n/fill";
import { messagesFor } from "../../lib/i18n/messages";
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

/**
 * A claim proven by the business registration certificate: the file goes up first, then the claim names it. A
 * refused file is said next to the file field; the note typed stays.
 */
export async function startDocumentClaim(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const copy = messagesFor(locale).onboarding.claim;
  const values = typedValues(form, ["note"]);
  const supplierId = text(form, "supplierId");
  const file = chosenFile(form.get("certificate"));
  if (!file) {
    return {
      status: "error",
      values,
      fieldErrors: { certificate: messagesFor(locale).account.form.required },
    };
  }
  const uploaded = await uploadDocument(file, "claim", locale);
  if (!uploaded) return loggedOut(form, "/claim");
  if (!uploaded.ok) return { status: "error", values, fieldErrors: { certificate: uploaded.message } };
  const note = text(form, "note").trim();
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/suppliers/{id}/claims", {
      headers,
      params: { path: { id: supplierId } },
      body: { method: "document", documentId: uploaded.id, ...(note ? { note } : {}) },
    }),
  );
  if (!answer) return loggedOut(form, "/claim");
  if (!answer.data) {
    const code = answer.error?.code;
    if (code === "already_claimed" || code === "claim_pending" || code === "conflict") {
      return { ...failed(copy.errors[code]), values };
    }
    if (code === "email_not_verified") return { ...failed(copy.errors.verifyFirst), values };
    if (answer.response.status === 403) return { ...failed(copy.errors.ownersOnly), values };
    return formStateFromProblem(
      answer.error,
      locale,
      { "body.note": "note", "body.documentId": "certificate" },
      values,
      answer.response,
    );
  }
  revalidatePath("/claim");
  return { status: "done", values: {}, fieldErrors: {}, message: copy.documentSent };
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
  const copy = messagesFor(locale).onboarding.verification;
  const files = form.getAll("documents").flatMap((value) => chosenFile(value) ?? []);
  if (files.length > 10)
    return { status: "error", values, fieldErrors: { documents: copy.tooManyDocuments } };
  // Each file goes up on its own; the request then names them. A refused file stops before anything is asked.
  const documentIds: string[] = [];
  for (const file of files) {
    const uploaded = await uploadDocument(file, "verification", locale);
    if (!uploaded) return loggedOut(form, "/supplier/verification");
    if (!uploaded.ok) {
      return { status: "error", values, fieldErrors: { documents: `${file.name}: ${uploaded.message}` } };
    }
    documentIds.push(uploaded.id);
  }
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/suppliers/{id}/verification-requests", {
      headers,
      params: { path: { id: supplierId } },
      body: { note: text(form, "note"), documentIds },
    }),
  );
  if (!answer) return loggedOut(form, "/supplier/verification");
  if (!answer.data) {
    if (answer.error?.code === "verification_pending") return { ...failed(copy.pending), values };
    const fields: Record<string, string> = { "body.note": "note" };
    for (const index of documentIds.keys()) fields[`body.documentIds.${index}`] = "documents";
    return formStateFromProblem(answer.error, locale, fields, values, answer.response);
  }
  revalidatePath("/supplier/verification");
  return { status: "done", values: {}, fieldErrors: {}, message: copy.sent };
}
