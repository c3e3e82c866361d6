// Issue #13.1: a password-reset token read from the API's request log took over an account. Every email-link flow
// runs here as the web runs it for a person — the real emails from the SMTP capture, the token taken from the
// link's fragment and posted to the API from the web's server with the browser's address forwarded — and as mail
// providers run the one-click unsubscribe, with the API's and the worker's logs captured at the most verbose
// level. No line may then hold any token, password or session token the flow used. (The browser tests check the
// web's side: apps/web/e2e.)
import { accountRepository, createDb, supplierRepository } from "@ketnoi/db";
import { signUnsubscribeToken } from "@ketnoi/email";
import { linksIn, taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/index.js";
import {
  bearer,
  registerAccount,
  registerVerifiedAccount,
  tokenFromEmail,
  uniqueEmail,
} from "../helpers/accounts.js";
import { mouldingSupplier, publishMatchedRequest, quoted } from "../helpers/marketplace.js";
import { postMessage } from "../helpers/messages.js";
import { oneClickPost, optInToImmediateNotifications, unsubscribeCall } from "../helpers/notifications.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp, testEmailLinkSecret } from "../helpers/test-app.js";

const logLines: string[] = [];
const logs = { write: (line: string) => void logLines.push(line) };
let t: TestApp;

beforeAll(async () => {
  // The web's server is the proxy in front of the API: it forwards the browser's address.
  t = await createTestApp({ withWorker: true, logs, trustedProxies: "127.0.0.1" });
}, 60_000);

/** A call as the web's server makes it for a browser at `address`. */
function fromWeb(url: string, payload: Record<string, unknown>, address = "203.0.113.77") {
  return t.app.inject({ method: "POST", url, payload, headers: { "x-forwarded-for": address } });
}
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
    const first = await tokenFromEmail(t, account.email, "/verify-email");
    const resent = await t.app.inject({
      method: "POST",
      url: "/v1/auth/verify-email/resend",
      headers: bearer(account.accessToken),
    });
    expect(resent.statusCode, resent.body).toBe(202);
    const second = await tokenFromEmail(t, account.email, "/verify-email", { newerThan: first.token });

    expect((await fromWeb("/v1/auth/verify-email", { token: first.token })).statusCode).toBe(400);
    const confirmed = await fromWeb("/v1/auth/verify-email", { token: second.token });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    expectRequestLogged("POST", "/v1/auth/verify-email");
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
    const { token } = await tokenFromEmail(t, account.email, "/reset-password");

    const newPassword = "một mật khẩu mới khá dài 2026";
    const changed = await fromWeb("/v1/auth/reset-password", { token, password: newPassword });
    expect(changed.statusCode, changed.body).toBe(204);
    // The attack of the issue: the token, had it been in a log line, would now be spent anyway; it never was.
    const login = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: account.email, password: newPassword },
    });
    expect(login.statusCode).toBe(200);

    expectRequestLogged("POST", "/v1/auth/reset-password");
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
    const { token } = await tokenFromEmail(t, invitee, "/accept-invitation");

    expect((await fromWeb("/v1/invitations/preview", { token })).statusCode).toBe(200);
    const password = "mật khẩu của người được mời 2026";
    const joined = await fromWeb("/v1/invitations/accept", { token, name: "Đỗ Thị Hoa", password });
    expect(joined.statusCode, joined.body).toBe(200);

    expectRequestLogged("POST", "/v1/invitations/preview");
    expectRequestLogged("POST", "/v1/invitations/accept");
    expectNotLogged({
      "invitation token": token,
      password,
      "access token": joined.json().session.accessToken,
      "refresh token": joined.json().session.refreshToken,
    });
  });

  it("when a company is claimed through the link emailed to its contact address, twice", async () => {
    const association = await registerVerifiedAccount(t, { orgName: "Hiệp hội Nhật Ký" });
    await t.deps.database.db.transaction((tx) =>
      accountRepository.updateOrganization(tx, association.organizationId, { roles: ["association"] }),
    );
    const contact = uniqueEmail("contact");
    const csv = `Mã số thuế,Tên doanh nghiệp,Ngành hàng,KCN,Email\r\n${taxCode(777)},Công ty Nhật Ký,Thùng carton,VSIP I,${contact}`;
    const imported = await t.app.inject({
      method: "POST",
      url: "/v1/suppliers/import",
      headers: { ...bearer(association.accessToken), "content-type": "text/csv" },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const supplier = await supplierRepository.findSupplierByTaxCode(t.deps.database.db, taxCode(777));
    const claimant = await registerVerifiedAccount(t, { orgName: "Nhật Ký" });
    const claimed = await t.app.inject({
      method: "POST",
      url: `/v1/suppliers/${supplier?.id}/claims`,
      headers: bearer(claimant.accessToken),
      payload: { method: "email_link" },
    });
    expect(claimed.statusCode, claimed.body).toBe(201);
    const { token } = await tokenFromEmail(t, contact, "/claim/confirm");
    const confirm = () =>
      t.app.inject({
        method: "POST",
        url: "/v1/claims/confirm",
        payload: { token },
        headers: { ...bearer(claimant.accessToken), "x-forwarded-for": "203.0.113.78" },
      });
    expect((await confirm()).statusCode).toBe(200);
    expect((await confirm()).statusCode).toBe(409);

    expectRequestLogged("POST", "/v1/claims/confirm");
    expectNotLogged({ "claim token": token, "access token": claimant.accessToken });
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
    const { token } = await tokenFromEmail(t, owner.email, "/unlock-sign-in");

    const unlocked = await fromWeb("/v1/auth/login/unlock", { token }, "127.0.0.1");
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    const signedIn = await login();
    expect(signedIn.statusCode, signedIn.body).toBe(200);

    expectRequestLogged("POST", "/v1/auth/login/unlock");
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
    const visible = linksIn(email.text).find((link) => link.includes("/unsubscribe?"));
    expect(visible).toBe(oneClickUrl);
    const token = new URL(oneClickUrl).searchParams.get("token") ?? "";

    // The web's page checks the link, its button (or the provider's one-click POST to the web) uses it.
    expect((await fromWeb("/v1/notifications/unsubscribe/check", { token })).statusCode).toBe(200);
    expect((await unsubscribeCall(t, token)).statusCode).toBe(200);
    // An email sent before the web took the link over: the provider one-clicks the API's old address.
    const legacy = `/pages/unsubscribe?token=${encodeURIComponent(token)}`;
    for (const as of ["multipart", "urlencoded"] as const) {
      const oneClick = await oneClickPost(t, legacy, as);
      expect(oneClick.statusCode, oneClick.body).toBe(200);
    }
    expect((await t.app.inject({ method: "GET", url: legacy })).statusCode).toBe(308);

    expectRequestLogged("POST", "/v1/notifications/unsubscribe/check");
    expectRequestLogged("POST", "/v1/notifications/unsubscribe");
    expectRequestLogged("POST", "/pages/unsubscribe");
    expectRequestLogged("GET", "/pages/unsubscribe");
    expectNotLogged({ "unsubscribe token": token });
  });

  it("when a supplier asks a question, the buyer answers it to all, and both are emailed: never the messages' text", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Long Thành");
    await t.searchSynced(30_000);
    const request = await publishMatchedRequest(t, buyer);
    const question = "Câu hỏi bí mật về dung sai khuôn số 4711";
    const answer = "Câu trả lời bí mật: dung sai 0,02 mm cho khuôn 4711";
    const asked = await postMessage(t, supplier, request.id, supplier.profileId, { body: question });
    expect(asked.statusCode, asked.body).toBe(201);
    await t.smtp.waitFor(buyer.email, {
      predicate: (m) => m.subject.includes("Long Thành"),
      timeoutMs: 15_000,
    });
    const answered = await postMessage(t, buyer, request.id, supplier.profileId, {
      body: answer,
      answerToAll: true,
    });
    expect(answered.statusCode, answered.body).toBe(201);
    await t.smtp.waitFor(supplier.email, {
      predicate: (m) => m.subject.includes("Bên mua"),
      timeoutMs: 15_000,
    });
    // A refused message (a control character) is not logged either.
    const refused = await postMessage(t, supplier, request.id, supplier.profileId, {
      body: `${question}\u0007`,
    });
    expect(refused.statusCode).toBe(400);

    expectRequestLogged("POST", `/v1/requests/${request.id}/threads/${supplier.profileId}/messages`);
    expectNotLogged({ question, answer });
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
