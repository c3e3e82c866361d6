import { accountRepository } from "@ketnoi/db";
import { z } from "zod";
import { membershipRoleSchema, organizationParams } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { ownOrganization } from "./own-organization.js";

export const memberSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: membershipRoleSchema,
    emailVerified: z.boolean(),
    joinedAt: z.string(),
  })
  .meta({ id: "Member" });

export function listMembers(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/organizations/:organizationId/members",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["organizations"],
        summary: "Members of your organisation",
        security: bearerAuth,
        params: organizationParams,
        response: { 200: z.object({ items: z.array(memberSchema) }), ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      ownOrganization(request, request.params.organizationId);
      const members = await accountRepository.listMembers(deps.database.db, request.params.organizationId);
      return {
        items: members.map((m) => ({
          userId: m.userId,
          email: m.email,
          name: m.name,
          role: m.role,
          emailVerified: m.emailVerified !== null,
          joinedAt: m.joinedAt.toISOString(),
        })),
      };
    },
  );
}
