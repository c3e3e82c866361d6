// Login throttling as an attacker meets it: guesses from many addresses must not lock the owner out, one address
// waits longer after each failure, and past the account-wide ceiling the owner gets in with the emailed link.
// The app trusts X-Forwarded-For from 127.0.0.1 (where inject() connects from), as it would trust its proxy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathOf, registerAccount, tokenFromEmail } from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustedProxies: "127.0.0.1" });
});
afterAll(async () => {
  await t.close();
});

/** A login as the proxy forwards it: the client's address in X-Forwarded-For. */
const login = (email: string, password: string, clientAddress: string) =>
  t.app.inject({
    method: "POST",
    url: "/v1/auth/login",
    payload: { email, password },
    headers: { "x-forwarded-for": clientAddress },
  });

const limitOf = (response: Awaited<ReturnType<typeof login>>) => response.json<{ limit?: string }>().limit;

/** 50 wrong passwords at once, each from its own address. */
async function guessFromFiftyAddresses(email: string, network: string) {
  return Promise.all(
    Array.from({ length: 50 }, (_, i) => login(email, `wrong guess ${i}`, `${network}.${i + 1}`)),
  );
}

describe("guesses from many addresses", () => {
  it("do not stop the owner logging in from the address they use", async () => {
    const owner = await registerAccount(t);
    expect((await login(owner.email, owner.password, "203.0.113.10")).statusCode).toBe(200);

    const guesses = await guessFromFiftyAddresses(owner.email, "198.51.100");
    for (const guess of guesses) expect([401, 429]).toContain(guess.statusCode);
    // The account-wide ceiling did stop the guessing part-way…
    const refused = guesses.filter((guess) => guess.statusCode === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const guess of refused) expect(limitOf(guess)).toBe("loginFailuresPerAccount");

    // …and the owner, from their own address, is not locked out by it.
    const ownerLogin = await login(owner.email, owner.password, "203.0.113.10");
    expect(ownerLogin.statusCode, ownerLogin.body).toBe(200);
    expect(ownerLogin.json().accessToken).toEqual(expect.any(String));
  });

  it("refuse a new address past the ceiling, and email the owner a link that lets them in from it, once", async () => {
    const owner = await registerAccount(t, { language: "en" });
    await guessFromFiftyAddresses(owner.email, "198.51.101");

    const fromNewPlace = "203.0.113.20";
    const refused = expectProblem(
      await login(owner.email, owner.password, fromNewPlace),
      429,
      "rate_limited",
    );
    expect(refused.detail).toMatch(/emailed a link/);
    expect(limitOf(await login(owner.email, owner.password, fromNewPlace))).toBe("loginFailuresPerAccount");

    const { token, link } = await tokenFromEmail(t, owner.email, "/unlock-sign-in");
    const unlockEmails = t.smtp.messages.filter(
      (m) => m.to.includes(owner.email) && m.subject === "Unlock sign-in to your Kết Nối account",
    );
    expect(unlockEmails).toHaveLength(1);

    // The token rides in the fragment of a link to the web's page, which calls the API when the button is pressed.
    expect(pathOf(link)).toBe("/en/unlock-sign-in");
    expect(new URL(link).search).toBe("");

    // The web calls from its own address (a trusted proxy) and forwards the browser's.
    const press = () =>
      t.app.inject({
        method: "POST",
        url: "/v1/auth/login/unlock",
        headers: { "x-forwarded-for": fromNewPlace },
        payload: { token },
      });
    const pressed = await press();
    expect(pressed.statusCode, pressed.body).toBe(200);
    expect(pressed.json()).toEqual({ unlocked: true });

    const ownerLogin = await login(owner.email, owner.password, fromNewPlace);
    expect(ownerLogin.statusCode, ownerLogin.body).toBe(200);

    // The link works once…
    expectProblem(await press(), 400, "invalid_token");
    // …and it let in the address that used it, nobody else, not even with the right password.
    expect(limitOf(await login(owner.email, owner.password, "203.0.113.21"))).toBe("loginFailuresPerAccount");
  });

  it("answer the same whether or not the account exists, and email nobody", async () => {
    const ghost = "nobody.here@example.vn";
    await guessFromFiftyAddresses(ghost, "198.51.102");
    const refused = await login(ghost, "irrelevant", "203.0.113.30");
    expectProblem(refused, 429, "rate_limited");
    expect(limitOf(refused)).toBe("loginFailuresPerAccount");
    expect(t.smtp.messages.filter((m) => m.to.includes(ghost))).toEqual([]);
  });
});

describe("guesses from one address", () => {
  it("wait 1 s, 2 s, 4 s… after the fifth failure, while the owner logs in from elsewhere", async () => {
    const owner = await registerAccount(t);
    const attacker = "192.0.2.66";
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(owner.email, `wrong ${attempt}`, attacker)).statusCode).toBe(401);
    }
    for (const expectedWait of [1, 2, 4, 8]) {
      // Even the right password waits: the wait is about the address, not the guess.
      const early = expectProblem(await login(owner.email, owner.password, attacker), 429, "rate_limited");
      const waiting = await login(owner.email, "another wrong guess", attacker);
      expect(limitOf(waiting)).toBe("loginFailuresPerAccountAndAddress");
      expect(Number(waiting.headers["retry-after"])).toBe(expectedWait);
      expect(early.detail).toMatch(/wait \d+ seconds/);
      // The app's clock moves instead of the test sleeping.
      t.advanceClock(expectedWait * 1000);
      expect((await login(owner.email, "yet another wrong guess", attacker)).statusCode).toBe(401);
    }

    expect((await login(owner.email, owner.password, "203.0.113.40")).statusCode).toBe(200);
  });

  it("stop after 30 failures across accounts (password spraying); the owner's successes do not count", async () => {
    const sprayer = "192.0.2.77";
    const owner = await registerAccount(t);
    for (let i = 0; i < 10; i++)
      expect((await login(owner.email, owner.password, sprayer)).statusCode).toBe(200);
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(`sprayed.${i}@example.vn`, "Password1234", sprayer)),
    );
    for (const guess of guesses) expect(guess.statusCode).toBe(401);
    const refused = await login("sprayed.30@example.vn", "Password1234", sprayer);
    expectProblem(refused, 429, "rate_limited");
    expect(limitOf(refused)).toBe("loginFailuresPerAddress");
  });
});

describe("the client's address", () => {
  it("comes from X-Forwarded-For only when a trusted proxy sends it", async () => {
    const owner = await registerAccount(t);
    // Not the trusted proxy: whatever X-Forwarded-For says, the peer's address is what is counted.
    const untrusted = (guess: number) =>
      t.app.inject({
        method: "POST",
        url: "/v1/auth/login",
        payload: { email: owner.email, password: `wrong ${guess}` },
        headers: { "x-forwarded-for": `203.0.113.${100 + guess}` },
        remoteAddress: "192.0.2.200",
      });
    for (let guess = 1; guess <= 5; guess++) expect((await untrusted(guess)).statusCode).toBe(401);
    expect(limitOf(await untrusted(6))).toBe("loginFailuresPerAccountAndAddress");
    // Through the trusted proxy the forwarded address is the client, so the owner elsewhere is unaffected.
    expect((await login(owner.email, owner.password, "203.0.113.106")).statusCode).toBe(200);
  });
});
