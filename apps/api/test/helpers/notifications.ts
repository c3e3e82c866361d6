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

/** Immediate notifications are on by default; a test that depends on them says so anyway. */
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

/** The token of an unsubscribe link, as the worker signs it. */
export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  return signUnsubscribeToken(testEmailLinkSecret, { userId, scope });
}

/** The API's old unsubscribe address (path and query), which emails sent before the web took over still carry. */
export function legacyUnsubscribePath(userId: string, scope: UnsubscribeScope): string {
  return `/pages/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, scope))}`;
}

/** What the web does for an unsubscribe link: reads it (`check`) or uses it. */
export function unsubscribeCall(t: TestApp, token: string, action: "check" | "use" = "use") {
  return t.app.inject({
    method: "POST",
    url: action === "check" ? "/v1/notifications/unsubscribe/check" : "/v1/notifications/unsubscribe",
    payload: { token },
  });
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
