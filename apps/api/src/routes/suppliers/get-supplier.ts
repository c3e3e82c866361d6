import { supplierRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { problemResponses } from "../../schemas/problem.js";
import { supplierParams, supplierSchema } from "../../schemas/supplier.js";
import { supplierView } from "../../services/supplier-profiles.js";
import type { RouteApp, RouteContext } from "../route-context.js";
import { canSeeCertificateFiles, canSeeContact, canSeeSupplier } from "./supplier-access.js";

export function getSupplier(app: RouteApp, { deps, zones }: RouteContext) {
  app.get(
    "/v1/suppliers/:id",
    {
      onRequest: [app.identify],
      schema: {
        tags: ["suppliers"],
        summary: "A supplier's profile",
        description:
          "Public. Contact details only for logged-in buyers whose email is verified (and the profile's own organisation); paused profiles only for their owners. Everyone sees whether a certificate is on file; only the supplier's organisation and platform admins get the scan's link.",
        params: supplierParams,
        response: { 200: supplierSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const supplier = await supplierRepository.findSupplierById(deps.database.db, request.params.id);
      if (!supplier || !canSeeSupplier(request.caller, supplier)) throw notFound("Supplier");
      return supplierView(supplier, zones, {
        showContact: canSeeContact(request.caller, supplier),
        now: deps.clock(),
        fileLinks: canSeeCertificateFiles(request.caller, supplier) ? deps : undefined,
      });
    },
  );
}
