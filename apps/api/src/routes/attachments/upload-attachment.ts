// POST /v1/requests/{id}/attachments: one file, streamed (multipart/form-data, field `file`), to the request (its
// buyer), to the caller's quote (its supplier) or for a message of the request's thread (either side).
import multipart from "@fastify/multipart";
import { DomainError } from "@ketnoi/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { attachmentSchema } from "../../schemas/attachment.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { attachmentLimits, attachmentView, storeAttachment } from "../../services/attachments.js";
import { requestPartyOf } from "../../services/request-parties.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const description = `
Attaches one file, sent as \`multipart/form-data\` with the file in the field \`file\` (the first file part is
taken; other parts are ignored). At most ${attachmentLimits.maxBytes / 1024 / 1024} MB; the file streams to storage
and is never held in memory.

**Accepted** PDF, PNG, JPEG, WebP, DXF, DWG, STEP, IGES and XLSX, decided by the file's bytes, not by its name or
the Content-Type the client states: anything else is a 400 on \`body.file\` with code \`file_type_unsupported\`,
an empty file \`file_empty\`, a larger one a 413 with \`file_too_large\`. The name is kept for display, sanitised
(no path, control or direction characters) and ending in the extension of the detected kind.

**Where** (\`?for=\`): \`request\` — the request itself, by its buyer (not once it is closed or cancelled);
\`quote\` — the caller's quote on the request, by the quoting supplier while the request is open; \`message\` —
for a message of the request's thread, by either side; it is seen only by the uploader's organisation until a
message carries it. Suppliers the request does not concern, and anyone else, get 404.

**Retries** are safe: the same file (bytes and name) sent again to the same place answers 200 with the first
upload instead of a copy.
`.trim();

const uploadQuery = z.object({
  for: z.enum(["request", "quote", "message"]).default("request").describe("What the file is attached to"),
});

export async function requireMultipart(request: FastifyRequest): Promise<void> {
  // Read from the header: onRequest runs before the multipart parser marks the request.
  const mediaType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "multipart/form-data") {
    throw new DomainError(
      "unsupported_media_type",
      "Send the file as multipart/form-data in the field `file`",
    );
  }
}

export function uploadAttachment(app: RouteApp, { deps }: RouteContext) {
  void app.register(async (scope: FastifyInstance) => {
    // Multipart is parsed in this route's own context only; the file stays a stream until it is stored.
    await scope.register(multipart, {
      limits: { files: 1, fileSize: attachmentLimits.maxBytes + 1, fields: 5, fieldSize: 1024, parts: 10 },
      throwFileSizeLimit: false,
    });
    const route = scope.withTypeProvider<ZodTypeProvider>();
    route.post(
      "/v1/requests/:id/attachments",
      {
        onRequest: [app.authenticate, app.requireVerifiedEmail, requireMultipart],
        schema: {
          tags: ["attachments"],
          summary: "Attach a file to a request, a quote or a message",
          description,
          security: bearerAuth,
          consumes: ["multipart/form-data"],
          params: sourcingRequestParams,
          querystring: uploadQuery,
          response: {
            200: attachmentSchema,
            201: attachmentSchema,
            ...problemResponses(400, 401, 403, 404, 409, 413, 415),
          },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const party = await requestPartyOf(deps, caller, request.params.id);
        const target = request.query.for;
        let responseId: string | null = null;
        if (target === "request") {
          if (party.role !== "buyer") {
            throw new DomainError("forbidden", "Only the buyer attaches files to the request itself");
          }
          if (party.request.status === "closed" || party.request.status === "cancelled") {
            throw new DomainError("conflict", `The request is ${party.request.status}`);
          }
        } else if (target === "quote") {
          if (party.role !== "supplier")
            throw new DomainError("forbidden", "Only a quoting supplier attaches to a quote");
          if (party.response?.kind !== "quote" || party.request.status !== "open") {
            throw new DomainError("conflict", "Attach files to an open quote: send the quote first");
          }
          responseId = party.response.id;
        }
        const file = await request.file();
        if (file?.fieldname !== "file") {
          file?.file.resume();
          throw new DomainError("validation_failed", "No file in the field `file`", [
            { field: "body.file", message: "is required" },
          ]);
        }
        const { attachment, created } = await storeAttachment(deps, {
          stream: file.file,
          givenName: file.filename,
          requestId: party.request.id,
          scope: target,
          responseId,
          organizationId: caller.organizationId,
          userId: caller.userId,
        });
        if (created) {
          request.log.info(
            { attachmentId: attachment.id, kind: attachment.kind, sizeBytes: attachment.sizeBytes },
            "attachment stored",
          );
        }
        return reply
          .code(created ? 201 : 200)
          .send(attachmentView(deps, attachment, party.request.organizationId, deps.clock()));
      },
    );
  });
}
