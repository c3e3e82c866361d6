import { invitationRepository } from "@ketnoi/db";
import { z } from "zod";
import { organizationParams } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { invitationSchema } from "./invite-member.js";
import { ownOrganization } from "./own-organization.js";

export function listInvitations(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/organizations/:organizationId/invitations",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["organizations"],
        summary: "Pending invitations of your organisation",
        security: bearerAuth,
        params: organizationParams,
        response: { 200: z.object({ items: z.array(invitationSchema) }), ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      ownOrganization(request, request.params.organizationId);
      const pending = await invitationRepository.listPendingInvitations(
        deps.database.db,
        request.params.organizationId,
        deps.clock(),
      );
      return {
        items: pending.map((i) => ({
          ...i,
          expiresAt: i.expiresAt.toISOString(),
          createdAt: i.createdAt.toISOString(),
        })),
      };
    },
  );
}
