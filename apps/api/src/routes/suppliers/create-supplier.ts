import { supplierRepository } from "@ketnoi/db";
import { DomainError, supplierProfileInputSchema } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierSchema } from "../../schemas/supplier.js";
import { kickSearchSync } from "../../services/search-sync.js";
import {
  checkCertificateFiles,
  newProfileDefaults,
  profileColumns,
  resolveLocation,
  supplierView,
} from "../../services/supplier-profiles.js";
import { isUniqueViolation } from "../auth/register.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function createSupplier(app: RouteApp, { deps, zones }: RouteContext) {
  app.post(
    "/v1/suppliers",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["suppliers"],
        summary: "Publish your organisation's capability profile",
        description:
          "One profile per supplier organisation. Requires a verified email address. The profile is searchable " +
          "within a second or so (the search index follows the database).",
        security: bearerAuth,
        body: supplierProfileInputSchema,
        response: { 201: supplierSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (!caller.organizationRoles.includes("supplier")) {
        throw new DomainError("forbidden", "Only supplier organisations publish capability profiles");
      }
      const location = resolveLocation(zones, request.body.location, "body.location");
      const columns = profileColumns(request.body, location);
      const created = await deps.database.db
        .transaction(async (tx) => {
          if (await supplierRepository.findSupplierByOrganization(tx, caller.organizationId)) {
            throw new DomainError(
              "conflict",
              "Your organisation already has a profile; change it with PATCH",
            );
          }
          await checkCertificateFiles(tx, caller.organizationId, request.body.certifications, []);
          return supplierRepository.createSupplier(tx, {
            ...newProfileDefaults,
            ...columns,
            legalName: request.body.legalName,
            taxCode: request.body.taxCode,
            categories: request.body.categories,
            ...location,
            organizationId: caller.organizationId,
          });
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error, "suppliers_tax_code_unique")) {
            throw new DomainError("conflict", "A profile with this tax code already exists", [
              { field: "body.taxCode", message: "is already registered to another profile" },
            ]);
          }
          if (isUniqueViolation(error, "suppliers_organization_unique")) {
            throw new DomainError(
              "conflict",
              "Your organisation already has a profile; change it with PATCH",
            );
          }
          throw error;
        });
      await kickSearchSync(deps, request.log);
      return reply
        .code(201)
        .send(supplierView(created, zones, { showContact: true, now: deps.clock(), fileLinks: deps }));
    },
  );
}
