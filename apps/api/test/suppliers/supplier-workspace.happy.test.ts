import { hcmcDate } from "@ketnoi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import {
  award,
  decline,
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import { matchingSettled } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

const day = 86_400_000;
let t: TestApp;
let buyer: RegisteredAccount;
let supplier: SupplierAccount;
let other: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  // ISO 9001 only, 21 days lead time, 30 000 pieces a month.
  supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Hòa Bình", {
    leadTimeDays: 21,
    monthlyCapacity: { value: 30_000, unit: "pieces" },
  });
  other = await mouldingSupplier(t, "Công ty TNHH Nhựa Phú Mỹ");
  // A request's matching runs as soon as it is published, against the suppliers indexed by then: these tests
  // start from suppliers already searchable (and their own reverse runs over), as a marketplace's are.
  await matchingSettled(t);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = (account: RegisteredAccount, url: string) =>
  t.app.inject({ method: "GET", url, headers: bearer(account.accessToken) });
const seen = (account: RegisteredAccount, supplierId: string, requestId: string) =>
  t.app.inject({
    method: "PUT",
    url: `/v1/suppliers/${supplierId}/matches/${requestId}/seen`,
    headers: bearer(account.accessToken),
  });

function stateIn(list: { items: { request: { id: string }; state: string }[] }, requestId: string) {
  return list.items.find((item) => item.request.id === requestId)?.state;
}

describe("the supplier's requests", () => {
  it("moves a request from new to seen when opened, then to quoted or declined", async () => {
    const first = await publishMatchedRequest(t, buyer);
    const second = await publishMatchedRequest(t, buyer, { title: "Cần 5.000 nắp nhựa PP" });
    const url = `/v1/suppliers/${supplier.profileId}/matches`;
    let list = (await get(supplier, url)).json();
    expect(stateIn(list, first.id)).toBe("new");
    expect(stateIn(list, second.id)).toBe("new");

    expect((await seen(supplier, supplier.profileId, first.id)).statusCode).toBe(204);
    // Opening it again keeps the first time.
    const firstSeenAt = (await get(supplier, `${url}/${first.id}`)).json().seenAt;
    expect((await seen(supplier, supplier.profileId, first.id)).statusCode).toBe(204);
    const one = (await get(supplier, `${url}/${first.id}`)).json();
    expect(one).toMatchObject({ state: "seen", seenAt: firstSeenAt, request: { status: "open" } });
    expect(one.reasons.length).toBeGreaterThan(0);
    list = (await get(supplier, url)).json();
    expect(stateIn(list, first.id)).toBe("seen");
    expect(stateIn(list, second.id)).toBe("new");
    // Another supplier's view of the same request is its own.
    expect(stateIn((await get(other, `/v1/suppliers/${other.profileId}/matches`)).json(), first.id)).toBe(
      "new",
    );

    await quoted(t, supplier, first.id);
    expect((await decline(t, supplier, second.id, { reason: "capacity_full" })).statusCode).toBe(200);
    list = (await get(supplier, url)).json();
    expect(stateIn(list, first.id)).toBe("quoted");
    expect(stateIn(list, second.id)).toBe("declined");
  });

  it("shows how the buyer behaves: no award rate or award delay before it ever awarded", async () => {
    const request = await publishMatchedRequest(t, buyer);
    const one = (await get(supplier, `/v1/suppliers/${supplier.profileId}/matches/${request.id}`)).json();
    expect(one.buyerAwardRate).toEqual({ awarded: 0, ended: 0, rate: null });
    expect(one.buyerMedianAwardDays).toBeNull();

    const quote = await quoted(t, supplier, request.id);
    expect((await award(t, buyer, request.id, quote.id)).statusCode).toBe(200);
    const next = await publishMatchedRequest(t, buyer);
    const after = (await get(supplier, `/v1/suppliers/${supplier.profileId}/matches/${next.id}`)).json();
    expect(after.buyerAwardRate).toMatchObject({ awarded: 1, ended: 1, rate: 1 });
    // Awarded before its quote deadline: no wait at all.
    expect(after.buyerMedianAwardDays).toBe(0);
    // The awarded request still opens for the supplier, with how it ended.
    const ended = (await get(supplier, `/v1/suppliers/${supplier.profileId}/matches/${request.id}`)).json();
    expect(ended).toMatchObject({
      request: { status: "awarded" },
      state: "quoted",
      response: { outcome: "awarded" },
    });
  });
});

describe("what would bring the supplier more requests", () => {
  it("counts the open requests each gap costs, with the figures that decide it", async () => {
    const soon = hcmcDate(new Date(Date.now() + 12 * day));
    const deadline = new Date(Date.now() + 5 * day).toISOString();
    const before = (await get(supplier, `/v1/suppliers/${supplier.profileId}/missed-requests`)).json();
    const countOf = (summary: { gaps: { kind: string; code?: string; requests: number }[] }, kind: string) =>
      summary.gaps.find((gap) => gap.kind === kind && (gap.code === undefined || gap.code === "iso-14001"))
        ?.requests ?? 0;

    await publishMatchedRequest(t, buyer, { requiredCertifications: ["iso-14001"] });
    await publishMatchedRequest(t, buyer, {
      requiredCertifications: ["iso-14001"],
      neededBy: soon,
      quoteDeadline: deadline,
    });
    await publishMatchedRequest(t, buyer, { quantity: { value: 90_000, unit: "pieces" } });

    const after = (await get(supplier, `/v1/suppliers/${supplier.profileId}/missed-requests`)).json();
    expect(after.openRequests).toBe(before.openRequests + 3);
    expect(countOf(after, "certification_missing") - countOf(before, "certification_missing")).toBe(2);
    expect(after.gaps).toContainEqual(
      expect.objectContaining({ kind: "certification_missing", code: "iso-14001", name: "ISO 14001" }),
    );
    expect(after.gaps).toContainEqual({
      kind: "lead_time_too_long",
      requests: countOf(before, "lead_time_too_long") + 1,
      statedDays: 21,
      longestDaysAvailable: 12,
    });
    expect(after.gaps).toContainEqual(
      expect.objectContaining({
        kind: "capacity_too_small",
        stated: { value: 30_000, unit: "pieces" },
        largestNeed: { value: 90_000, unit: "pieces" },
      }),
    );
  });
});
