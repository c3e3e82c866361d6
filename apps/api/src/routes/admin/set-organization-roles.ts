import { accountRepository, onboardingRepository } from "@ketnoi/db";
import { notFound, organizationRoleSchema } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { organizationParams, organizationSchema, toOrganizationView } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({
  roles: z
    .array(organizationRoleSchema)
    .min(1)
    .max(3)
    .refine((roles) => new Set(roles).size === roles.length, "must not repeat a role"),
});

export function setOrganizationRoles(app: RouteApp, { deps }: RouteContext) {
  app.put(
    "/v1/admin/organizations/:organizationId/roles",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Set an organisation's roles, including association (platform admins)",
        description: "Associations may bulk-import their member directory (POST /v1/suppliers/import).",
        security: bearerAuth,
        params: organizationParams,
        body,
        response: { 200: organizationSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const updated = await deps.database.db.transaction(async (tx) => {
        const changed = await accountRepository.updateOrganization(tx, request.params.organizationId, {
          roles: request.body.roles,
        });
        if (changed) {
          await onboardingRepository.recordAdminAction(tx, {
            actorUserId: caller.userId,
            action: "organization.set_roles",
            subjectType: "organization",
            subjectId: changed.id,
            reason: null,
            details: { roles: request.body.roles },
          });
        }
        return changed;
      });
      if (!updated) throw notFound("Organisation");
      return toOrganizationView(updated);
    },
  );
}
