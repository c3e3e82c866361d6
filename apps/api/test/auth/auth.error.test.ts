import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  goodPassword,
  registerAccount,
  tokenFromEmail,
  uniqueAddress,
  uniqueEmail,
} from "../helpers/accounts.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const hour = 3_600_000;

function registration(
  user: { email: string; password?: string },
  organization: { roles?: unknown } = { roles: ["buyer"] },
) {
  return t.app.inject({
    method: "POST",
    url: "/v1/auth/register",
    payload: {
      organization: { name: "Công ty TNHH Cơ Khí Tân Uyên", ...organization },
      user: { name: "Lê Thị Hoa", password: goodPassword, ...user },
    },
    remoteAddress: uniqueAddress(),
  });
}

const verify = (token: string) =>
  t.app.inject({ method: "POST", url: "/v1/auth/verify-email", payload: { token } });
const reset = (token: string, password: string) =>
  t.app.inject({ method: "POST", url: "/v1/auth/reset-password", payload: { token, password } });
const login = (email: string, password: string) =>
  t.app.inject({ method: "POST", url: "/v1/auth/login", payload: { email, password } });

async function requestReset(email: string): Promise<{ token: string; link: string }> {
  const requested = await t.app.inject({
    method: "POST",
    url: "/v1/auth/password-reset",
    payload: { email },
  });
  expect(requested.statusCode).toBe(202);
  return tokenFromEmail(t, email, "/reset-password");
}

describe("registration input", () => {
  it("rejects a malformed email and names the field", async () => {
    const response = await registration({ email: "an.nguyen@@example" });
    const problem = expectProblem(response, 400, "validation_failed");
    expect(problemFields(problem)).toEqual(["body.user.email"]);
  });

  it("rejects an email that is already registered, also when written in another case", async () => {
    const account = await registerAccount(t);
    for (const email of [account.email, account.email.toUpperCase()]) {
      const problem = expectProblem(await registration({ email }), 409, "email_taken");
      expect(problemFields(problem)).toEqual(["body.user.email"]);
    }
  });

  it.each([
    ["too short", () => "ngan-qua1", "password_too_short"],
    ["too common", () => "password123", "password_common"],
    ["a common password with digits", () => "Password1234", "password_common"],
    ["a keyboard row", () => "qwertyuiop1", "password_common"],
    ["a repeated sequence", () => "1234512345", "password_pattern"],
    ["a Vietnamese favourite", () => "anhyeuem123456", "password_common"],
    ["containing the email's local part", (local: string) => `${local}-nam-2026`, "password_personal"],
    ["the person's name and a year", () => "Lê Thị Hoa 1990", "password_personal"],
    ["the organisation's name", () => "CoKhiTanUyen2026", "password_personal"],
  ])(
    "rejects a password that is %s, says why in vi/en and creates no account",
    async (_label, password, code) => {
      const email = uniqueEmail("hoa.le");
      const local = email.split("@")[0] ?? "";
      const problem = expectProblem(
        await registration({ email, password: password(local) }),
        400,
        "validation_failed",
      );
      expect(problem.errors).toEqual([
        {
          field: "body.user.password",
          code,
          message: expect.any(String),
          messages: { vi: expect.stringMatching(/[Mm]ật khẩu/), en: expect.stringMatching(/password/i) },
        },
      ]);
      // Nothing was created: the address is still free.
      expect((await registration({ email })).statusCode).toBe(201);
    },
  );

  it.each([
    [
      "a NUL byte in the organisation's name",
      { organization: { name: "Cơ Khí\u0000 Tân Uyên" } },
      "body.organization.name",
      "text_control_character",
    ],
    [
      "a right-to-left override in the person's name",
      { user: { name: "Lê Thị \u202eaoH" } },
      "body.user.name",
      "text_bidi_control",
    ],
    [
      "a line break in the person's name",
      { user: { name: "Lê Thị\nHoa" } },
      "body.user.name",
      "text_line_break",
    ],
  ])("rejects %s, naming the field and why, and creates no account", async (_label, given, field, code) => {
    const change: { organization?: { name: string }; user?: { name: string } } = given;
    const email = uniqueEmail("hoa.le");
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/auth/register",
      payload: {
        organization: { name: "Công ty TNHH Cơ Khí Tân Uyên", roles: ["buyer"], ...change.organization },
        user: { email, name: "Lê Thị Hoa", password: goodPassword, ...change.user },
      },
      remoteAddress: uniqueAddress(),
    });
    const problem = expectProblem(response, 400, "validation_failed");
    expect(problem.errors).toEqual([
      expect.objectContaining({ field, code, messages: { vi: expect.any(String), en: expect.any(String) } }),
    ]);
    expect((await registration({ email })).statusCode).toBe(201);
  });

  it.each([
    ["no roles", { roles: [] }],
    ["an unknown role", { roles: ["manufacturer"] }],
    ["the roles left out", {}],
  ])("rejects an organisation with %s", async (_label, organization) => {
    const problem = expectProblem(
      await registration({ email: uniqueEmail() }, organization),
      400,
      "validation_failed",
    );
    expect(problemFields(problem).length).toBeGreaterThan(0);
    for (const field of problemFields(problem)) expect(field).toMatch(/^body\.organization\.roles/);
  });
});

