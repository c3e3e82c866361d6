import { accountRepository, type SourcingRequestChanges, sourcingRequestRepository } from "@ketnoi/db";
import { notFound, planRequestEdit, sourcingRequestPatchFields } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestParams, sourcingRequestViewSchema } from "../../schemas/sourcing-request.js";
import { handOverRequestChange, queueRequestChangeJobs } from "../../services/request-change-jobs.js";
import {
  deliveryColumns,
  refusedEdit,
  requestColumns,
  sourcingRequestView,
} from "../../services/sourcing-requests.js";
import { resolveLocation } from "../../services/supplier-profiles.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { isRequestMember, requireBuyer } from "./request-access.js";

const body = z
  .object({
    ...sourcingRequestPatchFields,
    status: z
      .enum(["open", "closed", "cancelled"])
      .optional()
      .describe("open publishes a draft; closed and cancelled end an open request"),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), "change at least one field");

export function updateRequest(app: RouteApp, { deps, zones }: RouteContext) {
  app.patch(
    "/v1/requests/:id",
    {
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["requests"],
        summary: "Change a sourcing request, publish it, close or cancel it",
        description:
          "A draft takes any change. An open request may change its description, specification, categories " +
          "and dates; anything else, or a status it cannot reach, is 409 conflict.",
        security: bearerAuth,
        params: sourcingRequestParams,
        body,
        response: { 200: sourcingRequestViewSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      requireBuyer(caller);
      const { delivery } = request.body;
      const location = delivery ? resolveLocation(zones, delivery, "body.delivery") : undefined;
      const now = deps.clock();

      const updated = await deps.database.db.transaction(async (tx) => {
        const existing = await sourcingRequestRepository.findSourcingRequestForUpdate(tx, request.params.id);
        if (!existing || !isRequestMember(caller, existing)) throw notFound("Sourcing request");
        const plan = planRequestEdit(existing, request.body, now);
        if (!plan.ok) throw refusedEdit(plan.refusal);
        const { maxDistanceKm, ...effects } = plan.effects;
        const changes: SourcingRequestChanges = { ...requestColumns(request.body), ...effects };
        if (location && maxDistanceKm !== undefined)
          Object.assign(changes, deliveryColumns(location, maxDistanceKm));
        const row = await sourcingRequestRepository.updateSourcingRequest(tx, existing.id, changes);
        // Every change bumps the version the pending expiry and matching jobs check, so both are queued again.
        if (row) await queueRequestChangeJobs(tx, row);
        return row;
      });
      if (!updated) throw notFound("Sourcing request");
      await handOverRequestChange(deps, request.log, updated);
      const organization = await accountRepository.findOrganization(deps.database.db, caller.organizationId);
      return sourcingRequestView(updated, zones, { asMember: true, buyerName: organization?.name ?? null });
    },
  );
}
