import { onboardingRepository } from "@ketnoi/db";
import { singleLineText } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { maskEmail } from "../../services/supplier-claims.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const query = z.object({
  q: singleLineText(200, { min: 2 }).describe(
    "A tax code (MST, 10 or 13 digits) or a piece of the company's name",
  ),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const response = z
  .object({
    suppliers: z.array(
      z.object({
        id: z.string(),
        legalName: z.string(),
        tradeName: z.string().nullable(),
        taxCode: z.string(),
        province2025: z.string(),
        contactEmail: z
          .string()
          .nullable()
          .describe("Masked; null when the profile has none (then claim with the registration certificate)"),
        importedBy: z.string().nullable().describe("The association that listed the company"),
      }),
    ),
  })
  .meta({ id: "ClaimableSuppliers" });

export function findClaimableSuppliers(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/claims/candidates",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["claims"],
        summary: "Find an imported profile nobody manages yet, to claim it",
        description:
          "By exact tax code (spaces, dots and dashes ignored) or by a piece of the legal or trade name. Only " +
          "profiles without an owner are listed; the contact address is masked.",
        security: bearerAuth,
        querystring: query,
        response: { 200: response, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const rows = await onboardingRepository.findClaimableSuppliers(deps.database.db, {
        text: request.query.q,
        limit: request.query.limit,
      });
      return {
        suppliers: rows.map((row) => ({
          id: row.id,
          legalName: row.legalName,
          tradeName: row.tradeName,
          taxCode: row.taxCode,
          province2025: row.province2025,
          contactEmail: row.contact?.email ? maskEmail(row.contact.email) : null,
          importedBy: row.importedByName,
        })),
      };
    },
  );
}
