import { accountRepository, notificationPreferenceRepository } from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { notificationPreferencesSchema } from "./notification-preferences-schema.js";

export async function loadNotificationPreferences(deps: RouteContext["deps"], userId: string) {
  const db = deps.database.db;
  const [user, preferences] = await Promise.all([
    accountRepository.findUserById(db, userId),
    notificationPreferenceRepository.findNotificationPreferences(db, userId),
  ]);
  if (!user) throw notFound("User");
  return { ...preferences, language: user.language };
}

export function getNotificationPreferences(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/v1/me/notifications",
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ["notifications"],
        summary: "What we email you: the weekly digest, immediate notifications, language",
        security: bearerAuth,
        response: { 200: notificationPreferencesSchema, ...problemResponses(401) },
      },
    },
    async (request) => loadNotificationPreferences(deps, callerOf(request).userId),
  );
}
