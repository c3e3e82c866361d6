import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { multipartBody, sampleFiles } from "../helpers/attachments.js";
import { mouldingSupplier, type SupplierAccount } from "../helpers/marketplace.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let supplier: SupplierAccount;
let rival: SupplierAccount;

beforeAll(async () => {
  t = await createTestApp();
  supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Ảnh Đẹp");
  rival = await mouldingSupplier(t, "Công ty TNHH Nhựa Đối Thủ");
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** A camera-sized photo: 3000 × 2000 pixels of a gradient, as JPEG. */
function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 40, g: 120, b: 90 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

function uploadPhoto(account: RegisteredAccount, supplierId: string, bytes: Buffer, name = "xuong.jpg") {
  const body = multipartBody(name, bytes, { contentType: "image/jpeg" });
  return t.app.inject({
    method: "POST",
    url: `/v1/suppliers/${supplierId}/photos`,
    headers: { ...bearer(account.accessToken), ...body.headers },
    payload: body.payload,
  });
}

describe("supplier photos", () => {
  it("resizes an upload to fit 1600 px, stores it as WebP and serves it publicly", async () => {
    const response = await uploadPhoto(supplier, supplier.profileId, await cameraPhoto());
    expect(response.statusCode, response.body).toBe(201);
    const photo = response.json();
    expect(photo).toMatchObject({ width: 1600, height: 1067 });
    const image = await t.app.inject({ method: "GET", url: photo.url });
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/webp");
    const decoded = await sharp(image.rawPayload).metadata();
    expect(decoded).toMatchObject({ format: "webp", width: 1600, height: 1067 });
    const list = await t.app.inject({ method: "GET", url: `/v1/suppliers/${supplier.profileId}/photos` });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(photo.id);
  });

  it("refuses what is not an image, next to the file field, and stores nothing", async () => {
    const before = await t.app.inject({ method: "GET", url: `/v1/suppliers/${supplier.profileId}/photos` });
    const response = await uploadPhoto(supplier, supplier.profileId, sampleFiles.pdf(), "anh.jpg");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ field: "body.file", code: "file_type_unsupported" }),
    );
    const after = await t.app.inject({ method: "GET", url: `/v1/suppliers/${supplier.profileId}/photos` });
    expect(after.json().items.length).toBe(before.json().items.length);
  });

  it("keeps at most 10 photos", async () => {
    const small = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } })
      .png()
      .toBuffer();
    const held = (
      await t.app.inject({ method: "GET", url: `/v1/suppliers/${supplier.profileId}/photos` })
    ).json().items.length;
    for (let n = held; n < 10; n++) {
      expect((await uploadPhoto(supplier, supplier.profileId, small, "nho.png")).statusCode).toBe(201);
    }
    const eleventh = await uploadPhoto(supplier, supplier.profileId, small, "nho.png");
    expect(eleventh.statusCode).toBe(409);
    const list = await t.app.inject({ method: "GET", url: `/v1/suppliers/${supplier.profileId}/photos` });
    expect(list.json().items.length).toBe(10);
  });

  it("lets only the supplier's own members add or remove its photos (404 for others)", async () => {
    const small = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#993366" } })
      .png()
      .toBuffer();
    expect((await uploadPhoto(rival, supplier.profileId, small)).statusCode).toBe(404);
    const own = await uploadPhoto(rival, rival.profileId, small);
    expect(own.statusCode).toBe(201);
    const photo = own.json();
    const removeAs = (account: RegisteredAccount, supplierId: string) =>
      t.app.inject({
        method: "DELETE",
        url: `/v1/suppliers/${supplierId}/photos/${photo.id}`,
        headers: bearer(account.accessToken),
      });
    expect((await removeAs(supplier, supplier.profileId)).statusCode).toBe(404);
    expect((await removeAs(supplier, rival.profileId)).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: photo.url })).statusCode).toBe(200);
    expect((await removeAs(rival, rival.profileId)).statusCode).toBe(204);
    expect((await t.app.inject({ method: "GET", url: photo.url })).statusCode).toBe(404);
  });
});
