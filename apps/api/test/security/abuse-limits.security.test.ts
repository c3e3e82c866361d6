// The limits that keep the platform from sending mail for anyone: registration, verification resend, password
// reset and invitations. Each over-limit answer is a 429 naming the limit, with Retry-After, and sends nothing.
import { accountRepository } from "@ketnoi/db";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  goodPassword,
  type RegisteredAccount,
  registerAccount,
  registerVerifiedAccount,
  uniqueAddress,
  uniqueEmail,
} from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const hour = 3600;
const day = 24 * hour;

/** A 429 naming `limit`, whose Retry-After is within the limit's window. */
function expectLimited(response: LightMyRequestResponse, limit: string, windowSeconds: number) {
  expectProblem(response, 429, "rate_limited");
  expect(response.json().limit).toBe(limit);
  const retryAfter = Number(response.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

const emailsTo = (address: string) => t.smtp.messages.filter((m) => m.to.includes(address));

const register = (email: string, remoteAddress: string) =>
  t.app.inject({
    method: "POST",
    url: "/v1/auth/register",
    payload: {
      organization: { name: "Công ty TNHH Thư Rác", roles: ["buyer"] },
      user: { email, name: "Nguyễn Văn Spam", password: goodPassword },
    },
    remoteAddress,
  });

describe("registration", () => {
  it("takes 5 organisations an hour from one address; the 6th is refused and emails nobody", async () => {
    const address = "203.0.113.50";
    for (let i = 0; i < 5; i++) expect((await register(uniqueEmail("batch"), address)).statusCode).toBe(201);
    const victim = uniqueEmail("victim");
    expectLimited(await register(victim, address), "registerPerAddress", hour);
    expect(await accountRepository.findUserByEmail(t.deps.database.db, victim)).toBeUndefined();
    expect(emailsTo(victim)).toEqual([]);
    // Someone else, elsewhere, registers as usual.
    expect((await register(uniqueEmail("elsewhere"), "203.0.113.51")).statusCode).toBe(201);
  });

  it("takes 3 registrations a day naming one email address, from any addresses", async () => {
    const email = uniqueEmail("target");
    expect((await register(email, uniqueAddress())).statusCode).toBe(201);
    expectProblem(await register(email, uniqueAddress()), 409, "email_taken");
    expectProblem(await register(email.toUpperCase(), uniqueAddress()), 409, "email_taken");
    expectLimited(await register(email, uniqueAddress()), "registerPerEmail", day);
  });
});

describe("verification resend", () => {
  it("sends 5 an hour per account, then 429", async () => {
    const account = await registerAccount(t);
    const resend = () =>
      t.app.inject({
        method: "POST",
        url: "/v1/auth/verify-email/resend",
        headers: bearer(account.accessToken),
        remoteAddress: uniqueAddress(),
      });
    for (let i = 0; i < 5; i++) expect((await resend()).json()).toEqual({ sent: true });
    const sentBefore = emailsTo(account.email).length;
    expectLimited(await resend(), "verificationResendPerAccount", hour);
    expect(emailsTo(account.email)).toHaveLength(sentBefore);
  });

  it("sends 20 an hour from one address, across accounts", async () => {
    const address = "203.0.113.52";
    const accounts = await Promise.all(Array.from({ length: 5 }, () => registerAccount(t)));
    const resend = (account: RegisteredAccount) =>
      t.app.inject({
        method: "POST",
        url: "/v1/auth/verify-email/resend",
        headers: bearer(account.accessToken),
        remoteAddress: address,
      });
    for (const account of accounts) {
      for (let i = 0; i < 4; i++) expect((await resend(account)).statusCode).toBe(202);
    }
    expectLimited(await resend(accounts[0] as RegisteredAccount), "verificationResendPerAddress", hour);
  });
});

describe("password reset", () => {
  const requestReset = (email: string, remoteAddress: string) =>
    t.app.inject({ method: "POST", url: "/v1/auth/password-reset", payload: { email }, remoteAddress });

  it("emails one account 3 times an hour, from any addresses", async () => {
    const account = await registerAccount(t);
    for (let i = 0; i < 3; i++)
      expect((await requestReset(account.email, uniqueAddress())).statusCode).toBe(202);
    expectLimited(await requestReset(account.email, uniqueAddress()), "resetPerAccount", hour);
  });

  it("takes 10 requests an hour from one address, across addresses asked about", async () => {
    const address = "203.0.113.53";
    for (let i = 0; i < 10; i++) {
      expect((await requestReset(uniqueEmail("reset"), address)).statusCode).toBe(202);
    }
    expectLimited(await requestReset(uniqueEmail("reset"), address), "resetPerAddress", hour);
  });
});

describe("invitations", () => {
  const invite = (owner: RegisteredAccount, email: string) =>
    t.app.inject({
      method: "POST",
      url: `/v1/organizations/${owner.organizationId}/invitations`,
      headers: bearer(owner.accessToken),
      payload: { email },
      remoteAddress: uniqueAddress(),
    });
  const pendingOf = async (owner: RegisteredAccount) =>
    (
      await t.app.inject({
        method: "GET",
        url: `/v1/organizations/${owner.organizationId}/invitations`,
        headers: bearer(owner.accessToken),
      })
    ).json().items as unknown[];

  it("are refused to an organisation whose owner has not verified their email, and nothing is sent", async () => {
    const owner = await registerAccount(t, { orgName: "Khuyến mãi <b>MIỄN PHÍ</b> bấm vào đây" });
    const invitee = uniqueEmail("invitee");
    const problem = expectProblem(await invite(owner, invitee), 403, "email_not_verified");
    expect(problem.detail).toMatch(/Confirm your email address before inviting/);
    expect(await pendingOf(owner)).toEqual([]);
    expect(emailsTo(invitee)).toEqual([]);
  });

  it("go out 20 a day per organisation; the 21st is refused and not stored", async () => {
    const owner = await registerVerifiedAccount(t);
    for (let i = 0; i < 20; i++)
      expect((await invite(owner, uniqueEmail(`colleague${i}`))).statusCode).toBe(201);
    const oneTooMany = uniqueEmail("colleague20");
    expectLimited(await invite(owner, oneTooMany), "invitationsPerOrganization", day);
    expect(await pendingOf(owner)).toHaveLength(20);
    expect(emailsTo(oneTooMany)).toEqual([]);
  });
});
