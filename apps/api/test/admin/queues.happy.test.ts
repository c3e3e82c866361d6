import { accountRepository } from "@ketnoi/db";
import { queueNames } from "@ketnoi/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/index.js";
import { bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let admin: RegisteredAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  admin = await registerAccount(t, { orgName: "Ban Quản Trị Kết Nối" });
  // What `pnpm admin:create --email` does for an existing user.
  await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
});
afterAll(async () => {
  await t.close();
});

interface BoardQueue {
  name: string;
  counts: Record<string, number>;
  jobs: { id: string; name: string; failedReason?: string; attempts: number }[];
}

const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: "GET", url, headers });
const openSession = (headers: Record<string, string>) =>
  t.app.inject({ method: "POST", url: "/v1/admin/queues/session", headers });

/** The name=value part of the board cookie from a Set-Cookie header. */
function cookiePair(setCookie: string): string {
  return setCookie.split(";")[0] ?? "";
}

describe("queue board for a platform admin", () => {
  it("serves the board page with a bearer token", async () => {
    const response = await get("/admin/queues", bearer(admin.accessToken));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toContain('<base href="/admin/queues/"');
    expect(response.body).toContain("<title>Kết Nối jobs</title>");
  });

  it("lists every queue of the catalog through the board API", async () => {
    const response = await get("/admin/queues/api/queues", bearer(admin.accessToken));
    expect(response.statusCode, response.body).toBe(200);
    const { queues } = response.json<{ queues: BoardQueue[] }>();
    expect(queues.map((q) => q.name).sort()).toEqual(Object.values(queueNames).sort());
  });

  it("reads the queues the app and the worker share (the app's BullMQ prefix)", async () => {
    const queue = t.deps.jobs.queue(queueNames.matching);
    // Paused so the worker leaves the job where the board can count it.
    await queue.pause();
    const job = await queue.add("match-sourcing-request", { requestId: "not-a-uuid", version: 1 });
    try {
      const response = await get("/admin/queues/api/queues", bearer(admin.accessToken));
      const matching = response.json<{ queues: BoardQueue[] }>().queues.find((q) => q.name === "matching");
      expect((matching?.counts.paused ?? 0) + (matching?.counts.waiting ?? 0)).toBe(1);
    } finally {
      await job.remove();
      await queue.resume();
    }
  });

  it("opens a browser session: the cookie alone then shows the board", async () => {
    const session = await openSession(bearer(admin.accessToken));
    expect(session.statusCode, session.body).toBe(204);
    const setCookie = String(session.headers["set-cookie"]);
    expect(setCookie).toMatch(/^ketnoi_queue_board=[\w-]+\.[\w-]+\.[\w-]+;/);
    expect(cookiePair(setCookie)).toBe(`ketnoi_queue_board=${admin.accessToken}`);
    const attributes = setCookie.split("; ").slice(1);
    expect(attributes).toEqual(expect.arrayContaining(["Path=/admin/queues", "HttpOnly", "SameSite=Strict"]));
    // PUBLIC_URL is http here: a Secure cookie would never come back over plain HTTP.
    expect(attributes).not.toContain("Secure");
    const maxAge = Number(attributes.find((a) => a.startsWith("Max-Age="))?.slice("Max-Age=".length));
    // The access token lives 15 minutes and was issued moments ago.
    expect(maxAge).toBeGreaterThan(850);
    expect(maxAge).toBeLessThanOrEqual(900);

    const cookie = { cookie: cookiePair(setCookie) };
    const page = await get("/admin/queues", cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Kết Nối jobs");
    const api = await get("/admin/queues/api/queues", cookie);
    expect(api.statusCode).toBe(200);
    expect(api.json<{ queues: BoardQueue[] }>().queues).toHaveLength(Object.values(queueNames).length);
    const asset = await get("/admin/queues/static/favicon-32x32.png", cookie);
    expect(asset.statusCode).toBe(200);
  });

  it("marks the cookie Secure when the API is served over https", async () => {
    const httpsApp = await buildApp({
      ...t.deps,
      config: { ...t.deps.config, PUBLIC_URL: "https://ketnoi.example.vn" },
    });
    try {
      const session = await httpsApp.inject({
        method: "POST",
        url: "/v1/admin/queues/session",
        headers: bearer(admin.accessToken),
      });
      expect(session.statusCode).toBe(204);
      expect(String(session.headers["set-cookie"]).split("; ")).toContain("Secure");
    } finally {
      await httpsApp.close();
    }
  });

  it("shows a failed job with the reason it failed", async () => {
    // Bypasses the typed enqueue on purpose: the worker validates the payload against the catalog and fails it.
    const job = await t.deps.jobs
      .queue(queueNames.maintenance)
      .add("purge-stale-tokens", { olderThanDays: 0 }, { removeOnFail: false });
    const deadline = Date.now() + 10_000;
    while ((await job.getState()) !== "failed") {
      if (Date.now() > deadline) throw new Error(`job is ${await job.getState()}, not failed`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const list = await get(
      `/admin/queues/api/queues?activeQueue=${queueNames.maintenance}&status=failed&page=1&jobsPerPage=10`,
      bearer(admin.accessToken),
    );
    expect(list.statusCode, list.body).toBe(200);
    const maintenance = list.json<{ queues: BoardQueue[] }>().queues.find((q) => q.name === "maintenance");
    expect(maintenance?.counts.failed).toBe(1);
    const shown = maintenance?.jobs.find((j) => j.id === job.id);
    expect(shown).toMatchObject({ name: "purge-stale-tokens" });
    expect(shown?.failedReason).toMatch(/olderThanDays/);

    const one = await get(
      `/admin/queues/api/queues/${queueNames.maintenance}/${job.id}`,
      bearer(admin.accessToken),
    );
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      status: "failed",
      job: { id: job.id, failedReason: shown?.failedReason },
    });
  });
});
