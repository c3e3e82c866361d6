import { accountRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import {
  membershipRoleSchema,
  organizationSchema,
  toOrganizationView,
  toUserView,
  userSchema,
} from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export const meSchema = z
  .object({
    user: userSchema,
    currentOrganizationId: z.string(),
    memberships: z.array(z.object({ organization: organizationSchema, role: membershipRoleSchema })),
  })
  .meta({ id: "Me" });

export async function loadMe(deps: RouteContext["deps"], userId: string, organizationId: string) {
  const db = deps.database.db;
  const user = await accountRepository.findUserById(db, userId);
  if (!user) throw notFound("User");
  const memberships = await accountRepository.listMembershipsOfUser(db, userId);
  return {
    user: toUserView(user),
    currentOrganizationId: organizationId,
    memberships: memberships.map((m) => ({
      organization: toOrganizationView(m.organization),
      role: m.membership.role,
    })),
  };
}

export function getMe(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/me",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["auth"],
        summary: "You, and the organisations you belong to",
        security: bearerAuth,
        response: { 200: meSchema, ...problemResponses(401) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return loadMe(deps, caller.userId, caller.organizationId);
    },
  );
}
