// Meilisearch stopped under a running API and worker (a private server, restarted on the same port with the same
// data): search answers 503 naming meilisearch within 5 s, never 500; writes still commit, their outbox rows wait
// in Postgres, and once Meilisearch is back the worker indexes and matches them within 10 s, with no edit and no
// restart of ours.
import { type PrivateMeilisearch, startPrivateMeilisearch } from "@ketnoi/testing/meilisearch-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { mouldingRequestBody, mouldingSupplier, type SupplierAccount } from "../helpers/marketplace.js";
import { expectProblem } from "../helpers/problems.js";
import { createRequest, matchingSettled } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let meili: PrivateMeilisearch;
let t: TestApp;
let buyer: RegisteredAccount;
let supplier: SupplierAccount;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  meili = await startPrivateMeilisearch();
  t = await createTestApp({ withWorker: true, workerSchedules: true, meili });
  buyer = await verifiedSupplier(t, ["buyer"]);
  supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Tìm Kiếm");
  await matchingSettled(t);
  process.on("uncaughtException", onUncaught);
}, 120_000);
afterAll(async () => {
  process.off("uncaughtException", onUncaught);
  await t?.close();
  await meili?.destroy();
});

describe("with Meilisearch stopped", () => {
  let requestId: string;

  it("answers search with 503 naming meilisearch within 5 s", async () => {
    await meili.stop();
    const started = performance.now();
    const response = await t.app.inject({ method: "GET", url: "/v1/suppliers/search?q=ep%20phun%20nhua" });
    expectProblem(response, 503, "service_unavailable");
    expect(response.json().dependency).toBe("meilisearch");
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("still commits a published request", async () => {
    requestId = (await createRequest(t, buyer, mouldingRequestBody())).id;
  });

  it("indexes and matches it within 10 s of Meilisearch returning", async () => {
    await meili.start();
    const back = performance.now();
    for (;;) {
      const matches = await t.app.inject({
        method: "GET",
        url: `/v1/requests/${requestId}/matches`,
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
    const search = await t.app.inject({ method: "GET", url: "/v1/suppliers/search?q=ep%20phun%20nhua" });
    expect(search.statusCode).toBe(200);
    expect(uncaught).toEqual([]);
  });
});
