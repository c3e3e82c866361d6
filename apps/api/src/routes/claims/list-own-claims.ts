import { onboardingRepository } from "@ketnoi/db";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { claimSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { claimView } from "../../services/supplier-claims.js";
import { documentRefs } from "../../services/supplier-documents.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const response = z.object({ claims: z.array(claimSchema) }).meta({ id: "SupplierClaims" });

export function listOwnClaims(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/claims",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["claims"],
        summary: "Your organisation's claims, newest first",
        security: bearerAuth,
        response: { 200: response, ...problemResponses(401) },
      },
    },
    async (request) => {
      const rows = await onboardingRepository.listClaimsOfOrganization(
        deps.database.db,
        callerOf(request).organizationId,
      );
      const documents = await documentRefs(
        deps,
        rows.map((row) => row.claim.documentId),
        deps.clock(),
      );
      return {
        claims: rows.map((row) =>
          claimView(
            row.claim,
            row,
            row.claim.documentId ? (documents.get(row.claim.documentId) ?? null) : null,
          ),
        ),
      };
    },
  );
}
