// A person's data rights. Someone who did everything in the product — registered, failed a login and logged in,
// published a supplier profile naming them as its contact, posted a request with an Idempotency-Key, quoted on
// another buyer's request, changed their email settings, asked for a password reset, got emails — exports what
// we hold about them, then erases it; afterwards every store (every Postgres table, every Meilisearch index,
// every Redis key of the app, the processes' logs) is searched for their email address, name and phone: nothing.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  bearer,
  goodPassword,
  type RegisteredAccount,
  registerAccount,
  uniqueAddress,
} from "../helpers/accounts.js";
import { mouldingRequestBody, mouldingSupplierBody, putQuote, validQuote } from "../helpers/marketplace.js";
import { expectProblem } from "../helpers/problems.js";
import { createRequest, matchingSettled } from "../helpers/requests.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const logLines: string[] = [];
let t: TestApp;
const suffix = randomBytes(3).toString("hex");
const person = {
  email: `xoa.du.lieu.${suffix}@example.vn`,
  name: `Phạm Thị Xoá ${suffix}`,
  phone: `0909${Number.parseInt(suffix, 16).toString().padStart(6, "0").slice(0, 6)}`,
};
let account: RegisteredAccount;
let freshToken: string;

const login = async (email: string, password: string) =>
  t.app.inject({
    method: "POST",
    url: "/v1/auth/login",
    payload: { email, password },
    remoteAddress: uniqueAddress(),
  });

