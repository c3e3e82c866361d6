import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import {
  legacyUnsubscribePath,
  notificationPreferences,
  oneClickPost,
  setNotificationPreferences,
  unsubscribeCall,
  unsubscribeToken,
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
  it("starts with the weekly digest on Mondays, immediate notifications on, in the account's language", async () => {
    const account = await registerAccount(t, { language: "en" });
    expect(await notificationPreferences(t, account.accessToken)).toEqual({
      digest: "weekly",
      digestDay: "monday",
      immediate: true,
      requestAlerts: true,
      quietHours: { start: "21:00", end: "07:00", timeZone: "Asia/Ho_Chi_Minh" },
      language: "en",
    });
  });

  it("changes any of them, and the language is the account's own", async () => {
    const account = await registerAccount(t);
    const changed = await setNotificationPreferences(t, account.accessToken, {
      digestDay: "wednesday",
      immediate: false,
      language: "en",
    });
    expect(changed).toEqual({
      digest: "weekly",
      digestDay: "wednesday",
      immediate: false,
      requestAlerts: true,
      quietHours: { start: "21:00", end: "07:00", timeZone: "Asia/Ho_Chi_Minh" },
      language: "en",
    });
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

  it("says what it turns off when checked, and changes nothing (the page a link opens; scanners open links)", async () => {
    const checked = await unsubscribeCall(t, unsubscribeToken(account.userId, "digest"), "check");
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toEqual({ scope: "digest" });
    expect((await notificationPreferences(t, account.accessToken)).digest).toBe("weekly");
  });

  it("turns the digest off when used, and can be used again", async () => {
    for (let i = 0; i < 2; i++) {
      const used = await unsubscribeCall(t, unsubscribeToken(account.userId, "digest"));
      expect(used.statusCode, used.body).toBe(200);
      expect(used.json()).toEqual({ scope: "digest" });
    }
    expect(await notificationPreferences(t, account.accessToken)).toMatchObject({
      digest: "off",
      immediate: true,
    });
  });

  it("for immediate notifications turns off only those", async () => {
    const other = await registerAccount(t);
    await setNotificationPreferences(t, other.accessToken, { immediate: true });
    const used = await unsubscribeCall(t, unsubscribeToken(other.userId, "immediate"));
    expect(used.json()).toEqual({ scope: "immediate" });
    expect(await notificationPreferences(t, other.accessToken)).toMatchObject({
      digest: "weekly",
      immediate: false,
    });
  });
});

describe("unsubscribe links in emails sent before the web took them over", () => {
  it("open the web's page (308, the token kept in the query), changing nothing", async () => {
    const account = await registerAccount(t);
    const path = legacyUnsubscribePath(account.userId, "digest");
    const opened = await t.app.inject({ method: "GET", url: path });
    expect(opened.statusCode).toBe(308);
    const target = new URL(String(opened.headers.location));
    expect(`${target.origin}${target.pathname}`).toBe("http://ketnoi.test/unsubscribe");
    expect(target.searchParams.get("token")).toBe(unsubscribeToken(account.userId, "digest"));
    expect((await notificationPreferences(t, account.accessToken)).digest).toBe("weekly");
  });

  it("still unsubscribe with one click (no redirect: mail providers do not follow one), again and again", async () => {
    const account = await registerAccount(t);
    const path = legacyUnsubscribePath(account.userId, "digest");
    for (const as of ["urlencoded", "multipart", "urlencoded"] as const) {
      const response = await oneClickPost(t, path, as);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers.location).toBeUndefined();
      expect(response.body).toContain("You are unsubscribed.");
    }
    expect((await notificationPreferences(t, account.accessToken)).digest).toBe("off");
  });
});
