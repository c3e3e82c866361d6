import { accountRepository, tokenRepository } from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { z } from "zod";
import { uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { ownOrganization } from "./own-organization.js";

const params = z.object({ organizationId: uuidSchema, userId: uuidSchema });

export function removeMember(app: RouteApp, { deps }: RouteContext) {
  app.delete(
    "/v1/organizations/:organizationId/members/:userId",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["organizations"],
        summary: "Remove a member (owners), or leave the organisation (yourself)",
        description:
          "The last owner cannot be removed. The removed member's sessions for this organisation end.",
        security: bearerAuth,
        params,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { organizationId, userId } = request.params;
      const caller = ownOrganization(request, organizationId);
      if (caller.userId !== userId && caller.membershipRole !== "owner") {
        throw new DomainError("forbidden", "Only owners can remove other members");
      }
      const now = deps.clock();
      await deps.database.db.transaction(async (tx) => {
        await accountRepository.lockOrganizationMemberships(tx, organizationId);
        const target = await accountRepository.findMembership(tx, organizationId, userId);
        if (!target) throw notFound("Member");
        if (
          target.membership.role === "owner" &&
          (await accountRepository.countOwners(tx, organizationId)) <= 1
        ) {
          throw new DomainError("last_owner", "Make another member an owner before removing the last owner");
        }
        await accountRepository.removeMembership(tx, organizationId, userId);
        await tokenRepository.revokeRefreshTokensOfUser(tx, userId, now, organizationId);
      });
      return reply.code(204).send(null);
    },
  );
}
