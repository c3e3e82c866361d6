// Matching runs after indexing, for both sides (sync-search-index), so no order of events can lose a pair: here 50
// suppliers and 50 requests that all fit each other are published in rounds, each round a supplier and a request
// at the same moment or a few to 150 milliseconds apart in either order, the rounds overlapping, without waiting
// for the worker. Afterwards every one of the 2,500 pairs is stored.
import { requestMatchRepository } from "@ketnoi/db";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RegisteredAccount } from "../helpers/accounts.js";
import { mouldingRequestBody, mouldingSupplierBody } from "../helpers/marketplace.js";
import { createRequest, matchingSettled } from "../helpers/requests.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const rounds = 50;

let t: TestApp;
let buyer: RegisteredAccount;
const supplierAccounts: RegisteredAccount[] = [];

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  for (let i = 0; i < rounds; i += 5) {
    supplierAccounts.push(
      ...(await Promise.all([0, 1, 2, 3, 4].map(() => verifiedSupplier(t, ["supplier"])))),
    );
  }
}, 120_000);
afterAll(async () => {
  await t.close();
});

/** Who goes first and how long the other waits; a third of the rounds send both at once. */
function interleaving(round: number): { first: "supplier" | "request"; gapMs: number } {
  const first = Math.random() < 0.5 ? "supplier" : "request";
  if (round % 3 === 0) return { first, gapMs: 0 };
  return { first, gapMs: Math.round(Math.random() * (round % 3 === 1 ? 20 : 150)) };
}

it("stores every fitting pair whatever order suppliers and requests are published in", async () => {
  const supplierIds: string[] = [];
  const requestIds: string[] = [];
  // Rounds overlap: each starts at a random moment in the first three seconds, so syncs and matching runs of
  // different rounds interleave too.
  const playRound = async (round: number) => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 3000));
    const account = supplierAccounts[round] as RegisteredAccount;
    const { first, gapMs } = interleaving(round);
    const publishSupplier = async () => {
      const profile = await publishProfile(
        t,
        account,
        mouldingSupplierBody(`Công ty TNHH Nhựa Vòng ${round}`),
      );
      supplierIds.push(profile.id);
    };
    const publishRequest = async () => {
      const request = await createRequest(
        t,
        buyer,
        mouldingRequestBody({ title: `Cần vỏ nhựa ABS ép phun, đợt ${round}` }),
      );
      requestIds.push(request.id);
    };
    const [one, other] =
      first === "supplier" ? [publishSupplier, publishRequest] : [publishRequest, publishSupplier];
    const started = one();
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    await Promise.all([started, other()]);
  };
  await Promise.all(Array.from({ length: rounds }, (_, round) => playRound(round)));

  await matchingSettled(t, 120_000);
  const missing: string[] = [];
  for (const requestId of requestIds) {
    const stored = await requestMatchRepository.listMatchesForRequest(t.deps.database.db, requestId, {
      includeNearMisses: true,
    });
    const matched = new Set(
      stored.filter(({ match }) => match.verdict === "match").map(({ match }) => match.supplierId),
    );
    for (const supplierId of supplierIds)
      if (!matched.has(supplierId)) missing.push(`${requestId}/${supplierId}`);
  }
  expect(missing).toEqual([]);
}, 240_000);
