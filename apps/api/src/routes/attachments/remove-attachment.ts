import { attachmentRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { attachmentParams } from "../../schemas/attachment.js";
import { problemResponses } from "../../schemas/problem.js";
import { requestPartyOf } from "../../services/request-parties.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function removeAttachment(app: RouteApp, { deps }: RouteContext) {
  app.delete(
    "/v1/requests/:id/attachments/:attachmentId",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["attachments"],
        summary: "Remove a file the caller's organisation attached",
        description:
          "Only the organisation that uploaded a file removes it (anyone else gets 404); a file a sent message " +
          "carries stays with the message. Removing twice is a 404. Links already handed out stop working.",
        security: bearerAuth,
        params: attachmentParams,
        response: { 204: z.null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const party = await requestPartyOf(deps, caller, request.params.id);
      const db = deps.database.db;
      const attachment = await attachmentRepository.findAttachment(db, request.params.attachmentId);
      if (
        !attachment ||
        attachment.requestId !== party.request.id ||
        attachment.organizationId !== caller.organizationId ||
        attachment.messageId !== null
      ) {
        throw notFound("Attachment");
      }
      await db.transaction((tx) =>
        attachmentRepository.markAttachmentRemoved(tx, attachment.id, deps.clock()),
      );
      // The bytes go after the row says so: a failure here leaves an orphan file, never a row without its file.
      await deps.files.delete(attachment.storageKey).catch((error: unknown) => {
        request.log.warn(
          { err: error, attachmentId: attachment.id },
          "could not delete a removed file's bytes",
        );
      });
      return reply.code(204).send(null);
    },
  );
}
