import { attachmentRepository, messageThreadRepository } from "@ketnoi/db";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { attachmentSchema } from "../../schemas/attachment.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { attachmentView, canSeeAttachment } from "../../services/attachments.js";
import { requestPartyOf } from "../../services/request-parties.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function listAttachments(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/requests/:id/attachments",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["attachments"],
        summary: "The files of a request the caller may see, each with a fresh download link",
        description:
          "For the parties of the request: its buyer sees every file (the request's, every quote's, the " +
          "messages'); a supplier the request's own files, its own quote's and those of its thread. While the " +
          "request is open the matched, invited and quoting suppliers are parties; once it is awarded only the " +
          "winner. Anyone else gets 404. Download links expire after a few minutes: list again for new ones.",
        security: bearerAuth,
        params: sourcingRequestParams,
        response: {
          200: z.object({ items: z.array(attachmentSchema) }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const party = await requestPartyOf(deps, caller, request.params.id);
      const now = deps.clock();
      const [all, threadPosts] = await Promise.all([
        attachmentRepository.listAttachmentsOfRequest(deps.database.db, party.request.id),
        party.role === "supplier"
          ? messageThreadRepository.postIdsOfThread(deps.database.db, party.request.id, party.supplier.id)
          : new Set<string>(),
      ]);
      return {
        items: all
          .filter((attachment) => canSeeAttachment(party, attachment, threadPosts))
          .map((attachment) => attachmentView(deps, attachment, party.request.organizationId, now)),
      };
    },
  );
}
