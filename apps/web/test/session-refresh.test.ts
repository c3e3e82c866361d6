// The web's sessions against the real API (its own process, as in production) and the real Redis: an expired
// access token is renewed once however many callers — tabs, parallel renders, several web processes — ask at the
// same moment, so the single-use refresh token is never presented twice and the person is never logged out. And
// the API counts per-address limits against the address the web forwards, not the web's own.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { type ApiClient, createApiClient } from "@ketnoi/api-client";
import { currentEnvironment } from "@ketnoi/config";
import { createTestDatabase, type SmtpCapture, startSmtpCapture, testRun, uniqueName } from "@ketnoi/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionStore, storedSessionOf } from "../lib/session/session-store";
import { type RefreshCall, SessionTokens } from "../lib/session/session-tokens";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
// Short, so tests cross an expiry quickly; long enough that a renewed token is still good when checked on a busy machine.
const accessTtlSeconds = 3;
let api: ApiClient;
let apiUrl: string;
let apiProcess: ChildProcess;
let apiOutput = "";
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let smtp: SmtpCapture;
let redis: Redis;
const prefix = uniqueName("web");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitForApi(): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${apiUrl}/ready`)).ok) return;
    } catch {}
    if (apiProcess.exitCode !== null || Date.now() > deadline)
      throw new Error(`the API did not start:\n${apiOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  const run = testRun();
  database = await createTestDatabase();
  smtp = await startSmtpCapture();
  redis = new Redis(run.redisUrl);
  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  apiProcess = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=development", "apps/api/src/main.ts"],
    {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...currentEnvironment(),
        NODE_ENV: "test",
        LOG_LEVEL: "warn",
        DATABASE_URL: database.url,
        REDIS_URL: run.redisUrl,
        MEILI_URL: run.meiliUrl,
        MEILI_MASTER_KEY: run.meiliMasterKey,
        NAMESPACE: prefix,
        SMTP_URL: smtp.url,
        PUBLIC_URL: "http://web.test",
        JWT_SECRET: randomBytes(32).toString("hex"),
        EMAIL_LINK_SECRET: randomBytes(32).toString("hex"),
        HOST: "127.0.0.1",
        PORT: String(port),
        ACCESS_TOKEN_TTL_SECONDS: String(accessTtlSeconds),
        // The web's server runs on this machine: the API believes its X-Forwarded-For.
        TRUSTED_PROXIES: "loopback",
      },
    },
  );
  for (const stream of [apiProcess.stdout, apiProcess.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      apiOutput = (apiOutput + chunk.toString()).slice(-4000);
    });
  }
  await waitForApi();
  api = createApiClient(apiUrl);
}, 90_000);

afterAll(async () => {
  if (apiProcess && apiProcess.exitCode === null) {
    const exited = new Promise((resolve) => apiProcess.once("exit", resolve));
    apiProcess.kill("SIGTERM");
    await exited;
  }
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await smtp.close();
  await database.drop();
});

/** The web's refresh call, counting how often the API is actually asked. */
function countingRefresh() {
  const calls = { count: 0 };
  const refresh: RefreshCall = async (refreshToken) => {
    calls.count++;
    const { data, response } = await api.POST("/v1/auth/refresh", { body: { refreshToken } });
    if (data) return data;
    if (response.status === 401) return undefined;
    throw new Error(`refresh answered ${response.status}`);
  };
  return { calls, refresh };
}

async function loggedInSession(store: SessionStore) {
  const address = `198.18.${randomBytes(1)[0]}.${1 + ((randomBytes(1)[0] ?? 0) % 250)}`;
  const { data, error } = await api.POST("/v1/auth/register", {
    headers: { "x-forwarded-for": address },
    body: {
      organization: { name: "Công ty TNHH Bao Bì Phú Hòa", roles: ["buyer"] },
      user: {
        email: `${uniqueName("owner")}@example.vn`,
        name: "Đặng Văn Tâm",
        password: "correct horse battery staple",
        language: "vi",
      },
    },
  });
  if (!data) throw new Error(JSON.stringify(error));
  const sessionId = await store.create(storedSessionOf(data.session));
  return { sessionId, first: data.session };
}

const expire = () => new Promise((resolve) => setTimeout(resolve, accessTtlSeconds * 1000 + 300));

async function meWith(accessToken: string) {
  return (await api.GET("/v1/me", { headers: { authorization: `Bearer ${accessToken}` } })).response.status;
}