describe("login", () => {
  it("answers a wrong password and an unknown email alike, without saying which part was wrong", async () => {
    const account = await registerAccount(t);
    const wrongPassword = expectProblem(
      await login(account.email, "not the right password"),
      401,
      "invalid_credentials",
    );
    const unknownEmail = expectProblem(
      await login(uniqueEmail("nobody"), goodPassword),
      401,
      "invalid_credentials",
    );
    expect(unknownEmail.title).toBe(wrongPassword.title);
    expect(unknownEmail.detail).toBe(wrongPassword.detail);
    expect(unknownEmail.type).toBe(wrongPassword.type);
    expect(unknownEmail.errors).toBeUndefined();
    expect(wrongPassword.errors).toBeUndefined();
  });
});

describe("verification links", () => {
  it("works once: used again, used again it is invalid_token, naming the token", async () => {
    const account = await registerAccount(t);
    const { token } = await tokenFromEmail(t, account.email, "/verify-email");
    expect((await verify(token)).statusCode).toBe(200);

    const problem = expectProblem(await verify(token), 400, "invalid_token");
    expect(problemFields(problem)).toEqual(["body.token"]);
  });

  it("stops working after 48 hours and leaves the address unverified", async () => {
    const account = await registerAccount(t);
    const { token } = await tokenFromEmail(t, account.email, "/verify-email");
    t.advanceClock(49 * hour);

    expectProblem(await verify(token), 400, "invalid_token");
    const me = await t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(account.accessToken) });
    expect(me.json().user.emailVerified).toBe(false);
  });

  it("stops working once a new verification email was sent; the new link works", async () => {
    const account = await registerAccount(t);
    const first = await tokenFromEmail(t, account.email, "/verify-email");
    const resent = await t.app.inject({
      method: "POST",
      url: "/v1/auth/verify-email/resend",
      headers: bearer(account.accessToken),
    });
    expect(resent.statusCode).toBe(202);
    expect(resent.json()).toEqual({ sent: true });
    const second = await tokenFromEmail(t, account.email, "/verify-email", { newerThan: first.token });

    expectProblem(await verify(first.token), 400, "invalid_token");
    expect((await verify(second.token)).statusCode).toBe(200);
  });
});

describe("password-reset links", () => {
  it("works once: the second use is invalid_token, naming the token", async () => {
    const account = await registerAccount(t);
    const { token } = await requestReset(account.email);
    expect((await reset(token, "mật khẩu mới lần một 2026")).statusCode).toBe(204);

    const problem = expectProblem(await reset(token, "mật khẩu mới lần hai 2026"), 400, "invalid_token");
    expect(problemFields(problem)).toEqual(["body.token"]);
    // The second attempt changed nothing: the first new password still logs in.
    expect((await login(account.email, "mật khẩu mới lần một 2026")).statusCode).toBe(200);
  });

  it("stops working after an hour and leaves the old password in place", async () => {
    const account = await registerAccount(t);
    const { token } = await requestReset(account.email);
    t.advanceClock(61 * 60_000);

    expectProblem(await reset(token, "mật khẩu mới sau một giờ"), 400, "invalid_token");
    expect((await login(account.email, account.password)).statusCode).toBe(200);
  });

  it("stays usable after a weak password is refused, so the person can try again", async () => {
    const account = await registerAccount(t);
    const { token } = await requestReset(account.email);
    const local = account.email.split("@")[0] ?? "";

    const common = expectProblem(await reset(token, "password123"), 400, "validation_failed");
    expect(common.errors).toEqual([
      expect.objectContaining({ field: "body.password", code: "password_common" }),
    ]);
    for (const weak of ["Password1234", "qwertyuiop1", "1234512345"]) {
      const problem = expectProblem(await reset(token, weak), 400, "validation_failed");
      expect(problemFields(problem), weak).toEqual(["body.password"]);
    }
    // This one is only caught once the token's account is known (it repeats the email address).
    const repeatsEmail = expectProblem(await reset(token, `${local}-2026-moi`), 400, "validation_failed");
    expect(repeatsEmail.errors).toEqual([
      expect.objectContaining({ field: "body.password", code: "password_personal" }),
    ]);

    expect((await reset(token, "một mật khẩu tốt hơn nhiều")).statusCode).toBe(204);
    expect((await login(account.email, "một mật khẩu tốt hơn nhiều")).statusCode).toBe(200);
  });
});

describe("malformed requests", () => {
  it("answers a JSON body over 1 MiB with 413, not 500", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: uniqueEmail(), password: "x".repeat(1024 * 1024 + 10) }),
    });
    expectProblem(response, 413, "payload_too_large");
  });

  it("answers broken JSON with 400", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"a":',
    });
    expectProblem(response, 400, "validation_failed");
  });

  it("answers a body in an unsupported content type with 415", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      headers: { "content-type": "text/xml" },
      payload: "<login><email>an@example.vn</email></login>",
    });
    expectProblem(response, 415, "unsupported_media_type");
  });

  it("answers an unknown route with a 404 problem naming the route", async () => {
    const response = await t.app.inject({ method: "GET", url: "/v1/quotes?page=2" });
    const problem = expectProblem(response, 404, "not_found");
    expect(problem.instance).toBe("/v1/quotes");
    expect(problem.detail).toContain("/v1/quotes");
  });

  it("reports the request id a proxy sent, in the header and in the problem", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/v1/quotes",
      headers: { "x-request-id": "proxy-req-0001" },
    });
    expect(expectProblem(response, 404).requestId).toBe("proxy-req-0001");
  });
});
