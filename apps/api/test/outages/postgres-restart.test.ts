// PostgreSQL stopped and started again under a running API and worker (a private server, stopped with a fast
// shutdown as `pg_ctl stop -m fast` does): while it is down every route that needs it answers 503 naming postgres
// within 5 s — never 500, never a hang — and no process of ours dies; once it is back, reads, writes and the
// matching a write sets off work again within 10 s, without restarting anything.
import { type PrivatePostgres, startPrivatePostgres } from "@ketnoi/testing/postgres-server";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { mouldingRequestBody, mouldingSupplier, type SupplierAccount } from "../helpers/marketplace.js";
import { expectProblem } from "../helpers/problems.js";
import { matchingSettled } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let postgres: PrivatePostgres;
let t: TestApp;
let buyer: RegisteredAccount;
let supplier: SupplierAccount;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  const databaseUrl = await postgres.createDatabase("ketnoi_restart");
  t = await createTestApp({ withWorker: true, databaseUrl });
  buyer = await verifiedSupplier(t, ["buyer"]);
  supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Khởi Động Lại");
  await matchingSettled(t);
  process.on("uncaughtException", onUncaught);
  process.on("unhandledRejection", onUncaught);
}, 120_000);
afterAll(async () => {
  process.off("uncaughtException", onUncaught);
  process.off("unhandledRejection", onUncaught);
  await t?.close();
  await postgres?.destroy();
});

const calls = {
  me: () => t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(buyer.accessToken) }),
  publish: () =>
    t.app.inject({
      method: "POST",
      url: "/v1/requests",
      headers: bearer(buyer.accessToken),
      payload: mouldingRequestBody(),
    }),
  login: () =>
    t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: buyer.email, password: buyer.password },
    }),
  profile: () => t.app.inject({ method: "GET", url: `/v1/suppliers/${supplier.profileId}` }),
};

async function timed(call: () => Promise<LightMyRequestResponse>) {
  const started = performance.now();
  const response = await call();
  return { response, ms: performance.now() - started };
}

describe("with PostgreSQL stopped", () => {
  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    "%s answers 503 naming postgres within 5 s",
    async (name) => {
      await postgres.stop();
      const { response, ms } = await timed(calls[name]);
      expectProblem(response, 503, "service_unavailable");
      expect(response.json().dependency).toBe("postgres");
      expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
      expect(ms).toBeLessThan(5000);
    },
  );

  it("is not ready, naming postgres", async () => {
    const response = await t.app.inject({ method: "GET", url: "/ready" });
    expect(expectProblem(response, 503, "service_unavailable").detail).toBe("Not reachable: postgres");
  });

  it("lets the worker fail its runs without dying", async () => {
    // A sync run now fails on the database; BullMQ retries it.
    await t.deps.jobs.enqueue("sync-search-index", {});
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(uncaught).toEqual([]);
  });
});

describe("once PostgreSQL is back", () => {
  it("reads, writes and matches again within 10 s, without a restart", async () => {
    await postgres.start();
    const back = performance.now();
    let published: LightMyRequestResponse | undefined;
    for (;;) {
      const me = await calls.me();
      expect([200, 503]).toContain(me.statusCode);
      if (me.statusCode === 200) {
        published = await calls.publish();
        if (published.statusCode === 201) break;
      }
      expect(performance.now() - back, "back within 10 s").toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const request = published.json();
    for (;;) {
      const matches = await t.app.inject({
        method: "GET",
        url: `/v1/requests/${request.id}/matches`,
        headers: bearer(buyer.accessToken),
      });
      expect(matches.statusCode).toBe(200);
      if (
        matches
          .json()
          .items.some((item: { supplier: { id: string } }) => item.supplier.id === supplier.profileId)
      )
        break;
      expect(performance.now() - back, "matched within 10 s").toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(uncaught).toEqual([]);
  });
});
