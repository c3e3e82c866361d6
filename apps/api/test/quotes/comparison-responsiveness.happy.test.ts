// The comparison shows each quoting supplier's responsiveness exactly as matching scores it (`responsivenessOf`
// over the supplier's matched requests): a supplier with a history has its answer rate and median reply time,
// a new one none, rather than a made-up figure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegisteredAccount } from "../helpers/accounts.js";
import {
  decline,
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  quotesOf,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let regular: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  regular = await mouldingSupplier(t, "Công ty TNHH Nhựa Đều Đặn");
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("responsiveness in the comparison", () => {
  it("gives a supplier with three answered requests its figures, and a newcomer none", async () => {
    // Two earlier requests the regular supplier answered (a quote, a decline: both count as answers).
    const first = await publishMatchedRequest(t, buyer, { title: "Cần 1.000 nắp nhựa ABS" });
    await quoted(t, regular, first.id);
    const second = await publishMatchedRequest(t, buyer, { title: "Cần 2.000 khay nhựa PP" });
    const declined = await decline(t, regular, second.id, { reason: "capacity_full" });
    expect(declined.statusCode, declined.body).toBe(200);

    const newcomer = await mouldingSupplier(t, "Công ty TNHH Nhựa Mới Mở");
    await t.searchSynced(30_000);
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 3.000 vỏ nhựa ABS" });
    await quoted(t, regular, request.id);
    await quoted(t, newcomer, request.id);

    const comparison = (await quotesOf(t, buyer, request.id)).json();
    const bySupplier = new Map(
      comparison.items.map((item: { supplier: { id: string }; responsiveness: unknown }) => [
        item.supplier.id,
        item.responsiveness,
      ]),
    );
    expect(bySupplier.get(regular.profileId)).toEqual({
      responseRate: 1,
      medianResponseHours: expect.any(Number),
      sampleSize: 3,
    });
    expect(bySupplier.get(newcomer.profileId)).toBeNull();
  }, 90_000);
});
