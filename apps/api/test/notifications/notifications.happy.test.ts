import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import {
  notificationPreferences,
  oneClickPost,
  setNotificationPreferences,
  unsubscribePath,
} from "../helpers/notifications.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("email preferences", () => {
  it("starts with the weekly digest on Mondays, immediate notifications off, in the account's language", async () => {
    const account = await registerAccount(t, { language: "en" });
    expect(await notificationPreferences(t, account.accessToken)).toEqual({
      digest: "weekly",
      digestDay: "monday",
      immediate: false,
      language: "en",
    });
  });

  it("changes any of them, and the language is the account's own", async () => {
    const account = await registerAccount(t);
    const changed = await setNotificationPreferences(t, account.accessToken, {
      digestDay: "wednesday",
      immediate: true,
      language: "en",
    });
    expect(changed).toEqual({ digest: "weekly", digestDay: "wednesday", immediate: true, language: "en" });
    expect(await setNotificationPreferences(t, account.accessToken, { digest: "off" })).toEqual({
      ...changed,
      digest: "off",
    });
    const me = await t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(account.accessToken) });
    expect(me.json().user.language).toBe("en");
  });
});

describe("unsubscribe link", () => {
  let account: RegisteredAccount;
  beforeAll(async () => {
    account = await registerAccount(t);
  });

  it("opens a page with a button and changes nothing (mail scanners open links)", async () => {
    const path = unsubscribePath(account.userId, "digest");
    const page = await t.app.inject({ method: "GET", url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain("Hủy nhận bản tin hằng tuần");
    expect(page.body).toContain("Unsubscribe from the weekly digest");
    // The button posts the token in the form's body, not in yet another URL.
    const token = new URL(path, "http://x").searchParams.get("token") ?? "";
    expect(page.body).toContain('<form method="post" action="/pages/unsubscribe">');
    expect(page.body).toContain(`<input type="hidden" name="token" value="${token}">`);
    expect((await notificationPreferences(t, account.accessToken)).digest).toBe("weekly");
  });

  it("turns the digest off with one click, answers with a page (no redirect), and can be clicked again", async () => {
    const path = unsubscribePath(account.userId, "digest");
    for (const as of ["urlencoded", "multipart", "urlencoded"] as const) {
      const response = await oneClickPost(t, path, as);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers.location).toBeUndefined();
      expect(response.body).toContain("You will no longer receive the weekly digest.");
    }
    expect(await notificationPreferences(t, account.accessToken)).toMatchObject({
      digest: "off",
      immediate: false,
    });
  });

  it("works from the page's own button, and the immediate-notification link turns off only those", async () => {
    const other = await registerAccount(t);
    await setNotificationPreferences(t, other.accessToken, { immediate: true });
    const token = new URL(unsubscribePath(other.userId, "immediate"), "http://x").searchParams.get("token");
    const response = await t.app.inject({
      method: "POST",
      url: "/pages/unsubscribe",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ token: token ?? "" }).toString(),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain("Bạn sẽ không nhận thông báo tức thời nữa.");
    expect(await notificationPreferences(t, other.accessToken)).toMatchObject({
      digest: "weekly",
      immediate: false,
    });
  });
});
