// Uploading files through the API as a browser would: one multipart/form-data body with the file in `file`.
import { randomBytes } from "node:crypto";
import { bearer, type RegisteredAccount } from "./accounts.js";
import type { TestApp } from "./test-app.js";

export const sampleFiles = {
  pdf: () => Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"),
  png: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]),
  dxf: () => Buffer.from("  0\r\nSECTION\r\n  2\r\nHEADER\r\n  0\r\nENDSEC\r\n  0\r\nEOF\r\n"),
  step: () => Buffer.from("ISO-10303-21;\nHEADER;\nENDSEC;\nEND-ISO-10303-21;\n"),
};

function multipartBody(
  fileName: string,
  bytes: Buffer,
  options: { field?: string; contentType?: string } = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----ketnoi${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? "file"}"; filename="${fileName}"\r\n` +
      `Content-Type: ${options.contentType ?? "application/octet-stream"}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export function upload(
  t: TestApp,
  account: RegisteredAccount,
  requestId: string,
  target: "request" | "quote" | "message",
  fileName: string,
  bytes: Buffer,
  options: { field?: string; contentType?: string } = {},
) {
  const body = multipartBody(fileName, bytes, options);
  return t.app.inject({
    method: "POST",
    url: `/v1/requests/${requestId}/attachments?for=${target}`,
    headers: { ...bearer(account.accessToken), ...body.headers },
    payload: body.payload,
  });
}

export interface AttachmentBody {
  id: string;
  scope: string;
  fileName: string;
  kind: string;
  sizeBytes: number;
  responseId: string | null;
  download: { url: string; expiresAt: string };
}

export async function attachmentsOf(t: TestApp, account: RegisteredAccount, requestId: string) {
  return t.app.inject({
    method: "GET",
    url: `/v1/requests/${requestId}/attachments`,
    headers: bearer(account.accessToken),
  });
}
