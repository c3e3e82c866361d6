import { onboardingRepository, supplierRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams, supplierSchema } from "../../schemas/supplier.js";
import { kickSearchSync } from "../../services/search-sync.js";
import { supplierView } from "../../services/supplier-profiles.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({ status: z.enum(["verified", "unverified"]) });

export function setSupplierVerification(app: RouteApp, { deps, zones }: RouteContext) {
  app.put(
    "/v1/suppliers/:id/verification",
    {
      onRequest: [app.authenticate, app.requirePlatformAdmin],
      schema: {
        tags: ["suppliers"],
        summary: "Verify or unverify a supplier (platform admins)",
        description: "Verification says our staff checked the business (tax code, premises, certificates).",
        security: bearerAuth,
        params: supplierParams,
        body,
        response: { 200: supplierSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const verified = request.body.status === "verified";
      const updated = await deps.database.db.transaction(async (tx) => {
        const changed = await supplierRepository.updateSupplier(tx, request.params.id, {
          verificationStatus: request.body.status,
          verifiedAt: verified ? deps.clock() : null,
          verifiedByUserId: verified ? caller.userId : null,
        });
        if (changed) {
          await onboardingRepository.recordAdminAction(tx, {
            actorUserId: caller.userId,
            action: verified ? "supplier.verify" : "supplier.unverify",
            subjectType: "supplier",
            subjectId: changed.id,
            reason: null,
          });
        }
        return changed;
      });
      if (!updated) throw notFound("Supplier");
      await kickSearchSync(deps, request.log);
      return supplierView(updated, zones, { showContact: true, now: deps.clock() });
    },
  );
}