describe("a session whose access token expired", () => {
  it("is renewed once for twenty parallel callers in two web processes, and keeps working afterwards", async () => {
    const store = new SessionStore(redis, prefix);
    const { sessionId, first } = await loggedInSession(store);
    const { calls, refresh } = countingRefresh();
    // Two web processes: their own SessionTokens, one Redis.
    const processes = [new SessionTokens(store, refresh), new SessionTokens(store, refresh)];
    await expire();

    const states = await Promise.all(
      Array.from({ length: 20 }, (_, i) => processes[i % 2]?.current(sessionId)),
    );
    expect(states.map((state) => state?.status)).toEqual(Array(20).fill("active"));
    const tokens = new Set(
      states.map((state) => (state?.status === "active" ? state.session.accessToken : "")),
    );
    expect(tokens.size).toBe(1);
    expect(calls.count).toBe(1);
    const [renewed] = [...tokens];
    expect(renewed).not.toBe(first.accessToken);
    expect(await meWith(renewed ?? "")).toBe(200);

    // The family is alive: the next expiry renews again, with the rotated refresh token.
    await expire();
    const again = await processes[0]?.current(sessionId);
    expect(again?.status).toBe("active");
    expect(calls.count).toBe(2);
  });

  it("would log the person out if two callers spent the refresh token at once (what the lock prevents)", async () => {
    const store = new SessionStore(redis, prefix);
    const { first } = await loggedInSession(store);
    const [one, two] = await Promise.all([
      api.POST("/v1/auth/refresh", { body: { refreshToken: first.refreshToken } }),
      api.POST("/v1/auth/refresh", { body: { refreshToken: first.refreshToken } }),
    ]);
    const winner = one.data ?? two.data;
    expect([one.response.status, two.response.status].sort()).toEqual([200, 401]);
    // Reuse revoked the family: even the winner's new refresh token is dead.
    const next = await api.POST("/v1/auth/refresh", { body: { refreshToken: winner?.refreshToken ?? "" } });
    expect(next.response.status).toBe(401);
  });

  it("after a 401 takes the token another caller already renewed instead of refreshing again", async () => {
    const store = new SessionStore(redis, prefix);
    const { sessionId, first } = await loggedInSession(store);
    const { calls, refresh } = countingRefresh();
    const tokens = new SessionTokens(store, refresh);
    const renewed = await tokens.renew(sessionId, first.refreshToken);
    const second = await tokens.renew(sessionId, first.refreshToken);
    expect(calls.count).toBe(1);
    expect(second).toEqual(renewed);
  });

  it("ends, and leaves the store, once the API revoked the session (logged out elsewhere)", async () => {
    const store = new SessionStore(redis, prefix);
    const { sessionId, first } = await loggedInSession(store);
    await api.POST("/v1/auth/logout", { body: { refreshToken: first.refreshToken } });
    await expire();
    const state = await new SessionTokens(store, countingRefresh().refresh).current(sessionId);
    expect(state).toEqual({ status: "ended" });
    expect(await store.read(sessionId)).toBeUndefined();
  });

  it("is unknown under any id that is not one the store handed out", async () => {
    const store = new SessionStore(redis, prefix);
    for (const id of ["", "abc", "x".repeat(43), `${"A".repeat(42)}=`]) {
      expect(await store.read(id)).toBeUndefined();
    }
  });
});

describe("the address the web forwards", () => {
  it("is the one the API's per-address limits count", async () => {
    const reset = (address: string) =>
      api.POST("/v1/auth/password-reset", {
        headers: { "x-forwarded-for": address },
        body: { email: `${uniqueName("someone")}@example.vn` },
      });
    // resetPerAddress allows 10 an hour: the 11th from one browser is refused…
    const first = "203.0.113.41";
    for (let i = 0; i < 10; i++) expect((await reset(first)).response.status).toBe(202);
    const refused = await reset(first);
    expect(refused.response.status).toBe(429);
    expect(refused.error?.limit).toBe("resetPerAddress");
    // …while another browser behind the same web server is not.
    expect((await reset("203.0.113.42")).response.status).toBe(202);
    // The chain as server.mjs builds it (whatever the browser claimed, then the browser's own address): the
    // rightmost untrusted address counts, so a made-up claim does not move the browser out of its own count.
    const spoofed = await reset(`198.51.100.7, ${first}`);
    expect(spoofed.response.status).toBe(429);
  });
});
