import { supplierRepository } from "@ketnoi/db";
import { DomainError, notFound, supplierProfilePatchSchema } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams, supplierSchema } from "../../schemas/supplier.js";
import { kickSearchSync } from "../../services/search-sync.js";
import {
  checkCertificateFiles,
  profileColumns,
  resolveLocation,
  supplierView,
} from "../../services/supplier-profiles.js";
import { isUniqueViolation } from "../auth/register.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { canEditSupplier } from "./supplier-access.js";

export function updateSupplier(app: RouteApp, { deps, zones }: RouteContext) {
  app.patch(
    "/v1/suppliers/:id",
    {
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["suppliers"],
        summary: "Change your profile, or pause and resume it",
        description:
          "Fields given replace the stored ones (lists and location as a whole). `status: paused` hides the " +
          "profile from search and matching until set back to active (403 naming `body.status` while a platform " +
          "admin holds it paused).",
        security: bearerAuth,
        params: supplierParams,
        body: supplierProfilePatchSchema,
        response: { 200: supplierSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const location = request.body.location
        ? resolveLocation(zones, request.body.location, "body.location")
        : undefined;
      const changes = profileColumns(request.body, location);
      const updated = await deps.database.db
        .transaction(async (tx) => {
          const existing = await supplierRepository.findSupplierById(tx, request.params.id);
          if (!existing || !canEditSupplier(caller, existing)) throw notFound("Supplier");
          await checkCertificateFiles(
            tx,
            caller.organizationId,
            request.body.certifications,
            existing.certifications,
          );
          // An admin's pause holds until an admin lifts it.
          if (existing.moderationReason !== null && changes.status === "active" && !caller.isPlatformAdmin) {
            throw new DomainError(
              "forbidden",
              "The platform paused this profile; contact support to resume it",
              [{ field: "body.status", message: "stays paused until the platform resumes the profile" }],
            );
          }
          return supplierRepository.updateSupplier(tx, existing.id, changes);
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error, "suppliers_tax_code_unique")) {
            throw new DomainError("conflict", "A profile with this tax code already exists", [
              { field: "body.taxCode", message: "is already registered to another profile" },
            ]);
          }
          throw error;
        });
      if (!updated) throw notFound("Supplier");
      await kickSearchSync(deps, request.log);
      return supplierView(updated, zones, { showContact: true, now: deps.clock(), fileLinks: deps });
    },
  );
}
