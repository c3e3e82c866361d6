import { declineSchema } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { ownResponseSchema } from "../../schemas/request-response.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { answerRequest, ownResponseView, requestResponseView } from "../../services/request-responses.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function declineRequest(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/requests/:id/decline",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["quotes"],
        summary: "Decline a request, with a reason",
        description:
          "For suppliers matched to the request, until its quote deadline. Declining withdraws a quote already " +
          "sent. A quick decline counts as an answer in the supplier's responsiveness; silence does not.",
        security: bearerAuth,
        params: sourcingRequestParams,
        body: declineSchema,
        response: { 200: ownResponseSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const now = deps.clock();
      const saved = await answerRequest(deps, caller, {
        requestId: request.params.id,
        now,
        answer: { kind: "decline", decline: request.body },
      });
      return ownResponseView(
        requestResponseView(saved.row, saved.request, { language: caller.language, now }),
        saved.request,
      );
    },
  );
}
