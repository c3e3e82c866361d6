import { accountRepository, sourcingRequestRepository } from "@ketnoi/db";
import { inferRequestCategories, sourcingRequestFields, sourcingRequestRuleIssues } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { sourcingRequestViewSchema } from "../../schemas/sourcing-request.js";
import { handOverRequestChange, queueRequestChangeJobs } from "../../services/request-change-jobs.js";
import {
  categoriesForPublishing,
  deliveryColumns,
  rejectRuleIssues,
  requestColumns,
  sourcingRequestView,
} from "../../services/sourcing-requests.js";
import { resolveLocation } from "../../services/supplier-profiles.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { requireBuyer } from "./request-access.js";

const body = z.object({
  ...sourcingRequestFields,
  publish: z.boolean().default(false).describe("true: open for quotes at once instead of saving a draft"),
});

export function createRequest(app: RouteApp, { deps, zones }: RouteContext) {
  app.post(
    "/v1/requests",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireVerifiedEmail],
      schema: {
        tags: ["requests"],
        summary: "Write a sourcing request, as a draft or published at once",
        description:
          "For buyer organisations; requires a verified email address. Without categories, publishing uses the " +
          "ones inferred from the title and description (returned in `inferredCategories`).",
        security: bearerAuth,
        body,
        response: { 201: sourcingRequestViewSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      requireBuyer(caller);
      const { publish, delivery, ...input } = request.body;
      const now = deps.clock();
      rejectRuleIssues(sourcingRequestRuleIssues(input, now));
      const location = resolveLocation(zones, delivery, "body.delivery");
      const inferred = inferRequestCategories(input.title, input.description);
      const categories = publish
        ? categoriesForPublishing(input.categories, input.title, inferred)
        : input.categories;
      // The request, its search outbox row and the jobs it sets off (expiry, matching) commit together.
      const created = await deps.database.db.transaction(async (tx) => {
        const row = await sourcingRequestRepository.createSourcingRequest(tx, {
          ...requestColumns(input),
          title: input.title,
          specification: input.specification,
          quantity: input.quantity,
          recurrence: input.recurrence,
          neededBy: input.neededBy,
          quoteDeadline: new Date(input.quoteDeadline),
          ...deliveryColumns(location, delivery.maxDistanceKm),
          categories,
          inferredCategories: inferred,
          organizationId: caller.organizationId,
          createdByUserId: caller.userId,
          status: publish ? "open" : "draft",
          publishedAt: publish ? now : null,
        });
        await queueRequestChangeJobs(tx, row);
        return row;
      });
      await handOverRequestChange(deps, request.log, created);
      const organization = await accountRepository.findOrganization(deps.database.db, caller.organizationId);
      return reply
        .code(201)
        .send(sourcingRequestView(created, zones, { asMember: true, buyerName: organization?.name ?? null }));
    },
  );
}
