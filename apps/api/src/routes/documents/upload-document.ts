// POST /v1/documents: one company paper for the caller's organisation, streamed (multipart/form-data, field
// `file`). Claims, verification requests and certifications then refer to it by id.
import multipart from "@fastify/multipart";
import { supplierDocumentPurposes } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierDocumentSchema } from "../../schemas/supplier-document.js";
import { documentLimits, documentView, storeDocument } from "../../services/supplier-documents.js";
import { requireMultipart } from "../attachments/upload-attachment.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const description = `
Uploads one document for your organisation, sent as \`multipart/form-data\` with the file in the field \`file\`.
At most ${documentLimits.maxBytes / 1024 / 1024} MB. **Accepted** PDF, PNG, JPEG and WebP, decided by the file's
bytes: anything else is a 400 on \`body.file\` with code \`file_type_unsupported\`, an empty file \`file_empty\`, a
larger one a 413 with \`file_too_large\`.

\`?for=\` says what the paper is for: \`claim\` (the business registration certificate proving a claim on an
imported profile without a contact email; then \`POST /v1/suppliers/{id}/claims\` with \`method: document\`),
\`verification\` (documents for \`POST /v1/suppliers/{id}/verification-requests\`), \`certificate\` (a
certificate's scan, set as \`certifications[].documentId\` of your profile).

Only your organisation and platform admins ever get a download link. The same file (bytes and name) sent again
for the same purpose answers 200 with the first upload.
`.trim();

export function uploadDocument(app: RouteApp, { deps }: RouteContext) {
  void app.register(async (scope: FastifyInstance) => {
    await scope.register(multipart, {
      limits: { files: 1, fileSize: documentLimits.maxBytes + 1, fields: 5, fieldSize: 1024, parts: 10 },
      throwFileSizeLimit: false,
    });
    const route = scope.withTypeProvider<ZodTypeProvider>();
    route.post(
      "/v1/documents",
      {
        onRequest: [app.authenticate, app.requireVerifiedEmail, requireMultipart],
        schema: {
          tags: ["documents"],
          summary: "Upload a company document (registration certificate, certificate scan)",
          description,
          security: bearerAuth,
          consumes: ["multipart/form-data"],
          querystring: z.object({
            for: z.enum(supplierDocumentPurposes).describe("What the document proves"),
          }),
          response: {
            200: supplierDocumentSchema,
            201: supplierDocumentSchema,
            ...problemResponses(400, 401, 403, 413, 415),
          },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const file = await request.file();
        if (file?.fieldname !== "file") {
          file?.file.resume();
          throw new DomainError("validation_failed", "No file in the field `file`", [
            { field: "body.file", message: "is required" },
          ]);
        }
        const { document, created } = await storeDocument(deps, {
          stream: file.file,
          givenName: file.filename,
          purpose: request.query.for,
          organizationId: caller.organizationId,
          userId: caller.userId,
        });
        if (created) {
          request.log.info(
            { documentId: document.id, kind: document.kind, sizeBytes: document.sizeBytes },
            "supplier document stored",
          );
        }
        return reply.code(created ? 201 : 200).send(documentView(deps, document, deps.clock()));
      },
    );
  });
}
