// Issue #13.1: a password-reset token read from the API's request log took over an account. Every email-link flow
// runs here as a person's browser and mail provider run it — the real emails from the SMTP capture, their links
// opened, the pages' forms posted — with the API's and the worker's logs captured at the most verbose level. No
// line may then hold any token, password or session token the flow used.
import { createDb } from "@ketnoi/db";
import { signUnsubscribeToken } from "@ketnoi/email";
import { linksIn } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/index.js";
import {
  bearer,
  openEmailLink,
  pathOf,
  registerAccount,
  registerVerifiedAccount,
  submitPageForm,
  tokenFromEmail,
  uniqueEmail,
} from "../helpers/accounts.js";
import { mouldingSupplier, publishMatchedRequest, quoted } from "../helpers/marketplace.js";
import { oneClickPost, optInToImmediateNotifications } from "../helpers/notifications.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp, testEmailLinkSecret } from "../helpers/test-app.js";

const logLines: string[] = [];
const logs = { write: (line: string) => void logLines.push(line) };
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true, logs });
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** No log line holds any of the secrets, as written or URL-encoded; the message names the ones that leaked. */
function expectNotLogged(secrets: Record<string, string>) {
  const leaks = Object.entries(secrets).flatMap(([what, value]) => {
    expect(value.length, what).toBeGreaterThan(8);
    const lines = logLines.filter((line) => line.includes(value) || line.includes(encodeURIComponent(value)));
    return lines.map((line) => `${what}: ${line}`);
  });
  expect(leaks).toEqual([]);
}

/** The request log saw the page (by its path), so the capture works and the absence above means something. */
function expectRequestLogged(method: string, path: string) {
  const requests = logLines
    .map(
      (line) => JSON.parse(line) as { msg?: string; reqId?: string; req?: { method: string; url: string } },
    )
    .filter((line) => line.msg === "incoming request" && line.reqId);
  expect(requests.map((line) => `${line.req?.method} ${line.req?.url}`)).toContain(`${method} ${path}`);
}

