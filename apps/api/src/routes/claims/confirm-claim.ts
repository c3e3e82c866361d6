import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { claimSchema } from "../../schemas/onboarding.js";
import { problemResponses } from "../../schemas/problem.js";
import { kickSearchSync } from "../../services/search-sync.js";
import { confirmClaim } from "../../services/supplier-claims.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const body = z.object({ token: z.string().min(1, "must not be empty").max(200) });

export function confirmClaimRoute(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/claims/confirm",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["claims"],
        summary: "Use a claim link: your organisation becomes the profile's owner",
        description:
          "The token from the link's fragment. A link from your own claim works only for your organisation " +
          "(403 otherwise); an association's invitation makes the organisation you are signed in to the " +
          "claimant. Owners only. 400 `invalid_token` for an unknown link, 409 `claim_link_used` for a link " +
          "used already or replaced, 410 `link_expired` past its expiry, 409 `already_claimed` when the profile " +
          "got an owner meanwhile. Nothing changes on any failure.",
        security: bearerAuth,
        body,
        response: { 200: claimSchema, ...problemResponses(400, 401, 403, 404, 409, 410) },
      },
    },
    async (request) => {
      const claim = await confirmClaim(deps, callerOf(request), request.body.token);
      await kickSearchSync(deps, request.log);
      return claim;
    },
  );
}
