import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp, testJwtSecret } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Builds a JWT by hand, so a test can get every part of it wrong on purpose. */
function forgeJwt(
  payload: Record<string, unknown>,
  options: { alg?: "HS256" | "HS512" | "none"; secret?: string } = {},
): string {
  const alg = options.alg ?? "HS256";
  const signingInput = `${base64url({ alg, typ: "JWT" })}.${base64url(payload)}`;
  if (alg === "none") return `${signingInput}.`;
  const hmac = createHmac(alg === "HS512" ? "sha512" : "sha256", options.secret ?? testJwtSecret);
  return `${signingInput}.${hmac.update(signingInput).digest("base64url")}`;
}

/** The claims a real access token of this account has, valid for the next 15 minutes. */
function claimsOf(account: RegisteredAccount, overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: account.userId,
    org: account.organizationId,
    roles: ["buyer"],
    mrole: "owner",
    iss: "ketnoi-api",
    aud: "ketnoi",
    iat: now,
    exp: now + 900,
    ...overrides,
  };
}

const me = (token: string) => t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(token) });
const refresh = (refreshToken: string) =>
  t.app.inject({ method: "POST", url: "/v1/auth/refresh", payload: { refreshToken } });
const login = (email: string, password: string, remoteAddress: string) =>
  t.app.inject({ method: "POST", url: "/v1/auth/login", payload: { email, password }, remoteAddress });

describe("access tokens", () => {
  let account: RegisteredAccount;
  beforeAll(async () => {
    account = await registerAccount(t);
  });

  // The control for the forgeries below: a token forged the right way is accepted, so each rejection is about
  // the one thing that test gets wrong.
  it("accepts a correctly signed HS256 token with the right issuer, audience and expiry", async () => {
    const response = await me(forgeJwt(claimsOf(account)));
    expect(response.statusCode).toBe(200);
    expect(response.json().user.id).toBe(account.userId);
  });

  it.each([
    ["has expired", () => forgeJwt(claimsOf(account, { iat: nowSeconds() - 1000, exp: nowSeconds() - 60 }))],
    [
      "has a forged signature",
      () => forgeJwt(claimsOf(account), { secret: "another-secret-of-the-same-length-0123456789" }),
    ],
    ["uses alg none", () => forgeJwt(claimsOf(account), { alg: "none" })],
    ["is signed with HS512 and the right secret", () => forgeJwt(claimsOf(account), { alg: "HS512" })],
    ["names another issuer", () => forgeJwt(claimsOf(account, { iss: "someone-else" }))],
    ["names another audience", () => forgeJwt(claimsOf(account, { aud: "ketnoi-admin" }))],
    ["has no expiry", () => forgeJwt(claimsOf(account, { exp: undefined }))],
  ])("rejects a token that %s with 401", async (_label, token) => {
    const problem = expectProblem(await me(token()), 401, "unauthorized");
    expect(problem.detail).toBe("Missing, expired or invalid access token");
  });

  it("rejects a real token whose payload was edited to name another organisation", async () => {
    const other = await registerAccount(t);
    const [header, , signature] = account.accessToken.split(".");
    const edited = `${header}.${base64url(claimsOf(account, { org: other.organizationId }))}.${signature}`;
    expectProblem(await me(edited), 401, "unauthorized");
  });

  it("carries who and for which organisation, and no email or password hash", async () => {
    const [, payload] = account.accessToken.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8"));
    expect(claims).toMatchObject({
      sub: account.userId,
      org: account.organizationId,
      roles: ["buyer"],
      iss: "ketnoi-api",
      aud: "ketnoi",
    });
    // 15 minutes, as the session's expiresIn promises.
    expect(claims.exp - claims.iat).toBe(900);
    const text = JSON.stringify(claims);
    expect(text).not.toContain(account.email);
    expect(text).not.toMatch(/argon2|password|email/i);
  });
});

function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

describe("refresh tokens", () => {
  it("revokes the whole session family when a spent refresh token is presented again", async () => {
    const account = await registerAccount(t);
    const otherDevice = await login(account.email, account.password, "198.51.100.20");
    expect(otherDevice.statusCode).toBe(200);

    const rotated = await refresh(account.refreshToken);
    expect(rotated.statusCode).toBe(200);
    const tokenB = rotated.json().refreshToken;

    // A thief replays the token the owner already used.
    expectProblem(await refresh(account.refreshToken), 401, "unauthorized");
    // The owner's current token is gone too.
    expectProblem(await refresh(tokenB), 401, "unauthorized");
    // A session from a separate login is another family and keeps working.
    expect((await refresh(otherDevice.json().refreshToken)).statusCode).toBe(200);
  });
});

describe("membership changes", () => {
  it("ends a removed member's access and refresh tokens at once", async () => {
    const owner = await registerAccount(t);
    const member = await addMember(t, owner);
    expect((await me(member.accessToken)).statusCode).toBe(200);

    const removed = await t.app.inject({
      method: "DELETE",
      url: `/v1/organizations/${owner.organizationId}/members/${member.userId}`,
      headers: bearer(owner.accessToken),
    });
    expect(removed.statusCode).toBe(204);

    // The access token has not expired, but the membership behind it is gone.
    expectProblem(await me(member.accessToken), 401, "unauthorized");
    expectProblem(await refresh(member.refreshToken), 401, "unauthorized");
  });
});
