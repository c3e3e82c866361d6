import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { type AttachmentBody, attachmentsOf, sampleFiles, upload } from "../helpers/attachments.js";
import { mouldingSupplier, publishMatchedRequest, type SupplierAccount } from "../helpers/marketplace.js";
import { expectProblem } from "../helpers/problems.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let supplier: SupplierAccount;
let requestId: string;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  supplier = await mouldingSupplier(t, "Công ty TNHH Nhựa Đồng Nai");
  await t.searchSynced(30_000);
  requestId = (await publishMatchedRequest(t, buyer)).id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function storedCount(): Promise<number> {
  return ((await attachmentsOf(t, buyer, requestId)).json().items as AttachmentBody[]).length;
}

describe("refused uploads", () => {
  it("refuses a file whose bytes are not an accepted kind, whatever its name, on body.file", async () => {
    const before = await storedCount();
    const exe = Buffer.concat([Buffer.from("MZ"), randomBytes(2000)]);
    const problem = expectProblem(
      await upload(t, buyer, requestId, "request", "drawing.pdf", exe),
      400,
      "validation_failed",
    );
    expect(problem.errors?.[0]).toMatchObject({ field: "body.file", code: "file_type_unsupported" });
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    expectProblem(await upload(t, buyer, requestId, "request", "a.png", html), 400, "validation_failed");
    expect(await storedCount()).toBe(before);
  });

  it("refuses an empty file and a body without the file field", async () => {
    const empty = expectProblem(await upload(t, buyer, requestId, "request", "a.pdf", Buffer.alloc(0)), 400);
    expect(empty.errors?.[0]).toMatchObject({ field: "body.file", code: "file_empty" });
    const wrongField = await upload(t, buyer, requestId, "request", "a.pdf", sampleFiles.pdf(), {
      field: "document",
    });
    expect(expectProblem(wrongField, 400).errors?.[0]).toMatchObject({ field: "body.file" });
  });

  it("refuses a file over 20 MB with 413, storing nothing", async () => {
    const before = await storedCount();
    const big = Buffer.concat([sampleFiles.pdf(), randomBytes(20 * 1024 * 1024)]);
    const problem = expectProblem(
      await upload(t, buyer, requestId, "request", "big.pdf", big),
      413,
      "payload_too_large",
    );
    expect(problem.errors?.[0]).toMatchObject({ field: "body.file", code: "file_too_large" });
    expect(await storedCount()).toBe(before);
  });

  it("refuses a body that is not multipart with 415", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: `/v1/requests/${requestId}/attachments`,
      headers: { ...bearer(buyer.accessToken), "content-type": "application/pdf" },
      payload: sampleFiles.pdf(),
    });
    expectProblem(response, 415, "unsupported_media_type");
  });

  it("refuses an unknown target on query.for", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: `/v1/requests/${requestId}/attachments?for=profile`,
      headers: { ...bearer(buyer.accessToken), "content-type": "multipart/form-data; boundary=x" },
      payload: "--x--\r\n",
    });
    expect(expectProblem(response, 400).errors?.[0]?.field).toBe("query.for");
  });

  it("keeps each side to its own place: the buyer not on quotes, a supplier not on the request, no quote no file", async () => {
    expectProblem(await upload(t, buyer, requestId, "quote", "a.pdf", sampleFiles.pdf()), 403, "forbidden");
    expectProblem(
      await upload(t, supplier, requestId, "request", "a.pdf", sampleFiles.pdf()),
      403,
      "forbidden",
    );
    expectProblem(await upload(t, supplier, requestId, "quote", "a.pdf", sampleFiles.pdf()), 409, "conflict");
  });
});

describe("download links", () => {
  it("refuse an expired, altered or borrowed link with 403", async () => {
    const a = (
      await upload(t, buyer, requestId, "request", "a.step", sampleFiles.step())
    ).json() as AttachmentBody;
    const b = (
      await upload(t, buyer, requestId, "request", "b.pdf", sampleFiles.pdf())
    ).json() as AttachmentBody;
    const url = new URL(a.download.url, "http://x");
    const signature = url.searchParams.get("signature") ?? "";
    const expires = Number(url.searchParams.get("expires"));
    const get = (path: string) => t.app.inject({ method: "GET", url: path });
    expect((await get(a.download.url)).statusCode).toBe(200);
    expectProblem(await get(`/v1/files/${b.id}?expires=${expires}&signature=${signature}`), 403, "forbidden");
    expectProblem(await get(`/v1/files/${a.id}?expires=${expires + 600}&signature=${signature}`), 403);
    expectProblem(await get(`/v1/files/${a.id}?expires=${expires}&signature=${signature.slice(1)}x`), 403);
    expect(
      expectProblem(await get(`/v1/files/${a.id}?expires=soon&signature=x`), 400).errors?.[0]?.field,
    ).toBe("query.expires");
    t.advanceClock(10 * 60_000);
    expectProblem(await get(a.download.url), 403, "forbidden");
  });
});