describe("nothing secret reaches the logs", () => {
  it("when an address is verified from a resent email, and the first email's link is opened too", async () => {
    const account = await registerAccount(t, { language: "en" });
    const first = await tokenFromEmail(t, account.email, "/pages/verify-email");
    const resent = await t.app.inject({
      method: "POST",
      url: "/v1/auth/verify-email/resend",
      headers: bearer(account.accessToken),
    });
    expect(resent.statusCode, resent.body).toBe(202);
    const second = await tokenFromEmail(t, account.email, "/pages/verify-email", { newerThan: first.token });

    expect((await openEmailLink(t, first.link)).statusCode).toBe(400);
    const page = await openEmailLink(t, second.link);
    expect(page.statusCode, page.body).toBe(200);
    const confirmed = await submitPageForm(t, page);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.body).toContain("Email confirmed");

    expectRequestLogged("GET", "/pages/verify-email");
    expectRequestLogged("POST", "/pages/verify-email");
    expectNotLogged({
      "first verification token": first.token,
      "second verification token": second.token,
      "access token": account.accessToken,
      "refresh token": account.refreshToken,
      password: account.password,
    });
  });

  it("when a password is reset from the emailed link", async () => {
    const account = await registerAccount(t);
    const requested = await t.app.inject({
      method: "POST",
      url: "/v1/auth/password-reset",
      payload: { email: account.email },
    });
    expect(requested.statusCode).toBe(202);
    const { token, link } = await tokenFromEmail(t, account.email, "/pages/reset-password");

    const form = await openEmailLink(t, link);
    expect(form.statusCode, form.body).toBe(200);
    const newPassword = "một mật khẩu mới khá dài 2026";
    const changed = await submitPageForm(t, form, { password: newPassword });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.body).toContain("Password changed");
    // The attack of the issue: the token, had it been in a log line, would now be spent anyway; it never was.
    const login = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: account.email, password: newPassword },
    });
    expect(login.statusCode).toBe(200);

    expectRequestLogged("POST", "/pages/reset-password");
    expectNotLogged({
      "reset token": token,
      "new password": newPassword,
      "new access token": login.json().accessToken,
      "new refresh token": login.json().refreshToken,
    });
  });

  it("when an invitation is accepted from the emailed link by someone without an account", async () => {
    const owner = await registerVerifiedAccount(t);
    const invitee = uniqueEmail("invitee");
    const invited = await t.app.inject({
      method: "POST",
      url: `/v1/organizations/${owner.organizationId}/invitations`,
      headers: bearer(owner.accessToken),
      payload: { email: invitee },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const { token, link } = await tokenFromEmail(t, invitee, "/pages/accept-invitation");

    const page = await openEmailLink(t, link);
    expect(page.statusCode, page.body).toBe(200);
    const password = "mật khẩu của người được mời 2026";
    const joined = await submitPageForm(t, page, { name: "Đỗ Thị Hoa", password });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.body).toContain("You have joined");

    expectRequestLogged("POST", "/pages/accept-invitation");
    expectNotLogged({ "invitation token": token, password });
  });

  it("when the owner unlocks sign-in from the emailed link after guesses from many addresses", async () => {
    const owner = await registerAccount(t, { language: "en" });
    // The account-wide ceiling: wrong passwords from more addresses than it allows.
    const guesses = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        t.app.inject({
          method: "POST",
          url: "/v1/auth/login",
          payload: { email: owner.email, password: `wrong guess ${i}` },
          remoteAddress: `198.51.100.${i + 1}`,
        }),
      ),
    );
    expect(guesses.map((guess) => guess.statusCode)).toContain(429);
    const login = () =>
      t.app.inject({
        method: "POST",
        url: "/v1/auth/login",
        payload: { email: owner.email, password: owner.password },
      });
    const refused = await login();
    expect(refused.statusCode, refused.body).toBe(429);
    const { token, link } = await tokenFromEmail(t, owner.email, "/pages/unlock-sign-in");

    const page = await openEmailLink(t, link);
    expect(page.statusCode, page.body).toBe(200);
    const unlocked = await submitPageForm(t, page);
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.body).toContain("Sign-in unlocked");
    const signedIn = await login();
    expect(signedIn.statusCode, signedIn.body).toBe(200);

    expectRequestLogged("GET", "/pages/unlock-sign-in");
    expectRequestLogged("POST", "/pages/unlock-sign-in");
    expectNotLogged({
      "unlock token": token,
      password: owner.password,
      "access token": signedIn.json().accessToken,
      "refresh token": signedIn.json().refreshToken,
    });
  });

  it("when a notification's unsubscribe link is opened and pressed, and a mail provider one-clicks it", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    await optInToImmediateNotifications(t, buyer.accessToken);
    const supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Phú Mỹ");
    await t.searchSynced(30_000);
    const request = await publishMatchedRequest(t, buyer);
    await quoted(t, supplier, request.id);
    const email = await t.smtp.waitFor(buyer.email, {
      predicate: (m) => m.subject.includes("Phú Mỹ"),
      timeoutMs: 15_000,
    });
    // The List-Unsubscribe header as sent: the address mail providers POST to.
    const oneClickUrl = /^List-Unsubscribe:\s*<([^>]+)>/im.exec(email.raw)?.[1] ?? "";
    const visible = linksIn(email.text).find((link) => link.includes("/pages/unsubscribe"));
    expect(visible).toBe(oneClickUrl);
    const token = new URL(oneClickUrl).searchParams.get("token") ?? "";

    const page = await t.app.inject({ method: "GET", url: pathOf(oneClickUrl) });
    expect(page.statusCode, page.body).toBe(200);
    const pressed = await submitPageForm(t, page);
    expect(pressed.statusCode, pressed.body).toBe(200);
    for (const as of ["multipart", "urlencoded"] as const) {
      const oneClick = await oneClickPost(t, pathOf(oneClickUrl), as);
      expect(oneClick.statusCode, oneClick.body).toBe(200);
    }

    expectRequestLogged("GET", "/pages/unsubscribe");
    expectRequestLogged("POST", "/pages/unsubscribe");
    expectNotLogged({ "unsubscribe token": token });
  });

  it("when a URL with a token meets a route that does not exist, a server error, or a message that quotes it", async () => {
    const account = await registerAccount(t);
    const token = signUnsubscribeToken(testEmailLinkSecret, { userId: account.userId, scope: "digest" });
    const query = `?token=${encodeURIComponent(token)}`;

    const missing = await t.app.inject({ method: "GET", url: `/pages/unsubscribed${query}` });
    expect(missing.statusCode).toBe(404);

    // A second app whose database handle is closed after start: the one-click POST fails with a 500.
    const database = createDb(t.deps.config.DATABASE_URL, { maxConnections: 1 });
    const broken = await buildApp(
      { ...t.deps, database },
      { logger: { level: "trace", stream: logs }, redisPrefix: t.deps.config.NAMESPACE },
    );
    await database.close();
    const failed = await oneClickPost({ ...t, app: broken }, `/pages/unsubscribe${query}`);
    expect(failed.statusCode, failed.body).toBe(500);
    expect(logLines.some((line) => line.includes('"msg":"unhandled error"'))).toBe(true);
    // Fastify's own messages quote the raw URL ("Route GET:/… not found", "Reply was already sent … in /…").
    broken.log.warn(
      `Reply was already sent, did you forget to "return reply" in the "/pages/unsubscribe${query}"`,
    );
    await broken.close();

    expectRequestLogged("GET", "/pages/unsubscribed");
    expectNotLogged({ "unsubscribe token": token });
  });
});