beforeAll(async () => {
  t = await createTestApp({ withWorker: true, logs: { write: (line) => logLines.push(line) } });
  account = await registerAccount(t, {
    email: person.email,
    name: person.name,
    roles: ["buyer", "supplier"],
    orgName: "Công ty TNHH Cơ Khí Bình Minh",
  });
  await t.deps.database.db.$client`update users set email_verified_at = now() where id = ${account.userId}`;
  expect((await login(person.email, "not the password")).statusCode).toBe(401);
  const session = await login(person.email, goodPassword);
  expect(session.statusCode).toBe(200);
  freshToken = session.json().accessToken;
  account = { ...account, accessToken: freshToken, refreshToken: session.json().refreshToken };

  await publishProfile(
    t,
    account,
    mouldingSupplierBody("Công ty TNHH Cơ Khí Bình Minh", {
      contact: { name: person.name, email: person.email, phone: person.phone },
    }),
  );
  const own = await t.app.inject({
    method: "POST",
    url: "/v1/requests",
    headers: { ...bearer(freshToken), "idempotency-key": randomBytes(8).toString("hex") },
    payload: mouldingRequestBody({
      categories: ["packaging.corrugated-cartons"],
      title: "Cần 5.000 thùng carton",
    }),
  });
  expect(own.statusCode, own.body).toBe(201);
  const settings = await t.app.inject({
    method: "PATCH",
    url: "/v1/me/notifications",
    headers: bearer(freshToken),
    payload: { digest: "weekly", digestDay: "friday" },
  });
  expect(settings.statusCode, settings.body).toBe(200);
  const reset = await t.app.inject({
    method: "POST",
    url: "/v1/auth/password-reset",
    payload: { email: person.email },
    remoteAddress: uniqueAddress(),
  });
  expect(reset.statusCode).toBe(202);

  // Another buyer's request that the person's company quotes on.
  const buyer = await verifiedSupplier(t, ["buyer"]);
  const wanted = await createRequest(t, buyer, mouldingRequestBody());
  await matchingSettled(t);
  const quote = await putQuote(t, account, wanted.id, validQuote());
  expect(quote.statusCode, quote.body).toBe(201);
  await matchingSettled(t);
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe("exporting", () => {
  it("gives everything held about the person as a JSON download", async () => {
    const response = await t.app.inject({ method: "GET", url: "/v1/me/export", headers: bearer(freshToken) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-disposition"]).toContain("attachment");
    const data = response.json();
    expect(data.account).toMatchObject({ email: person.email, name: person.name });
    expect(data.account.passwordHash).toBeUndefined();
    expect(data.memberships).toHaveLength(1);
    expect(data.requestsWritten).toHaveLength(1);
    expect(data.quotesWritten).toHaveLength(1);
    expect(data.notificationPreferences).toMatchObject({ digestDay: "friday" });
    expect(data.sessions.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(data)).not.toMatch(/tokenHash|passwordHash/);
  });

  it("asks for a fresh password login: a refreshed session is refused", async () => {
    const refreshed = await t.app.inject({
      method: "POST",
      url: "/v1/auth/refresh",
      payload: { refreshToken: account.refreshToken },
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const token = refreshed.json().accessToken;
    for (const call of [
      { method: "GET" as const, url: "/v1/me/export" },
      { method: "DELETE" as const, url: "/v1/me" },
    ]) {
      const problem = expectProblem(
        await t.app.inject({ ...call, headers: bearer(token) }),
        403,
        "forbidden",
      );
      expect(problem.detail).toMatch(/Log in again with your password/);
    }
  });
});

describe("erasing", () => {
  it("refuses the last owner of an organisation others belong to, saying what to do", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const member = await addMember(t, owner);
    const fresh = (await login(owner.email, goodPassword)).json().accessToken;
    const problem = expectProblem(
      await t.app.inject({ method: "DELETE", url: "/v1/me", headers: bearer(fresh) }),
      409,
      "last_owner",
    );
    expect(problem.detail).toMatch(/make one of them an owner/);
    // Handing over ownership first makes it possible.
    const promoted = await t.app.inject({
      method: "PATCH",
      url: `/v1/organizations/${owner.organizationId}/members/${member.userId}`,
      headers: bearer(fresh),
      payload: { role: "owner" },
    });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect((await t.app.inject({ method: "DELETE", url: "/v1/me", headers: bearer(fresh) })).statusCode).toBe(
      204,
    );
  });

  it("erases the person, then answers 404", async () => {
    const mailsBefore = t.smtp.messages.length;
    const erased = await t.app.inject({ method: "DELETE", url: "/v1/me", headers: bearer(freshToken) });
    expect(erased.statusCode, erased.body).toBe(204);
    expectProblem(
      await t.app.inject({ method: "DELETE", url: "/v1/me", headers: bearer(freshToken) }),
      404,
      "not_found",
    );
    expect((await login(person.email, goodPassword)).statusCode).toBe(401);
    await matchingSettled(t);
    // No email went to them after the erasure.
    const after = t.smtp.messages.slice(mailsBefore);
    expect(after.filter((message) => JSON.stringify(message).includes(person.email))).toEqual([]);
  });

  it("leaves no trace of their email, name or phone in Postgres, Meilisearch, Redis or the logs", async () => {
    const needles = [person.email, person.name, person.phone].map((n) => n.toLowerCase());
    const found: string[] = [];
    const look = (where: string, text: string) => {
      const lower = text.toLowerCase();
      for (const needle of needles) if (lower.includes(needle)) found.push(`${where}: ${needle}`);
    };

    const sql = t.deps.database.db.$client;
    const tables = await sql<{ name: string }[]>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'`;
    expect(tables.length).toBeGreaterThan(10);
    for (const { name } of tables) {
      const rows = await sql.unsafe(`select t::text as row from "${name}" t`);
      for (const row of rows) look(`postgres ${name}`, String(row.row));
    }

    const { results: indexes } = await t.deps.search.client.getIndexes({ limit: 1000 });
    for (const index of indexes) {
      const documents = await t.deps.search.client.index(index.uid).getDocuments({ limit: 10_000 });
      look(`meilisearch ${index.uid}`, JSON.stringify(documents.results));
    }

    const redis = t.deps.redis;
    const keys = await redis.keys(`${t.deps.config.NAMESPACE}:*`);
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === "string"
          ? await redis.get(key)
          : type === "hash"
            ? await redis.hgetall(key)
            : type === "list"
              ? await redis.lrange(key, 0, -1)
              : type === "set"
                ? await redis.smembers(key)
                : type === "zset"
                  ? await redis.zrange(key, 0, -1)
                  : type === "stream"
                    ? await redis.xrange(key, "-", "+")
                    : null;
      look(`redis ${key}`, `${key} ${JSON.stringify(value)}`);
    }

    look("logs", logLines.join("\n"));
    expect(found).toEqual([]);
  });

  it("does not let the address be invited again, until the person registers again", async () => {
    const owner = await verifiedSupplier(t, ["buyer"]);
    const invite = () =>
      t.app.inject({
        method: "POST",
        url: `/v1/organizations/${owner.organizationId}/invitations`,
        headers: bearer(owner.accessToken),
        payload: { email: person.email, role: "member" },
      });
    expectProblem(await invite(), 409, "conflict");
    await registerAccount(t, { email: person.email, name: person.name });
    expect((await invite()).statusCode).toBe(201);
  });
});
