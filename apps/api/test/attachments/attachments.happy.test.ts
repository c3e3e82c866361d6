import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { type AttachmentBody, attachmentsOf, sampleFiles, upload } from "../helpers/attachments.js";
import {
  award,
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let supplier: SupplierAccount;
let requestId: string;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  supplier = await mouldingSupplier(t, "Công ty TNHH Khuôn Mẫu Bình Dương");
  await t.searchSynced(30_000);
  requestId = (await publishMatchedRequest(t, buyer)).id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("attachments", () => {
  it("stores the buyer's drawing and lets a matched supplier download the same bytes", async () => {
    const drawing = sampleFiles.dxf();
    const stored = await upload(t, buyer, requestId, "request", "Bản vẽ vỏ hộp.dxf", drawing);
    expect(stored.statusCode, stored.body).toBe(201);
    const attachment = stored.json() as AttachmentBody;
    expect(attachment).toMatchObject({
      scope: "request",
      fileName: "Bản vẽ vỏ hộp.dxf",
      kind: "dxf",
      sizeBytes: drawing.length,
      uploadedBy: "buyer",
    });

    const listed = await attachmentsOf(t, supplier, requestId);
    expect(listed.statusCode).toBe(200);
    const seen = (listed.json() as { items: AttachmentBody[] }).items.find((a) => a.id === attachment.id);
    expect(seen).toBeDefined();
    const download = await t.app.inject({ method: "GET", url: seen?.download.url ?? "" });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(drawing)).toBe(true);
    expect(download.headers["content-type"]).toBe("image/vnd.dxf");
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="Ban ve vo hop.dxf"; filename*=UTF-8''${encodeURIComponent("Bản vẽ vỏ hộp.dxf")}`,
    );
    expect(download.headers["cache-control"]).toBe("private, no-store");
  });

  it("decides the type by the bytes and names the file after it", async () => {
    const stored = await upload(t, buyer, requestId, "request", "../../spec", sampleFiles.pdf(), {
      contentType: "image/png",
    });
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json()).toMatchObject({
      fileName: "spec.pdf",
      kind: "pdf",
      contentType: "application/pdf",
    });
  });

  it("answers a retried upload with the first one instead of a copy", async () => {
    const bytes = Buffer.concat([sampleFiles.pdf(), randomBytes(100)]);
    const first = await upload(t, buyer, requestId, "request", "retry.pdf", bytes);
    const again = await upload(t, buyer, requestId, "request", "retry.pdf", bytes);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const items = (await attachmentsOf(t, buyer, requestId)).json().items as AttachmentBody[];
    expect(items.filter((a) => a.fileName === "retry.pdf")).toHaveLength(1);
  });

  it("removes a file for good: gone from the list, its link no longer works", async () => {
    const stored = (
      await upload(t, buyer, requestId, "request", "old.pdf", sampleFiles.pdf())
    ).json() as AttachmentBody;
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/v1/requests/${requestId}/attachments/${stored.id}`,
      headers: bearer(buyer.accessToken),
    });
    expect(removed.statusCode).toBe(204);
    const items = (await attachmentsOf(t, buyer, requestId)).json().items as AttachmentBody[];
    expect(items.map((a) => a.id)).not.toContain(stored.id);
    expect((await t.app.inject({ method: "GET", url: stored.download.url })).statusCode).toBe(404);
  });

  it("takes a 20 MB file and gives it back whole", async () => {
    const big = Buffer.concat([sampleFiles.pdf(), randomBytes(20 * 1024 * 1024 - 200)]);
    const stored = await upload(t, buyer, requestId, "request", "big.pdf", big);
    expect(stored.statusCode, stored.body).toBe(201);
    const download = await t.app.inject({ method: "GET", url: stored.json().download.url });
    expect(download.rawPayload.length).toBe(big.length);
    expect(download.rawPayload.equals(big)).toBe(true);
  });

  it("shows a quote's file to the buyer and its supplier, and the winner keeps access after the award", async () => {
    const own = await mouldingSupplier(t, "Công ty TNHH Nhựa Tân Uyên");
    const other = await mouldingSupplier(t, "Công ty TNHH Nhựa Thủ Dầu Một");
    await t.searchSynced(30_000);
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 5.000 nắp nhựa PP" });
    const quote = await quoted(t, own, request.id);
    await quoted(t, other, request.id);
    const photo = await upload(t, own, request.id, "quote", "mẫu.png", sampleFiles.png());
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json()).toMatchObject({ scope: "quote", responseId: quote.id, uploadedBy: "supplier" });

    const buyerSees = (await attachmentsOf(t, buyer, request.id)).json().items as AttachmentBody[];
    expect(buyerSees.map((a) => a.id)).toContain(photo.json().id);
    const otherSees = (await attachmentsOf(t, other, request.id)).json().items as AttachmentBody[];
    expect(otherSees.map((a) => a.id)).not.toContain(photo.json().id);

    expect((await award(t, buyer, request.id, quote.id)).statusCode).toBe(200);
    const winnerSees = await attachmentsOf(t, own, request.id);
    expect(winnerSees.statusCode).toBe(200);
    expect((winnerSees.json().items as AttachmentBody[]).map((a) => a.id)).toContain(photo.json().id);
    expect((await attachmentsOf(t, other, request.id)).statusCode).toBe(404);
  });
});
