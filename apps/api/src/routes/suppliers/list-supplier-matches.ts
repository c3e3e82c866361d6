import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { supplierMatchListSchema } from "../../schemas/request-match.js";
import { supplierParams } from "../../schemas/supplier.js";
import { ownSupplier, supplierInboxRows, supplierMatchItems } from "../../services/supplier-workspace.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function listSupplierMatches(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/suppliers/:id/matches",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["suppliers"],
        summary: "Open sourcing requests this supplier matched or was invited to",
        description:
          "For members of the supplier's own organisation. Near misses are included, with the reasons, so the " +
          "supplier sees what to fix (a certificate, a delivery radius). Each item carries its state (new, seen, " +
          "quoted, declined), whether a buyer invited it (`invitedAt`; invitations come first, and a request the " +
          "supplier was invited to without matching has the verdict `invited`), the supplier's own answer, if any, and how the buyer behaves: its award rate " +
          "(buyers who never award waste suppliers' time) and how many days it takes to award.",
        security: bearerAuth,
        params: supplierParams,
        response: { 200: supplierMatchListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      // Imported profiles nobody has claimed have no members, so nobody sees their matches yet.
      const supplier = await ownSupplier(deps, caller, request.params.id);
      const rows = await supplierInboxRows(deps, supplier);
      return { items: await supplierMatchItems(deps, caller, supplier, rows) };
    },
  );
}
