// Uploading a company paper (registration certificate, certificate scan) for the signed-in person's organisation:
// one multipart call to the API, whose refusal becomes a sentence for the file's field in the page's language.
import { api } from "./api";
import type { Locale } from "./i18n/locales";
import { messagesFor } from "./i18n/messages";
import { callAsPerson } from "./session/web-session";

export type DocumentPurpose = "claim" | "verification" | "certificate";

export type DocumentUpload =
  | { ok: true; id: string; fileName: string }
  | { ok: false; message: string }
  /** Nobody is signed in any more. */
  | undefined;

/**
 * A file the person chose. An untouched file input still posts a part: an empty File (which Next names
 * "undefined"), so only a file with bytes counts; an empty chosen file is then the same as none.
 */
export function chosenFile(value: FormDataEntryValue | null): File | undefined {
  return value instanceof File && value.size > 0 ? value : undefined;
}

export async function uploadDocument(
  file: File,
  purpose: DocumentPurpose,
  locale: Locale,
): Promise<DocumentUpload> {
  const body = new FormData();
  body.set("file", file, file.name);
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/documents", {
      headers,
      params: { query: { for: purpose } },
      body: body as never,
      // Sent as it is: fetch writes the multipart boundary.
      bodySerializer: (value: unknown) => value as FormData,
    }),
  );
  if (!answer) return undefined;
  if (answer.data) return { ok: true, id: answer.data.id, fileName: answer.data.fileName };
  const copy = messagesFor(locale).documents;
  if (answer.response.status === 413) return { ok: false, message: copy.tooLarge };
  const code = answer.error?.errors?.find((e) => e.field === "body.file")?.code;
  if (code === "file_empty") return { ok: false, message: copy.empty };
  if (answer.response.status === 400) return { ok: false, message: copy.unsupported };
  return { ok: false, message: messagesFor(locale).account.form.failed };
}
