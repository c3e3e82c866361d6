import type { ProductLinks } from "@ketnoi/email";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { uuidSchema } from "../../schemas/common.js";
import { adminReasonSchema, verificationRequestSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { kickSearchSync } from "../../services/search-sync.js";
import { decideVerification } from "../../services/verification-requests.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({ decision: z.enum(["approve", "reject"]), reason: adminReasonSchema });

export function decideVerificationRoute(app: RouteApp, { deps }: RouteContext, links: ProductLinks) {
  app.post(
    "/v1/admin/verification-requests/:id/decision",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["admin"],
        summary: "Verify a supplier or turn its request down, with a reason (platform admins)",
        description:
          "Approving marks the profile verified. Either way the person who asked is emailed the outcome and " +
          "the reason, and the audit log records it in the same transaction. 409 when already decided.",
        security: bearerAuth,
        params: z.object({ id: uuidSchema }),
        body,
        response: { 200: verificationRequestSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const outcome = await decideVerification(deps, links, callerOf(request).userId, request.params.id, {
        approve: request.body.decision === "approve",
        reason: request.body.reason,
      });
      if (outcome.changedProfile) await kickSearchSync(deps, request.log);
      await outcome.send(request.log);
      return outcome.view;
    },
  );
}
