// Limits fail closed: when Redis, where their counters live, stops answering or is gone, login, registration and
// password reset answer 503 naming redis within a few seconds — never 500, never a hang, never unlimited.
// The app talks to a private redis-server, connected exactly as the API process connects.
import { type PrivateRedis, startPrivateRedis } from "@ketnoi/testing";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goodPassword, type RegisteredAccount, registerAccount, uniqueEmail } from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let redis: PrivateRedis;
let t: TestApp;
let owner: RegisteredAccount;
beforeAll(async () => {
  redis = await startPrivateRedis();
  t = await createTestApp({ redisUrl: redis.url });
  owner = await registerAccount(t);
});
afterAll(async () => {
  redis.resume();
  await t.close();
  await redis.stop();
});

const calls = {
  login: () =>
    t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: owner.email, password: owner.password },
    }),
  register: () =>
    t.app.inject({
      method: "POST",
      url: "/v1/auth/register",
      payload: {
        organization: { name: "Công ty TNHH Mất Điện", roles: ["buyer"] },
        user: { email: uniqueEmail("outage"), name: "Trần Thị Bình", password: goodPassword },
      },
    }),
  reset: () =>
    t.app.inject({ method: "POST", url: "/v1/auth/password-reset", payload: { email: owner.email } }),
};

async function timed(call: () => Promise<LightMyRequestResponse>) {
  const started = performance.now();
  const response = await call();
  return { response, ms: performance.now() - started };
}

function expectRedisUnavailable({ response, ms }: { response: LightMyRequestResponse; ms: number }) {
  const problem = expectProblem(response, 503, "service_unavailable");
  expect(response.json().dependency).toBe("redis");
  expect(problem.detail).toMatch(/redis/);
  expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
  expect(ms).toBeLessThan(4000);
}

describe("with Redis answering", () => {
  it("logs in, registers and takes reset requests (the control for the outages below)", async () => {
    expect((await calls.login()).statusCode).toBe(200);
    expect((await calls.register()).statusCode).toBe(201);
    expect((await calls.reset()).statusCode).toBe(202);
  });
});

describe("with Redis connected but not answering", () => {
  it.each(Object.keys(calls) as (keyof typeof calls)[])("%s answers 503 naming redis", async (name) => {
    redis.pause();
    try {
      expectRedisUnavailable(await timed(calls[name]));
    } finally {
      redis.resume();
    }
  });

  it("works again once Redis answers", async () => {
    expect((await calls.login()).statusCode).toBe(200);
  });
});

describe("with Redis gone", () => {
  it.each(Object.keys(calls) as (keyof typeof calls)[])("%s answers 503 naming redis", async (name) => {
    await redis.stop();
    expectRedisUnavailable(await timed(calls[name]));
  });
});
