import { accountRepository } from "@ketnoi/db";
import { personNameSchema } from "@ketnoi/domain";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { languageSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { loadMe, meSchema } from "./get-me.js";

const body = z
  .object({ name: personNameSchema.optional(), language: languageSchema.optional() })
  .refine(
    (value) => value.name !== undefined || value.language !== undefined,
    "give name or language to change",
  );

export function updateMe(app: RouteApp, { deps }: RouteContext) {
  app.patch(
    "/v1/me",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["auth"],
        summary: "Change your name or the language we write to you in",
        security: bearerAuth,
        body,
        response: { 200: meSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await deps.database.db.transaction((tx) =>
        accountRepository.updateUser(tx, caller.userId, request.body),
      );
      return loadMe(deps, caller.userId, caller.organizationId);
    },
  );
}
