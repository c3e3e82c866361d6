// GET /v1/requests counts each request's matches, near misses and standing quotes, for the buyer's list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer } from "../helpers/accounts.js";
import { decline, mouldingSupplier, publishMatchedRequest, quoted } from "../helpers/marketplace.js";
import { createRequest, requestBody } from "../helpers/requests.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
});
afterAll(async () => {
  await t.close();
});

describe("the activity of each request in the buyer's list", () => {
  it("counts matches, near misses and quotes, not declines, and zeros for a draft", async () => {
    const buyer = await verifiedSupplier(t, ["buyer"]);
    const daiViet = await mouldingSupplier(t, "Công ty TNHH Nhựa Đại Việt");
    const binhAn = await mouldingSupplier(t, "Công ty TNHH Nhựa Bình An");
    // Without the certificate the request asks for: a near miss.
    const tanPhu = await mouldingSupplier(t, "Công ty TNHH Nhựa Tân Phú", { certifications: [] });
    await t.searchSynced(30_000);
    const request = await publishMatchedRequest(t, buyer, { requiredCertifications: ["iso-9001"] });
    await quoted(t, daiViet, request.id);
    const declined = await decline(t, binhAn, request.id, { reason: "capacity_full" });
    expect(declined.statusCode, declined.body).toBe(200);
    const draft = await createRequest(t, buyer, requestBody());

    const list = await t.app.inject({
      method: "GET",
      url: "/v1/requests",
      headers: bearer(buyer.accessToken),
    });
    expect(list.statusCode, list.body).toBe(200);
    const byId = new Map(list.json().items.map((item: { id: string }) => [item.id, item]));
    expect(byId.get(request.id)).toMatchObject({ activity: { matches: 2, nearMisses: 1, quotes: 1 } });
    expect(byId.get(draft.id)).toMatchObject({ activity: { matches: 0, nearMisses: 0, quotes: 0 } });
    expect(tanPhu.profileId).toEqual(expect.any(String));
  }, 60_000);
});
