import { personalDataRepository } from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { erasedEmailHash, forgetAccountInRedis } from "../../services/personal-data.js";
import { kickSearchSync } from "../../services/search-sync.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

export function deleteMe(app: RouteApp, { deps }: RouteContext) {
  app.delete(
    "/v1/me",
    {
      onRequest: [app.requireFreshLogin],
      schema: {
        tags: ["auth"],
        summary: "Erase your account and your personal data",
        description:
          "Needs a session from a password login in the last 10 minutes (403 otherwise). Removes your account, " +
          "memberships, sessions, preferences and email records, and your details from your companies' supplier " +
          "profiles; what your companies own (requests, quotes, profiles) stays with them, without your name. An " +
          "organisation you are alone in is closed with it: its open requests are cancelled and its profile " +
          "paused. 409 `last_owner` while you are the only owner of an organisation others belong to: make one " +
          "of them an owner first. 404 once the account is gone.",
        security: bearerAuth,
        response: { 204: z.null(), ...problemResponses(401, 403, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const personId = request.personId ?? "";
      const db = deps.database.db;
      const person = await personalDataRepository.personalDataOf(db, personId);
      if (!person) throw notFound("Account");
      // Redis first: if it is away nothing is erased yet and the person can simply try again.
      await forgetAccountInRedis(deps.redis, deps.config.NAMESPACE, person.account.email);
      const outcome = await db.transaction((tx) =>
        personalDataRepository.erasePerson(tx, {
          userId: personId,
          emailHash: erasedEmailHash(person.account.email, deps.config.EMAIL_LINK_SECRET),
          now: deps.clock(),
        }),
      );
      if (!outcome.erased && outcome.reason === "not_found") throw notFound("Account");
      if (!outcome.erased && outcome.reason === "last_owner") {
        const names = outcome.organizations.map((o) => o.name).join(", ");
        throw new DomainError(
          "last_owner",
          `You are the only owner of ${names}, which others belong to: make one of them an owner ` +
            "(PATCH /v1/organizations/{organizationId}/members/{userId}) or remove them, then delete your account",
          outcome.organizations.map((o) => ({
            field: `organizations.${o.id}`,
            message: "needs another owner before you leave",
          })),
        );
      }
      request.log.info(
        { closedOrganizations: outcome.erased ? outcome.closedOrganizationIds.length : 0 },
        "account erased",
      );
      await kickSearchSync(deps, request.log);
      return reply.code(204).send(null);
    },
  );
}
