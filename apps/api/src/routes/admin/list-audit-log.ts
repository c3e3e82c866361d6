import { onboardingRepository } from "@ketnoi/db";
import { z } from "zod";
import { uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const query = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: uuidSchema.optional().describe("`nextBefore` of the previous page"),
  subjectId: uuidSchema.optional().describe("Only actions on this supplier, request or organisation"),
});

const response = z
  .object({
    entries: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        actorUserId: z.string().nullable(),
        actorEmail: z.string().nullable(),
        actorName: z.string().nullable(),
        action: z.string().describe("e.g. verification.approve, claim.reject, supplier.pause, request.hide"),
        subjectType: z.string(),
        subjectId: z.string(),
        reason: z.string().nullable(),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
    nextBefore: z.string().nullable(),
  })
  .meta({ id: "AdminAuditLog" });

export function listAuditLog(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/admin/audit-log",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Every admin action, newest first: who, what, when and why (platform admins)",
        security: bearerAuth,
        querystring: query,
        response: { 200: response, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const rows = await onboardingRepository.listAdminActions(deps.database.db, request.query);
      return {
        entries: rows.map(({ entry, actorEmail, actorName }) => ({
          id: entry.id,
          at: entry.createdAt.toISOString(),
          actorUserId: entry.actorUserId,
          actorEmail,
          actorName,
          action: entry.action,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          reason: entry.reason,
          details: entry.details,
        })),
        nextBefore: rows.length === request.query.limit ? (rows[rows.length - 1]?.entry.id ?? null) : null,
      };
    },
  );
}
