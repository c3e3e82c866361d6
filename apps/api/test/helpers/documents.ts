// Company papers through the API as the web sends them: one multipart upload, then the id in a JSON body.
import { bearer, type RegisteredAccount } from "./accounts.js";
import { multipartBody } from "./attachments.js";
import type { TestApp } from "./test-app.js";

export function uploadDocument(
  t: TestApp,
  account: RegisteredAccount,
  purpose: "claim" | "verification" | "certificate",
  fileName: string,
  bytes: Buffer,
) {
  const body = multipartBody(fileName, bytes);
  return t.app.inject({
    method: "POST",
    url: `/v1/documents?for=${purpose}`,
    headers: { ...bearer(account.accessToken), ...body.headers },
    payload: body.payload,
  });
}

/** Uploads and returns the new document's id, failing the test on anything but 201. */
export async function uploadedDocument(
  t: TestApp,
  account: RegisteredAccount,
  purpose: "claim" | "verification" | "certificate",
  fileName: string,
  bytes: Buffer,
): Promise<string> {
  const response = await uploadDocument(t, account, purpose, fileName, bytes);
  if (response.statusCode !== 201)
    throw new Error(`upload answered ${response.statusCode}: ${response.body}`);
  return response.json().id as string;
}

/** Opens a signed download link as a browser would (no session). */
export function download(t: TestApp, url: string) {
  return t.app.inject({ method: "GET", url });
}
