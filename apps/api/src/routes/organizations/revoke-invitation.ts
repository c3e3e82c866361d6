import { invitationRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { ownOrganization } from "./own-organization.js";

const params = z.object({ organizationId: uuidSchema, invitationId: uuidSchema });

export function revokeInvitation(app: RouteApp, { deps }: RouteContext) {
  app.delete(
    "/v1/organizations/:organizationId/invitations/:invitationId",
    {
      onRequest: [app.authenticate, app.requireOwner],
      schema: {
        tags: ["organizations"],
        summary: "Withdraw a pending invitation (owners)",
        security: bearerAuth,
        params,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { organizationId, invitationId } = request.params;
      ownOrganization(request, organizationId);
      const revoked = await deps.database.db.transaction((tx) =>
        invitationRepository.revokeInvitation(tx, organizationId, invitationId, deps.clock()),
      );
      if (!revoked) throw notFound("Invitation");
      return reply.code(204).send(null);
    },
  );
}
