import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer } from "../helpers/accounts.js";
import { createRequest, getRequest, patchRequest, requestBody } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const verifiedBuyer = () => verifiedSupplier(t, ["buyer"]);

/** The expiry job the request's change committed to the job outbox, once handed to the queue. */
async function expiryJob(requestId: string, version: number) {
  await t.handOverJobs();
  return t.deps.jobs.queue("maintenance").getJob(`expire-${requestId}-v${version}`);
}

describe("writing and publishing sourcing requests", () => {
  it("saves a draft that only lists for its organisation, with the zone's location", async () => {
    const buyer = await verifiedBuyer();
    const draft = await createRequest(
      t,
      buyer,
      requestBody({ targetPrice: { amount: 12_500, currency: "VND" } }),
    );
    expect(draft).toMatchObject({
      status: "draft",
      version: 1,
      publishedAt: null,
      categories: [{ code: "packaging.corrugated-cartons" }],
      targetPrice: { amount: 12_500, currency: "VND" },
      recurrence: "one_off",
      showBuyerName: true,
      buyer: { organizationId: buyer.organizationId, name: "Công ty TNHH Bao Bì Sài Gòn" },
      createdByUserId: buyer.userId,
      // No distance limit given: none, not a hidden one.
      delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: null },
    });
    expect(draft.delivery.province2025).toEqual(expect.any(String));
    expect(await expiryJob(draft.id, 1)).toBeUndefined();

    const drafts = await t.app.inject({
      method: "GET",
      url: "/v1/requests?status=draft",
      headers: bearer(buyer.accessToken),
    });
    expect(drafts.json()).toMatchObject({ total: 1, items: [{ id: draft.id }] });
    const open = await t.app.inject({
      method: "GET",
      url: "/v1/requests?status=open",
      headers: bearer(buyer.accessToken),
    });
    expect(open.json().total).toBe(0);
  });

  it("publishes at once with categories inferred from the title, and schedules the expiry at the deadline", async () => {
    const buyer = await verifiedBuyer();
    const body = requestBody({ categories: [], publish: true });
    const published = await createRequest(t, buyer, body);
    expect(published.status).toBe("open");
    expect(published.publishedAt).toEqual(expect.any(String));
    expect(published.categories.map((c: { code: string }) => c.code)).toEqual([
      "packaging.corrugated-cartons",
    ]);
    expect(published.inferredCategories).toEqual([
      expect.objectContaining({ code: "packaging.corrugated-cartons", terms: ["thùng carton 5 lớp"] }),
    ]);

    const job = await expiryJob(published.id, 1);
    expect(job?.data).toEqual({ requestId: published.id, version: 1 });
    const expectedDelay = new Date(body.quoteDeadline as string).getTime() - Date.now();
    expect(job?.opts.delay).toBeGreaterThan(expectedDelay - 60_000);
    expect(job?.opts.delay).toBeLessThanOrEqual(expectedDelay + 1000);
  });

  it("publishes a draft by PATCH, then takes a clarification and reschedules the expiry for each version", async () => {
    const buyer = await verifiedBuyer();
    const draft = await createRequest(
      t,
      buyer,
      requestBody({ recurrence: "recurring", monthlyVolume: { value: 5000, unit: "cartons" } }),
    );
    const published = await patchRequest(t, buyer, draft.id, { status: "open" });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: "open", version: 2, monthlyVolume: { value: 5000 } });
    expect(await expiryJob(draft.id, 2)).toBeDefined();

    const later = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const clarified = await patchRequest(t, buyer, draft.id, {
      description: "Thêm: in logo mặt trên",
      quoteDeadline: later,
    });
    expect(clarified.statusCode, clarified.body).toBe(200);
    expect(clarified.json()).toMatchObject({ version: 3, description: "Thêm: in logo mặt trên" });
    expect(new Date(clarified.json().quoteDeadline).toISOString()).toBe(later);
    expect((await expiryJob(draft.id, 3))?.data).toEqual({ requestId: draft.id, version: 3 });
  });

  it("closes and cancels open requests", async () => {
    const buyer = await verifiedBuyer();
    const first = await createRequest(t, buyer, requestBody({ publish: true }));
    const closed = await patchRequest(t, buyer, first.id, { status: "closed" });
    expect(closed.json()).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    const second = await createRequest(t, buyer, requestBody({ publish: true }));
    const cancelled = await patchRequest(t, buyer, second.id, { status: "cancelled" });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", closedAt: expect.any(String) });
  });

  it("accepts a delivery point with its province instead of a zone", async () => {
    const buyer = await verifiedBuyer();
    const created = await createRequest(
      t,
      buyer,
      requestBody({ delivery: { province: "Bình Dương", lat: 11.05, lng: 106.65, maxDistanceKm: 30 } }),
    );
    expect(created.delivery).toMatchObject({ zoneId: null, lat: 11.05, lng: 106.65, maxDistanceKm: 30 });
  });
});

describe("what others see of a request", () => {
  it("shows an open request to a supplier, with the buyer's name when the buyer allows it", async () => {
    const buyer = await verifiedBuyer();
    const supplier = await verifiedSupplier(t);
    const named = await createRequest(t, buyer, requestBody({ publish: true }));
    const seen = await getRequest(t, supplier, named.id);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({
      status: "open",
      buyer: { organizationId: buyer.organizationId },
      createdByUserId: null,
    });
  });

  it("hides the buyer of an anonymous request from others, but not from the buyer itself", async () => {
    const buyer = await verifiedBuyer();
    const supplier = await verifiedSupplier(t);
    const anonymous = await createRequest(
      t,
      buyer,
      requestBody({
        publish: true,
        showBuyerName: false,
        delivery: { province: "TP.HCM", lat: 10.80123, lng: 106.71456 },
      }),
    );
    const seen = (await getRequest(t, supplier, anonymous.id)).json();
    expect(seen.buyer).toBeNull();
    expect(JSON.stringify(seen)).not.toContain(buyer.organizationId);
    expect(seen.delivery).toMatchObject({ lat: 10.8, lng: 106.71 });
    const own = (await getRequest(t, buyer, anonymous.id)).json();
    expect(own.buyer).toMatchObject({ organizationId: buyer.organizationId });
    expect(own.delivery).toMatchObject({ lat: 10.80123, lng: 106.71456 });
  });
});
