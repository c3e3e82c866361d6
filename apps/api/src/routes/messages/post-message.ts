import { callerOf } from "../../plugins/authentication.js";
import { postedMessageSchema, postMessageBody, threadParams } from "../../schemas/message-thread.js";
import { problemResponses } from "../../schemas/problem.js";
import { postMessage, threadAccessOf } from "../../services/message-threads.js";
import { kickJobOutbox } from "../../services/search-sync.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function postMessageRoute(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/requests/:id/threads/:supplierId/messages",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["messages"],
        summary: "Write in the thread between the request's buyer and one supplier",
        description:
          "A clarifying question or answer, plain text. Files are uploaded first " +
          "(`POST /v1/requests/{id}/attachments?for=message`) and named in `attachmentIds`; the message " +
          "carries them and the other side can download them. With `answerToAll` (buyer only) the message goes " +
          "to every supplier taking part in the request (matched, invited, quoting), each in its own thread, " +
          "marked as the buyer's answer to a question from a supplier and naming nobody. The other side is " +
          "emailed (the first email about a request at once, later news gathered for 15 minutes). A supplier " +
          "writes only in its own thread; anyone else gets 404. 409 when the supplier no longer takes part.",
        security: bearerAuth,
        params: threadParams,
        body: postMessageBody,
        response: { 201: postedMessageSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const access = await threadAccessOf(deps, caller, request.params.id, request.params.supplierId);
      const posted = await postMessage(deps, caller, access, request.body);
      await kickJobOutbox(deps, request.log);
      return reply.code(201).send({ message: posted.message, threads: posted.threads });
    },
  );
}
