import { onboardingRepository } from "@ketnoi/db";
import { z } from "zod";
import { verificationRequestSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { verificationRequestView } from "../../services/verification-requests.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const query = z.object({
  status: z.enum(["pending", "approved", "rejected"]).default("pending"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const response = z
  .object({
    requests: z.array(
      verificationRequestSchema.extend({
        legalName: z.string(),
        taxCode: z.string(),
        requestedByEmail: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "VerificationQueue" });

export function listVerificationQueue(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/admin/verification-requests",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Verification requests, oldest first (platform admins)",
        description: "Each with its documents and download links that work for a few minutes.",
        security: bearerAuth,
        querystring: query,
        response: { 200: response, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const rows = await onboardingRepository.listVerificationRequests(deps.database.db, request.query);
      const now = deps.clock();
      return {
        requests: rows.map((row) => ({
          ...verificationRequestView(deps, row.request, now),
          legalName: row.legalName,
          taxCode: row.taxCode,
          requestedByEmail: row.requestedByEmail,
        })),
      };
    },
  );
}
