import { onboardingRepository } from "@ketnoi/db";
import { singleLineText } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const query = z.object({
  q: singleLineText(200, { min: 2 }).describe("A piece of the name or email address, or an organisation id"),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

const organizationsResponse = z
  .object({
    organizations: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        roles: z.array(z.string()),
        members: z.number().int(),
        supplierId: z.string().nullable(),
        supplierStatus: z.enum(["active", "paused"]).nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: "AdminOrganizationLookup" });

const usersResponse = z
  .object({
    users: z.array(
      z.object({
        id: z.string(),
        email: z.string(),
        name: z.string(),
        isPlatformAdmin: z.boolean(),
        emailVerified: z.boolean(),
        createdAt: z.string(),
        organizations: z.array(
          z.object({ organizationId: z.string(), organizationName: z.string(), role: z.string() }),
        ),
      }),
    ),
  })
  .meta({ id: "AdminUserLookup" });

export function lookUpOrganizations(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/admin/organizations",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Find organisations by name or id (platform admins)",
        security: bearerAuth,
        querystring: query,
        response: { 200: organizationsResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const rows = await onboardingRepository.lookUpOrganizations(
        deps.database.db,
        request.query.q,
        request.query.limit,
      );
      return {
        organizations: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
      };
    },
  );
}

export function lookUpUsers(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/admin/users",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Find people by email or name, with their organisations (platform admins)",
        security: bearerAuth,
        querystring: query,
        response: { 200: usersResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const rows = await onboardingRepository.lookUpUsers(
        deps.database.db,
        request.query.q,
        request.query.limit,
      );
      return {
        users: rows.map(({ emailVerifiedAt, createdAt, organizations, ...user }) => ({
          ...user,
          emailVerified: emailVerifiedAt !== null,
          createdAt: createdAt.toISOString(),
          organizations: organizations.map(({ userId: _user, ...membership }) => membership),
        })),
      };
    },
  );
}
