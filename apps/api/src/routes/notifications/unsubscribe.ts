import { DomainError } from "@ketnoi/domain";
import { unsubscribeScopes } from "@ketnoi/email";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import { readUnsubscribeLink, useUnsubscribeLink } from "../../services/unsubscribe-links.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({ token: z.string().min(1, "is required").max(200) });
const answer = z.object({
  scope: z
    .enum(unsubscribeScopes)
    .describe("What the link turns off: the weekly digest, immediate emails or same-day request alerts"),
});

const invalidLink = () =>
  new DomainError("invalid_token", "The unsubscribe link is not valid", [
    { field: "body.token", message: "is not a valid unsubscribe link" },
  ]);

export function unsubscribe(app: RouteApp, { deps }: RouteContext) {
  app.post(
    "/v1/notifications/unsubscribe/check",
    {
      schema: {
        tags: ["notifications"],
        summary: "Say what an email's unsubscribe link turns off, without changing anything",
        description:
          "For the page an unsubscribe link opens (link scanners open it too, so it must not act). The token " +
          "from the link is the only authorisation; no login.",
        body,
        response: { 200: answer, ...problemResponses(400) },
      },
    },
    async (request) => {
      const claim = readUnsubscribeLink(deps, request.body.token);
      if (!claim) throw invalidLink();
      return { scope: claim.scope };
    },
  );

  app.post(
    "/v1/notifications/unsubscribe",
    {
      schema: {
        tags: ["notifications"],
        summary: "Turn off the emails an unsubscribe link names (one-click, RFC 8058)",
        description:
          "The token from the email's link is the only authorisation: mail providers' one-click POSTs carry no " +
          "login. Idempotent. The web serves the link itself and calls this.",
        body,
        response: { 200: answer, ...problemResponses(400) },
      },
    },
    async (request) => {
      const claim = await useUnsubscribeLink(deps, request.body.token, request.log);
      if (!claim) throw invalidLink();
      return { scope: claim.scope };
    },
  );
}
