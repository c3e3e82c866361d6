import { onboardingRepository } from "@ketnoi/db";
import { z } from "zod";
import { claimSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { claimView } from "../../services/supplier-claims.js";
import { documentRefs } from "../../services/supplier-documents.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const query = z.object({
  status: z.enum(["pending", "approved", "rejected", "cancelled"]).default("pending"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const response = z
  .object({
    claims: z.array(
      claimSchema.extend({
        organizationName: z.string(),
        requestedByEmail: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "AdminClaims" });

export function listClaimsForReview(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/admin/claims",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Claims organisations made, oldest first (platform admins)",
        description:
          "Invitations nobody has used are not listed. A document claim carries its registration certificate " +
          "with a download link that works for a few minutes.",
        security: bearerAuth,
        querystring: query,
        response: { 200: response, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const rows = await onboardingRepository.listClaims(deps.database.db, request.query);
      const documents = await documentRefs(
        deps,
        rows.map((row) => row.claim.documentId),
        deps.clock(),
      );
      return {
        claims: rows.map((row) => ({
          ...claimView(row.claim, row, documentOf(documents, row.claim.documentId)),
          organizationName: row.organizationName,
          requestedByEmail: row.requestedByEmail,
        })),
      };
    },
  );
}

function documentOf<T>(documents: Map<string, T>, id: string | null): T | null {
  return id === null ? null : (documents.get(id) ?? null);
}
