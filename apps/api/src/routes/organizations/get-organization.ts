import { accountRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { organizationParams, organizationSchema, toOrganizationView } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { ownOrganization } from "./own-organization.js";

export function getOrganization(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/organizations/:organizationId",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["organizations"],
        summary: "Your organisation",
        security: bearerAuth,
        params: organizationParams,
        response: { 200: organizationSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      ownOrganization(request, request.params.organizationId);
      const organization = await accountRepository.findOrganization(
        deps.database.db,
        request.params.organizationId,
      );
      if (!organization) throw notFound("Organisation");
      return toOrganizationView(organization);
    },
  );
}
