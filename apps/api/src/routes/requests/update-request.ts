import { accountRepository, type SourcingRequestChanges, sourcingRequestRepository } from "@ketnoi/db";
import {
  canTransition,
  DomainError,
  disallowedEdits,
  inferRequestCategories,
  notFound,
  sourcingRequestPatchFields,
  sourcingRequestRuleIssues,
} from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestParams, sourcingRequestViewSchema } from "../../schemas/sourcing-request.js";
import { scheduleRequestExpiry } from "../../services/request-expiry.js";
import { scheduleRequestMatching } from "../../services/request-matching.js";
import { kickSearchSync } from "../../services/search-sync.js";
import {
  categoriesForPublishing,
  deliveryColumns,
  rejectRuleIssues,
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

const dateFields = ["neededBy", "quoteDeadline"] as const;
const recurrenceFields = ["recurrence", "monthlyVolume"] as const;

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
      const { status, delivery, ...edits } = request.body;
      const location = delivery ? resolveLocation(zones, delivery, "body.delivery") : undefined;
      const now = deps.clock();

      const updated = await deps.database.db.transaction(async (tx) => {
        const existing = await sourcingRequestRepository.findSourcingRequestForUpdate(tx, request.params.id);
        if (!existing || !isRequestMember(caller, existing)) throw notFound("Sourcing request");

        const target = status ?? existing.status;
        if (target !== existing.status && !canTransition(existing.status, target)) {
          throw new DomainError("conflict", `A request that is ${existing.status} cannot become ${target}`, [
            { field: "body.status", message: `cannot go from ${existing.status} to ${target}` },
          ]);
        }
        const refused = disallowedEdits(existing.status, { ...edits, delivery });
        if (refused.length > 0) {
          throw new DomainError(
            "conflict",
            `These fields cannot change while the request is ${existing.status}`,
            refused.map((p) => ({ field: `body.${p.field}`, message: p.message })),
          );
        }

        // Judge the request as it will be, and only on what this change touches.
        const publishing = target === "open" && existing.status === "draft";
        const merged = {
          recurrence: edits.recurrence ?? existing.recurrence,
          monthlyVolume: edits.monthlyVolume === undefined ? existing.monthlyVolume : edits.monthlyVolume,
          neededBy: edits.neededBy ?? existing.neededBy,
          quoteDeadline: edits.quoteDeadline ?? existing.quoteDeadline,
        };
        const touches = (fields: readonly string[]) =>
          publishing || fields.some((f) => edits[f as keyof typeof edits] !== undefined);
        rejectRuleIssues(
          sourcingRequestRuleIssues(merged, now).filter((issue) =>
            touches(
              (dateFields as readonly string[]).includes(issue.path[0] ?? "") ? dateFields : recurrenceFields,
            ),
          ),
        );

        const changes: SourcingRequestChanges = requestColumns(edits);
        if (location) Object.assign(changes, deliveryColumns(location, delivery?.maxDistanceKm ?? 50));
        const title = edits.title ?? existing.title;
        const description = edits.description ?? existing.description;
        const inferred =
          edits.title !== undefined || edits.description !== undefined
            ? inferRequestCategories(title, description)
            : existing.inferredCategories;
        changes.inferredCategories = inferred;
        if (publishing) {
          changes.categories = categoriesForPublishing(
            edits.categories ?? existing.categories,
            title,
            inferred,
          );
          changes.publishedAt = now;
        }
        if (target !== existing.status) changes.status = target;
        if (target === "closed" || target === "cancelled") changes.closedAt = now;
        return sourcingRequestRepository.updateSourcingRequest(tx, existing.id, changes);
      });
      if (!updated) throw notFound("Sourcing request");
      await kickSearchSync(deps, request.log);
      // Every change bumps the version the pending expiry job checks, so schedule one for the new version.
      if (updated.status === "open") {
        await scheduleRequestExpiry(deps, request.log, updated);
        await scheduleRequestMatching(deps, request.log, updated);
      }
      const organization = await accountRepository.findOrganization(deps.database.db, caller.organizationId);
      return sourcingRequestView(updated, zones, { asMember: true, buyerName: organization?.name ?? null });
    },
  );
}
