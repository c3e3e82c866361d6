import { onboardingRepository, supplierRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { adminReasonSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams } from "../../schemas/supplier.js";
import { kickSearchSync } from "../../services/search-sync.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({ action: z.enum(["pause", "resume"]), reason: adminReasonSchema });

const response = z
  .object({
    id: z.string(),
    status: z.enum(["active", "paused"]),
    moderationReason: z.string().nullable(),
  })
  .meta({ id: "SupplierModeration" });

export function moderateSupplier(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/admin/suppliers/:id/moderation",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Pause a supplier profile, or lift the pause, with a reason (platform admins)",
        description:
          "A paused profile disappears from search and matching; its owner cannot resume it while the platform " +
          "holds it. Written to the audit log in the same transaction.",
        security: bearerAuth,
        params: supplierParams,
        body,
        response: { 200: response, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { action, reason } = request.body;
      const updated = await deps.database.db.transaction(async (tx) => {
        const supplier = await onboardingRepository.lockSupplier(tx, request.params.id);
        if (!supplier) throw notFound("Supplier");
        const changed = await supplierRepository.updateSupplier(
          tx,
          supplier.id,
          action === "pause"
            ? { status: "paused", moderationReason: reason }
            : { status: "active", moderationReason: null },
        );
        await onboardingRepository.recordAdminAction(tx, {
          actorUserId: caller.userId,
          action: action === "pause" ? "supplier.pause" : "supplier.resume",
          subjectType: "supplier",
          subjectId: supplier.id,
          reason,
          details: { legalName: supplier.legalName, previousStatus: supplier.status },
        });
        return changed;
      });
      if (!updated) throw notFound("Supplier");
      await kickSearchSync(deps, request.log);
      return { id: updated.id, status: updated.status, moderationReason: updated.moderationReason };
    },
  );
}
