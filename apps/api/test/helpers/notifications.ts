// Email preferences as a client sets them, and unsubscribe links as a mail provider or a person follows them.
import { signUnsubscribeToken, type UnsubscribeScope } from "@ketnoi/email";
import { expect } from "vitest";
import { bearer } from "./accounts.js";
import { type TestApp, testEmailLinkSecret } from "./test-app.js";

export async function setNotificationPreferences(
  t: TestApp,
  accessToken: string,
  changes: Record<string, unknown>,
) {
  const response = await t.app.inject({
    method: "PATCH",
    url: "/v1/me/notifications",
    headers: bearer(accessToken),
    payload: changes,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Immediate notifications are opt-in: people who want them say so. */
export const optInToImmediateNotifications = (t: TestApp, accessToken: string) =>
  setNotificationPreferences(t, accessToken, { immediate: true });

export async function notificationPreferences(t: TestApp, accessToken: string) {
  const response = await t.app.inject({
    method: "GET",
    url: "/v1/me/notifications",
    headers: bearer(accessToken),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The unsubscribe link as the worker puts it in an email (path and query). */
export function unsubscribePath(userId: string, scope: UnsubscribeScope): string {
  return `/pages/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(testEmailLinkSecret, { userId, scope }))}`;
}

/** An RFC 8058 one-click POST, the way Gmail sends it: no cookies, no auth, a tiny form body. */
export function oneClickPost(t: TestApp, path: string, as: "urlencoded" | "multipart" = "urlencoded") {
  const boundary = "----ketnoi-test-boundary";
  return as === "urlencoded"
    ? t.app.inject({
        method: "POST",
        url: path,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "List-Unsubscribe=One-Click",
      })
    : t.app.inject({
        method: "POST",
        url: path,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
      });
}
