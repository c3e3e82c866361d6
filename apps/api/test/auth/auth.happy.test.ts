import { linksIn } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  goodPassword,
  pathOf,
  registerAccount,
  tokenFromEmail,
  uniqueEmail,
} from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("registration and email verification", () => {
  it("registers an organisation with its owner, unverified, and sends a Vietnamese verification email", async () => {
    const email = uniqueEmail("owner");
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/auth/register",
      payload: {
        organization: { name: "Công ty Nhựa Bình Dương", roles: ["supplier"] },
        user: { email: email.toUpperCase(), name: "Trần Thị Bình", password: goodPassword, language: "vi" },
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ email, name: "Trần Thị Bình", language: "vi", emailVerified: false });
    expect(body.organization).toMatchObject({ name: "Công ty Nhựa Bình Dương", roles: ["supplier"] });
    expect(body.session.tokenType).toBe("Bearer");
    expect(body.session.expiresIn).toBeLessThanOrEqual(900);

    const message = await t.smtp.waitFor(email);
    expect(message.subject).toMatch(/xác nhận/i);
    expect(message.text).toContain("Trần Thị Bình");
    expect(message.html).toContain('lang="vi"');
    expect(linksIn(message.text).some((l) => l.startsWith("http://ketnoi.test/vi/verify-email#token="))).toBe(
      true,
    );
  });

  it("links to the web's page in the person's language, the token only in the fragment, and verifies once", async () => {
    const account = await registerAccount(t, { language: "en" });
    const { token, link } = await tokenFromEmail(t, account.email, "/verify-email");
    const english = await t.smtp.waitFor(account.email);
    expect(english.subject).toMatch(/confirm/i);
    // What a browser sends for the link: the web's page, in English; never the token.
    expect(pathOf(link)).toBe("/en/verify-email");
    let me = await t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(account.accessToken) });
    expect(me.json().user.emailVerified).toBe(false);

    const response = await t.app.inject({ method: "POST", url: "/v1/auth/verify-email", payload: { token } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ verified: true });
    me = await t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(account.accessToken) });
    expect(me.json().user.emailVerified).toBe(true);
  });
});

describe("sessions", () => {
  it("logs in with the email in any case and gets a working access token", async () => {
    const account = await registerAccount(t, { roles: ["buyer", "supplier"] });
    const login = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: account.email.toUpperCase(), password: account.password },
    });
    expect(login.statusCode).toBe(200);
    const session = login.json();
    const me = await t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(session.accessToken) });
    expect(me.statusCode).toBe(200);
    expect(me.json().memberships[0]).toMatchObject({
      role: "owner",
      organization: { roles: ["buyer", "supplier"] },
    });
  });

  it("rotates the refresh token on every refresh", async () => {
    const account = await registerAccount(t);
    const first = await t.app.inject({
      method: "POST",
      url: "/v1/auth/refresh",
      payload: { refreshToken: account.refreshToken },
    });
    expect(first.statusCode).toBe(200);
    const rotated = first.json();
    expect(rotated.refreshToken).not.toBe(account.refreshToken);
    const second = await t.app.inject({
      method: "POST",
      url: "/v1/auth/refresh",
      payload: { refreshToken: rotated.refreshToken },
    });
    expect(second.statusCode).toBe(200);
  });

  it("logs out: the refresh token stops working", async () => {
    const account = await registerAccount(t);
    const out = await t.app.inject({
      method: "POST",
      url: "/v1/auth/logout",
      payload: { refreshToken: account.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    const again = await t.app.inject({
      method: "POST",
      url: "/v1/auth/refresh",
      payload: { refreshToken: account.refreshToken },
    });
    expect(again.statusCode).toBe(401);
  });
});

describe("password reset", () => {
  it("resets the password from the emailed link, ends old sessions, and the new password logs in", async () => {
    const account = await registerAccount(t);
    const requested = await t.app.inject({
      method: "POST",
      url: "/v1/auth/password-reset",
      payload: { email: account.email },
    });
    expect(requested.statusCode).toBe(202);
    const { token, link } = await tokenFromEmail(t, account.email, "/reset-password");
    expect(pathOf(link)).toBe("/vi/reset-password");

    const newPassword = "mật khẩu mới rất dài 2026";
    const done = await t.app.inject({
      method: "POST",
      url: "/v1/auth/reset-password",
      payload: { token, password: newPassword },
    });
    expect(done.statusCode, done.body).toBe(204);

    const oldSession = await t.app.inject({
      method: "POST",
      url: "/v1/auth/refresh",
      payload: { refreshToken: account.refreshToken },
    });
    expect(oldSession.statusCode).toBe(401);
    const oldPassword = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: account.email, password: account.password },
    });
    expect(oldPassword.statusCode).toBe(401);
    const login = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: account.email, password: newPassword },
    });
    expect(login.statusCode).toBe(200);
  });

  it("answers 202 for an unknown address and sends nothing", async () => {
    const email = uniqueEmail("nobody");
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/auth/password-reset",
      payload: { email },
    });
    expect(response.statusCode).toBe(202);
    await expect(t.smtp.waitFor(email, { timeoutMs: 300 })).rejects.toThrow(/no email/);
  });
});
