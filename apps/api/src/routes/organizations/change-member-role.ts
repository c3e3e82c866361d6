import { accountRepository } from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { z } from "zod";
import { membershipRoleSchema, uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { memberSchema } from "./list-members.js";
import { ownOrganization } from "./own-organization.js";

const params = z.object({ organizationId: uuidSchema, userId: uuidSchema });
const body = z.object({ role: membershipRoleSchema });

export function changeMemberRole(app: RouteApp, { deps }: RouteContext) {
  app.patch(
    "/v1/organizations/:organizationId/members/:userId",
    {
      onRequest: [app.authenticate, app.requireOwner],
      schema: {
        tags: ["organizations"],
        summary: "Make a member an owner, or an owner a member (owners)",
        security: bearerAuth,
        params,
        body,
        response: { 200: memberSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { organizationId, userId } = request.params;
      ownOrganization(request, organizationId);
      return deps.database.db.transaction(async (tx) => {
        await accountRepository.lockOrganizationMemberships(tx, organizationId);
        const target = await accountRepository.findMembership(tx, organizationId, userId);
        if (!target) throw notFound("Member");
        if (
          target.membership.role === "owner" &&
          request.body.role !== "owner" &&
          (await accountRepository.countOwners(tx, organizationId)) <= 1
        ) {
          throw new DomainError("last_owner", "Make another member an owner first");
        }
        await accountRepository.setMembershipRole(tx, organizationId, userId, request.body.role);
        return {
          userId,
          email: target.user.email,
          name: target.user.name,
          role: request.body.role,
          emailVerified: target.user.emailVerifiedAt !== null,
          joinedAt: target.membership.createdAt.toISOString(),
        };
      });
    },
  );
}
