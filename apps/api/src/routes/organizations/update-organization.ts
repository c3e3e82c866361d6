import { accountRepository } from "@ketnoi/db";
import { notFound, organizationNameSchema } from "@ketnoi/domain";
import { z } from "zod";
import {
  organizationParams,
  organizationSchema,
  selfServiceOrganizationRoleSchema,
  toOrganizationView,
} from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { ownOrganization } from "./own-organization.js";

const body = z
  .object({
    name: organizationNameSchema.optional(),
    roles: z
      .array(selfServiceOrganizationRoleSchema)
      .min(1, "choose buyer, supplier or both")
      .max(2)
      .refine((roles) => new Set(roles).size === roles.length, "must not repeat a role")
      .optional(),
  })
  .refine((value) => value.name !== undefined || value.roles !== undefined, "give name or roles to change");

export function updateOrganization(app: RouteApp, { deps }: RouteContext) {
  app.patch(
    "/v1/organizations/:organizationId",
    {
      onRequest: [app.authenticate, app.requireOwner],
      schema: {
        tags: ["organizations"],
        summary: "Rename your organisation or change whether it buys, supplies or both (owners)",
        security: bearerAuth,
        params: organizationParams,
        body,
        response: { 200: organizationSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caller = ownOrganization(request, request.params.organizationId);
      const { name, roles } = request.body;
      // Owners choose buyer/supplier; the association role is granted by platform admins and survives the change.
      const keptAssociation = caller.organizationRoles.includes("association")
        ? (["association"] as const)
        : [];
      const updated = await deps.database.db.transaction((tx) =>
        accountRepository.updateOrganization(tx, request.params.organizationId, {
          ...(name ? { name } : {}),
          ...(roles ? { roles: [...roles, ...keptAssociation] } : {}),
        }),
      );
      if (!updated) throw notFound("Organisation");
      return toOrganizationView(updated);
    },
  );
}
