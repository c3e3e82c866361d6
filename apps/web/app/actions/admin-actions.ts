"use server";
// The admin console's actions. The API checks the platform-admin role on every call; the pages' own check only
// keeps the console out of others' sight.
import type { components } from "@ketnoi/api-client";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import { messagesFor } from "../../lib/i18n/messages";
import type { ImportRowIssue } from "../../lib/import-report";
import { postedLocale } from "../../lib/locale-of-request";
import { callAsPerson } from "../../lib/session/web-session";

async function loggedOut(form: FormData, returnTo: string): Promise<never> {
  redirect(`/${await postedLocale(form.get("locale"))}/login?${new URLSearchParams({ returnTo })}`);
}

/** What the console's writes have in common: whether it worked, and the API's problem when not. */
type Outcome = { response: Response; data?: unknown; error?: components["schemas"]["Problem"] | undefined };

const decision = (value: string) => (value === "approve" ? "approve" : "reject");

/** Approve or reject a verification request or a claim, with the reason. */
export async function decide(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const values = typedValues(form, ["reason"]);
  const id = text(form, "id");
  const kind = text(form, "kind");
  const body = { decision: decision(text(form, "decision")), reason: text(form, "reason") } as const;
  const here = kind === "claim" ? "/admin/claims" : "/admin/verification";
  const answer = await callAsPerson<Outcome>((headers) =>
    kind === "claim"
      ? api().POST("/v1/admin/claims/{id}/decision", { headers, params: { path: { id } }, body })
      : api().POST("/v1/admin/verification-requests/{id}/decision", {
          headers,
          params: { path: { id } },
          body,
        }),
  );
  if (!answer) return loggedOut(form, here);
  const copy = messagesFor(locale).admin.decision;
  if (!answer.data) {
    if (answer.response.status === 409)
      return { status: "error", values, fieldErrors: {}, message: copy.conflict };
    return formStateFromProblem(answer.error, locale, { "body.reason": "reason" }, values, answer.response);
  }
  // No revalidation: the decided item stays on the page with the outcome in place; the next visit leaves it out.
  return { status: "done", values: {}, fieldErrors: {}, message: copy.done };
}

/** Pause or resume a supplier, hide or show a request, with the reason. */
export async function moderate(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const subject = text(form, "subject") === "request" ? "request" : "supplier";
  const idName = `${subject}Id`;
  const reasonName = `${subject}Reason`;
  const values = typedValues(form, [idName, reasonName]);
  const id = text(form, idName).trim();
  const action = text(form, "action");
  const reason = text(form, reasonName);
  const answer = await callAsPerson<Outcome>((headers) =>
    action === "pause" || action === "resume"
      ? api().POST("/v1/admin/suppliers/{id}/moderation", {
          headers,
          params: { path: { id } },
          body: { action, reason },
        })
      : api().POST("/v1/admin/requests/{id}/moderation", {
          headers,
          params: { path: { id } },
          body: { action: action === "show" ? "show" : "hide", reason },
        }),
  );
  if (!answer) return loggedOut(form, "/admin/moderation");
  const copy = messagesFor(locale).admin.moderation;
  if (!answer.data) {
    if (answer.response.status === 404) {
      return { status: "error", values, fieldErrors: { [idName]: copy.notFound } };
    }
    return formStateFromProblem(
      answer.error,
      locale,
      { "body.reason": reasonName, "params.id": idName },
      values,
      answer.response,
    );
  }
  revalidatePath("/admin/audit");
  return { status: "done", values: {}, fieldErrors: {}, message: copy.done };
}

export interface ImportOutcome extends FormState {
  report?: {
    total: number;
    imported: number;
    updated: number;
    rejected: number;
    claimInvitationsSent: number;
    errors: ImportRowIssue[];
    warnings: ImportRowIssue[];
    ignoredColumns: string[];
  };
}

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Sends the uploaded spreadsheet to the import API as it is; the per-row report comes back to the page. */
export async function importDirectory(_previous: ImportOutcome, form: FormData): Promise<ImportOutcome> {
  const locale = await postedLocale(form.get("locale"));
  const copy = messagesFor(locale).admin.import;
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return { status: "error", values: {}, fieldErrors: { file: copy.noFile } };
  }
  const contentType = /\.xlsx$/i.test(file.name) ? xlsxType : "text/csv";
  const bytes = new Uint8Array(await file.arrayBuffer());
  const invitations = form.get("claimInvitations") === "on";
  const language = text(form, "invitationLanguage") === "en" ? "en" : "vi";
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/suppliers/import", {
      headers: { ...headers, "content-type": contentType },
      params: { query: { claimInvitations: invitations ? "true" : "false", invitationLanguage: language } },
      // The spreadsheet's bytes as they are; the API reads them by the content type.
      body: bytes as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
    }),
  );
  if (!answer) return loggedOut(form, "/admin/import");
  if (!answer.data) {
    const detail = answer.error?.detail ?? answer.error?.title ?? "";
    return {
      status: "error",
      values: {},
      fieldErrors: { file: `${copy.refused.replace("{detail}", detail)}` },
    };
  }
  return { status: "done", values: {}, fieldErrors: {}, report: answer.data };
}
