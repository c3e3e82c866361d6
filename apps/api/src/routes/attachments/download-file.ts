// GET /v1/files/{id}: the bytes of an attachment or a supplier document through a signed link. The link was made
// for someone allowed to see the file when it was listed (a party of the request; the document's organisation or
// an admin); it needs no session (a browser opens it as it is) and expires in minutes.
import { attachmentRepository, supplierDocumentRepository } from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { FileNotFoundError } from "@ketnoi/storage";
import { z } from "zod";
import { uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const fileBody = z
  .custom<unknown>(() => true)
  .meta({ type: "string", format: "binary", description: "The file, with its stored content type" });

/** `filename` in plain ASCII for old clients, `filename*` with the real (Vietnamese) name (RFC 6266). */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function downloadFile(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/files/:attachmentId",
    {
      schema: {
        tags: ["attachments"],
        summary: "Download an attachment or a document through a signed link",
        description:
          "Open the `download.url` an attachment or document listing gave; it works without a session for a few minutes. " +
          "An expired or altered link is a 403 (list the attachments again for a new one). The file is always " +
          "sent as a download (`Content-Disposition: attachment`), never shown inline.",
        params: z.object({ attachmentId: uuidSchema }),
        querystring: z.object({
          expires: z.coerce.number().int().describe("Unix seconds the link expires at"),
          signature: z.string().min(1).max(128),
        }),
        produces: ["application/octet-stream"],
        response: { 200: fileBody, ...problemResponses(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const { attachmentId } = request.params;
      const { expires, signature } = request.query;
      if (!deps.fileLinks.verify(attachmentId, expires, signature, deps.clock())) {
        throw new DomainError(
          "forbidden",
          "This download link is not valid or has expired; ask for a new one",
        );
      }
      const db = deps.database.db;
      // Both tables use random UUIDs, so an id names one file; the signature was made for that id only.
      const attachment =
        (await attachmentRepository.findAttachment(db, attachmentId)) ??
        (await supplierDocumentRepository.findDocument(db, attachmentId));
      if (!attachment) throw notFound("File");
      let body: Awaited<ReturnType<typeof deps.files.get>>;
      try {
        body = await deps.files.get(attachment.storageKey);
      } catch (error) {
        if (error instanceof FileNotFoundError) throw notFound("File");
        throw error;
      }
      return reply
        .header("content-type", attachment.contentType)
        .header("content-length", String(attachment.sizeBytes))
        .header("content-disposition", contentDisposition(attachment.fileName))
        .header("cache-control", "private, no-store")
        .send(body);
    },
  );
}
