import { onboardingRepository, sourcingRequestRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { uuidSchema } from "../../schemas/common.js";
import { adminReasonSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { handOverRequestChange, queueRequestChangeJobs } from "../../services/request-change-jobs.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({ action: z.enum(["hide", "show"]), reason: adminReasonSchema });

const response = z
  .object({
    id: z.string(),
    status: z.string(),
    hiddenAt: z.string().nullable(),
    hiddenReason: z.string().nullable(),
  })
  .meta({ id: "RequestModeration" });

export function moderateRequest(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/admin/requests/:id/moderation",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Hide a sourcing request from suppliers, or show it again, with a reason (platform admins)",
        description:
          "A hidden request leaves suppliers' lists, digests and matching; its buyer still sees it. Written to " +
          "the audit log in the same transaction.",
        security: bearerAuth,
        params: z.object({ id: uuidSchema }),
        body,
        response: { 200: response, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { action, reason } = request.body;
      const now = deps.clock();
      const updated = await deps.database.db.transaction(async (tx) => {
        const found = await sourcingRequestRepository.findSourcingRequestForUpdate(tx, request.params.id);
        if (!found) throw notFound("Request");
        const changed = await sourcingRequestRepository.updateSourcingRequest(
          tx,
          found.id,
          action === "hide"
            ? { hiddenAt: now, hiddenReason: reason }
            : { hiddenAt: null, hiddenReason: null },
        );
        await onboardingRepository.recordAdminAction(tx, {
          actorUserId: caller.userId,
          action: action === "hide" ? "request.hide" : "request.show",
          subjectType: "request",
          subjectId: found.id,
          reason,
          details: { title: found.title, organizationId: found.organizationId },
        });
        // The change bumped the version: a request shown again is matched again, and its expiry follows it.
        if (changed) await queueRequestChangeJobs(tx, changed);
        return changed;
      });
      if (!updated) throw notFound("Request");
      await handOverRequestChange(deps, request.log, updated);
      return {
        id: updated.id,
        status: updated.status,
        hiddenAt: updated.hiddenAt?.toISOString() ?? null,
        hiddenReason: updated.hiddenReason,
      };
    },
  );
}
