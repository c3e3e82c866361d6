"use server";
// Writing in a request's thread, from either side: the optional file goes to the API first (as a file for a
// message, seen only by its uploader until sent), then the message carrying it. Both as the logged-in person; the
// API decides who may write where and names the field it refuses.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { webConfig } from "../../lib/config";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import { messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { callAsPerson } from "../../lib/session/web-session";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fileCodes = ["file_type_unsupported", "file_too_large", "file_empty"] as const;

/** Uploads the file for a message; its id, or the reason the API refused it (a code the form explains). */
async function uploadForMessage(
  requestId: string,
  file: File,
): Promise<{ id: string } | { refused: (typeof fileCodes)[number] | "failed" } | undefined> {
  const answer = await callAsPerson(async (headers) => {
    const body = new FormData();
    body.append("file", file, file.name);
    const response = await fetch(
      `${webConfig().API_URL}/v1/requests/${encodeURIComponent(requestId)}/attachments?for=message`,
      { method: "POST", headers, body },
    );
    return { response, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
  });
  if (!answer) return undefined;
  if (answer.response.ok) return { id: String(answer.json.id) };
  const errors = answer.json.errors as { code?: string }[] | undefined;
  const code = errors?.[0]?.code ?? String(answer.json.code ?? "");
  return { refused: fileCodes.find((known) => known === code) ?? "failed" };
}

export async function postThreadMessage(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const copy = messagesFor(locale).threads;
  const requestId = text(form, "requestId");
  const supplierId = text(form, "supplierId");
  const side = text(form, "side");
  const here =
    side === "supplier"
      ? `/supplier/requests/${encodeURIComponent(requestId)}`
      : `/requests/${encodeURIComponent(requestId)}/messages/${encodeURIComponent(supplierId)}`;
  const values = typedValues(form, ["body", "answerToAll"]);
  if (!uuidPattern.test(requestId) || !uuidPattern.test(supplierId)) {
    return { status: "error", values, fieldErrors: {}, message: messagesFor(locale).account.form.failed };
  }
  const body = text(form, "body");
  if (!body.trim()) return { status: "error", values, fieldErrors: { body: copy.bodyRequired } };

  const attachmentIds: string[] = [];
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    const uploaded = await uploadForMessage(requestId, file);
    if (!uploaded) redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
    if ("refused" in uploaded) {
      return { status: "error", values, fieldErrors: { file: copy.fileErrors[uploaded.refused] } };
    }
    attachmentIds.push(uploaded.id);
  }
  const key = text(form, "idempotencyKey");
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/requests/{id}/threads/{supplierId}/messages", {
      headers: { ...headers, ...(key ? { "idempotency-key": key } : {}) },
      params: { path: { id: requestId, supplierId } },
      body: { body, attachmentIds, answerToAll: form.get("answerToAll") === "on" },
    }),
  );
  if (!answer) redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
  if (!answer.data) {
    return formStateFromProblem(
      answer.error,
      locale,
      { "body.body": "body", "body.attachmentIds": "file", "body.answerToAll": "answerToAll" },
      values,
      answer.response,
    );
  }
  revalidatePath(here);
  revalidatePath(`/requests/${encodeURIComponent(requestId)}`);
  // A sent message leaves an empty form behind: the thread above shows it.
  return {
    status: "done",
    values: {},
    fieldErrors: {},
    message: answer.data.threads > 1 ? fill(copy.sentToAll, { count: answer.data.threads }) : copy.sent,
  };
}
