import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { inviteSupplierBody, requestInvitationSchema } from "../../schemas/request-invitation.js";
import { sourcingRequestParams } from "../../schemas/sourcing-request.js";
import { invitationsPerRequestPerDay, inviteSupplier as invite } from "../../services/request-invitations.js";
import { requireBuyer } from "../requests/request-access.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function inviteSupplier(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/requests/:id/invitations",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["requests"],
        summary: "Invite a supplier to quote on a request",
        description:
          "For members of the buyer organisation (anyone else gets 404), while the request is open and not " +
          "hidden. The supplier's people are emailed at once (unless they turned request alerts off) and the " +
          "request appears in the supplier's list as invited, with the same access as a matched supplier, even " +
          "when matching did not find it. Inviting a supplier again answers 200 with the same invitation and " +
          `sends nothing. At most ${invitationsPerRequestPerDay} new invitations per request in 24 hours (429, ` +
          "limit `request_invitations`).",
        security: bearerAuth,
        params: sourcingRequestParams,
        body: inviteSupplierBody,
        response: {
          201: requestInvitationSchema,
          200: requestInvitationSchema.describe("The supplier was invited before: the same invitation"),
          ...problemResponses(400, 401, 403, 404, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      requireBuyer(caller);
      const { invitation, created } = await invite(deps, request.log, caller, {
        requestId: request.params.id,
        supplierId: request.body.supplierId,
      });
      return reply.code(created ? 201 : 200).send(invitation);
    },
  );
}
