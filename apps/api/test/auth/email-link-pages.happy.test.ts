// The pages behind account email links: the token comes from the link's fragment through the page's own script,
// or pasted by hand without JavaScript, and only ever in a POST body.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, registerAccount, tokenFromEmail } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const form = (fields: Record<string, string>) => ({
  headers: { "content-type": "application/x-www-form-urlencoded" },
  payload: new URLSearchParams(fields).toString(),
});

async function resetLink() {
  const account = await registerAccount(t);
  const requested = await t.app.inject({
    method: "POST",
    url: "/v1/auth/password-reset",
    payload: { email: account.email },
  });
  expect(requested.statusCode).toBe(202);
  return { account, ...(await tokenFromEmail(t, account.email, "/pages/reset-password")) };
}

describe("the link opener", () => {
  it("is a script file of the API's own, loaded under the page's CSP nonce; no inline script", async () => {
    const script = await t.app.inject({ method: "GET", url: "/pages/link-opener.js" });
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script.body).toContain("location.hash");
    expect(script.body).toContain("history.replaceState");

    const paths = [
      "/pages/verify-email",
      "/pages/reset-password",
      "/pages/accept-invitation",
      "/pages/unlock-sign-in",
    ];
    for (const path of paths) {
      const page = await t.app.inject({ method: "GET", url: path });
      expect(page.statusCode).toBe(200);
      expect(page.headers["cache-control"]).toBe("no-store");
      const nonce = /script-src[^;]*'nonce-([0-9a-f]+)'/.exec(
        String(page.headers["content-security-policy"]),
      )?.[1];
      expect(page.body.match(/<script[^>]*>/g)).toEqual([
        `<script nonce="${nonce}" src="/pages/link-opener.js" defer>`,
      ]);
      expect(page.body).not.toMatch(/<script[^>]*>[^<]/);
      expect(page.body).not.toMatch(/ on[a-z]+=/);
      expect(page.body).toContain("<noscript>");
      expect(page.body).toContain(`<form method="post" action="${path}" id="open-link">`);
    }
  });

  it("opens a link without JavaScript from the pasted link, `token=…` or the code alone", async () => {
    const { token, link } = await resetLink();
    for (const pasted of [link, `token=${token}`, ` ${token} `]) {
      const page = await t.app.inject({
        method: "POST",
        url: "/pages/reset-password",
        ...form({ step: "open", token: pasted }),
      });
      expect(page.statusCode, pasted).toBe(200);
      expect(page.body).toContain('type="password"');
      expect(page.body).toContain(`<input type="hidden" name="token" value="${token}">`);
    }
  });
});

describe("tokens in a URL", () => {
  it("are ignored by the account pages: the page shows only its empty form", async () => {
    const { token } = await resetLink();
    const page = await t.app.inject({ method: "GET", url: `/pages/reset-password?token=${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(token);
    expect(page.body).not.toContain('type="password"');
  });

  it("verify nothing when posted in the query string instead of the body", async () => {
    const account = await registerAccount(t);
    const { token } = await tokenFromEmail(t, account.email, "/pages/verify-email");
    const response = await t.app.inject({
      method: "POST",
      url: `/pages/verify-email?token=${token}`,
      ...form({}),
    });
    expect(response.statusCode).toBe(400);
    const me = await t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(account.accessToken) });
    expect(me.json().user.emailVerified).toBe(false);
  });
});
