import { personalDataRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const rows = z.array(z.record(z.string(), z.unknown()));

const personalDataExportSchema = z
  .object({
    exportedAt: z.string(),
    account: z.record(z.string(), z.unknown()).describe("Your account, without the password hash"),
    memberships: rows,
    notificationPreferences: z.record(z.string(), z.unknown()).nullable(),
    requestsWritten: rows.describe("Sourcing requests you wrote (they belong to your organisation)"),
    quotesWritten: rows.describe("Quotes and declines you sent"),
    invitations: rows.describe("Invitations you sent, and those sent to your address"),
    emailDeliveries: z.object({ notifications: rows, digests: rows }),
    sessions: rows.describe("Your sessions (when each began and ends), without their tokens"),
  })
  .meta({ id: "PersonalDataExport" });

export function exportPersonalData(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/me/export",
    {
      onRequest: [app.requireFreshLogin],
      schema: {
        tags: ["auth"],
        summary: "Download everything we hold about you, as JSON",
        description:
          "Needs a session from a password login in the last 10 minutes (403 otherwise). Sent as an attachment " +
          "(`ketnoi-personal-data.json`).",
        security: bearerAuth,
        response: { 200: personalDataExportSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await personalDataRepository.personalDataOf(deps.database.db, request.personId ?? "");
      if (!found) throw notFound("Account");
      reply.header("content-disposition", 'attachment; filename="ketnoi-personal-data.json"');
      reply.header("cache-control", "no-store");
      // Dates as ISO strings, as every other answer of the API gives them.
      return {
        exportedAt: deps.clock().toISOString(),
        ...(JSON.parse(JSON.stringify(found)) as typeof found),
      };
    },
  );
}
