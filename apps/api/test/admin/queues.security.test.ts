import { createHmac } from "node:crypto";
import { accountRepository } from "@ketnoi/db";
import { queueNames } from "@ketnoi/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, bearer, type RegisteredAccount, registerAccount } from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp, testJwtSecret } from "../helpers/test-app.js";

let t: TestApp;
let admin: RegisteredAccount;
let owner: RegisteredAccount;
let member: { accessToken: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await registerAccount(t, { orgName: "Ban Quản Trị Kết Nối" });
  await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, admin.userId, true));
  owner = await registerAccount(t);
  member = await addMember(t, owner);
});
afterAll(async () => {
  await t.close();
});

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A JWT made by hand for the admin, so a test can get one part of it wrong on purpose. */
function forgeAdminJwt(overrides: Record<string, unknown>, secret = testJwtSecret): string {
  const payload = {
    sub: admin.userId,
    org: admin.organizationId,
    roles: ["buyer"],
    mrole: "owner",
    adm: true,
    iss: "ketnoi-api",
    aud: "ketnoi",
    iat: nowSeconds(),
    exp: nowSeconds() + 900,
    ...overrides,
  };
  const signingInput = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(payload)}`;
  return `${signingInput}.${createHmac("sha256", secret).update(signingInput).digest("base64url")}`;
}

const boardCookie = (token: string) => ({ cookie: `theme=dark; ketnoi_queue_board=${token}` });
const board = "/admin/queues";
const boardApi = "/admin/queues/api/queues";
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "GET", url, headers });

const refusals: [string, () => Record<string, string>, 401 | 403][] = [
  ["anonymous", () => ({}), 401],
  ["a normal member's bearer token", () => bearer(member.accessToken), 403],
  ["an organisation owner's bearer token", () => bearer(owner.accessToken), 403],
  [
    "an expired admin token",
    () => bearer(forgeAdminJwt({ iat: nowSeconds() - 1000, exp: nowSeconds() - 60 })),
    401,
  ],
  [
    "an admin token signed with another secret",
    () => bearer(forgeAdminJwt({}, "another-secret-of-the-same-length-0123456789")),
    401,
  ],
  ["an admin token for another audience", () => bearer(forgeAdminJwt({ aud: "ketnoi-admin" })), 401],
  ["a non-bearer Authorization header", () => ({ authorization: `Basic ${admin.accessToken}` }), 401],
  [
    "a forged cookie",
    () => boardCookie(forgeAdminJwt({}, "another-secret-of-the-same-length-0123456789")),
    401,
  ],
  ["an expired admin cookie", () => boardCookie(forgeAdminJwt({ exp: nowSeconds() - 60 })), 401],
  ["a cookie that is not a token", () => boardCookie("admin"), 401],
  ["a normal member's token as the cookie", () => boardCookie(member.accessToken), 403],
  [
    "the admin cookie under another name",
    () => ({ cookie: `ketnoi_queue_boardx=${admin.accessToken}` }),
    401,
  ],
  [
    "a valid admin cookie with a member's Authorization header (the header decides)",
    () => ({ ...boardCookie(admin.accessToken), ...bearer(member.accessToken) }),
    403,
  ],
];

describe("queue board access", () => {
  it.each(refusals)("refuses the page, its API and its files to %s", async (_label, headers, status) => {
    for (const url of [
      board,
      `${board}/`,
      `${board}/queue/${queueNames.maintenance}`,
      boardApi,
      `${boardApi}/${queueNames.maintenance}/workers`,
      `${board}/static/favicon-32x32.png`,
    ]) {
      const response = await get(url, headers());
      const problem = expectProblem(response, status, status === 401 ? "unauthorized" : "forbidden");
      expect(problem.instance).toBe(url);
      expect(response.body).not.toContain("Bull");
    }
  });

  it("changes nothing for a refused caller: a pause request leaves the queue running", async () => {
    for (const headers of [{}, bearer(member.accessToken), boardCookie(member.accessToken)]) {
      const response = await t.app.inject({
        method: "PUT",
        url: `${boardApi}/${queueNames.maintenance}/pause`,
        headers,
      });
      expect([401, 403]).toContain(response.statusCode);
    }
    expect(await t.deps.jobs.queue(queueNames.maintenance).isPaused()).toBe(false);
  });

  it("stops admitting an admin the moment the admin flag is removed, cookie or bearer", async () => {
    const former = await registerAccount(t, { orgName: "Nhân viên cũ" });
    await t.deps.database.db.transaction((tx) => accountRepository.setPlatformAdmin(tx, former.userId, true));
    expect((await get(boardApi, bearer(former.accessToken))).statusCode).toBe(200);
    await t.deps.database.db.transaction((tx) =>
      accountRepository.setPlatformAdmin(tx, former.userId, false),
    );
    expectProblem(await get(boardApi, bearer(former.accessToken)), 403, "forbidden");
    expectProblem(await get(boardApi, boardCookie(former.accessToken)), 403, "forbidden");
  });

  it("admits the control: a correctly forged admin token, so each refusal above is about its one flaw", async () => {
    expect((await get(boardApi, bearer(forgeAdminJwt({})))).statusCode).toBe(200);
    expect((await get(boardApi, boardCookie(forgeAdminJwt({})))).statusCode).toBe(200);
  });
});

describe("POST /v1/admin/queues/session", () => {
  const openSession = (headers: Record<string, string>) =>
    t.app.inject({ method: "POST", url: "/v1/admin/queues/session", headers });

  it("refuses anonymous callers, forged tokens and non-admins, setting no cookie", async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{}, 401, "unauthorized"],
      [bearer(forgeAdminJwt({}, "another-secret-of-the-same-length-0123456789")), 401, "unauthorized"],
      [bearer(member.accessToken), 403, "forbidden"],
      [bearer(owner.accessToken), 403, "forbidden"],
      // The cookie opens the board only; it is never a way to authenticate to the API.
      [{ cookie: `ketnoi_queue_board=${admin.accessToken}` }, 401, "unauthorized"],
    ];
    for (const [headers, status, code] of cases) {
      const response = await openSession(headers);
      expectProblem(response, status, code);
      expect(response.headers["set-cookie"]).toBeUndefined();
    }
  });
});

describe("OpenAPI document", () => {
  it("leaves the board out and documents only the session route", async () => {
    const spec = (await get("/openapi.json")).json<{ paths: Record<string, unknown> }>();
    const adminQueuePaths = Object.keys(spec.paths).filter((path) => path.includes("queues"));
    expect(adminQueuePaths).toEqual(["/v1/admin/queues/session"]);
  });
});
