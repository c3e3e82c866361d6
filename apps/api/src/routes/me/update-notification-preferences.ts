import { accountRepository, notificationPreferenceRepository } from "@ketnoi/db";
import { notificationPreferencesChangeSchema } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { loadNotificationPreferences } from "./get-notification-preferences.js";
import { notificationPreferencesSchema } from "./notification-preferences-schema.js";

export function updateNotificationPreferences(app: RouteApp, { deps }: RouteContext) {
  app.patch(
    "/v1/me/notifications",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["notifications"],
        summary: "Change what we email you",
        description:
          "Any subset of the fields. `digest: off` stops the weekly digest (as its unsubscribe link does); the " +
          "language is the account's, so it also changes the product's.",
        security: bearerAuth,
        body: notificationPreferencesChangeSchema,
        response: { 200: notificationPreferencesSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const { userId } = callerOf(request);
      const { language, ...preferences } = request.body;
      await deps.database.db.transaction(async (tx) => {
        if (language !== undefined) await accountRepository.updateUser(tx, userId, { language });
        await notificationPreferenceRepository.updateNotificationPreferences(tx, userId, preferences);
      });
      return loadNotificationPreferences(deps, userId);
    },
  );
}
