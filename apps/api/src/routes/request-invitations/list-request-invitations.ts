import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { requestInvitationListSchema } from "../../schemas/request-invitation.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { listRequestInvitations as list } from "../../services/request-invitations.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function listRequestInvitations(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/requests/:id/invitations",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["requests"],
        summary: "The suppliers invited to quote on a request, and what they did",
        description:
          "For members of the buyer organisation (anyone else gets 404), newest first: whether each supplier " +
          "opened the request, quoted or declined.",
        security: bearerAuth,
        params: sourcingRequestParams,
        response: { 200: requestInvitationListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => ({ items: await list(deps, callerOf(request), request.params.id) }),
  );
}
