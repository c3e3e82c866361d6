// A request published while Redis is down is stored (the write does not need Redis) and, once Redis is back, is
// indexed and matched without anyone touching it again: its outbox row waited in Postgres, and the worker catches
// up as soon as its connection is ready. The private Redis comes back empty, as one without persistence does.
import { requestMatchRepository } from "@ketnoi/db";
import { type PrivateRedis, startPrivateRedis } from "@ketnoi/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RegisteredAccount } from "../helpers/accounts.js";
import { mouldingRequestBody, mouldingSupplier, type SupplierAccount } from "../helpers/marketplace.js";
import { createRequest, matchingSettled } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let redis: PrivateRedis;
let t: TestApp;
let buyer: RegisteredAccount;
let supplier: SupplierAccount;

beforeAll(async () => {
  redis = await startPrivateRedis();
  t = await createTestApp({ withWorker: true, redisUrl: redis.url });
  buyer = await verifiedSupplier(t, ["buyer"]);
  supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Trước Sự Cố");
  await matchingSettled(t);
}, 60_000);
afterAll(async () => {
  await t.close();
  await redis.stop();
});

const matchedSuppliers = async (requestId: string) =>
  (
    await requestMatchRepository.listMatchesForRequest(t.deps.database.db, requestId, {
      includeNearMisses: false,
    })
  ).map(({ match }) => match.supplierId);

it("matches a request published while Redis was down once Redis is back, without an edit", async () => {
  await redis.stop();
  const request = await createRequest(t, buyer, mouldingRequestBody());
  expect(request.status).toBe("open");
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await matchedSuppliers(request.id)).toEqual([]);

  await redis.start();
  const back = performance.now();
  while (!(await matchedSuppliers(request.id)).includes(supplier.profileId)) {
    expect(performance.now() - back, "matched within 10 s of Redis returning").toBeLessThan(10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
