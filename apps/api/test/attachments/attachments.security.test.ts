import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount } from "../helpers/accounts.js";
import { type AttachmentBody, attachmentsOf, sampleFiles, upload } from "../helpers/attachments.js";
import {
  mouldingSupplier,
  publishMatchedRequest,
  quoted,
  type SupplierAccount,
} from "../helpers/marketplace.js";
import { expectProblem } from "../helpers/problems.js";
import { verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let buyer: RegisteredAccount;
let otherBuyer: RegisteredAccount;
let matched: SupplierAccount;
let unmatched: SupplierAccount;
let requestId: string;
let drawing: AttachmentBody;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  buyer = await verifiedSupplier(t, ["buyer"]);
  otherBuyer = await verifiedSupplier(t, ["buyer"]);
  matched = await mouldingSupplier(t, "Công ty TNHH Nhựa Long An");
  // A carton maker: never matched to a moulding request.
  unmatched = await mouldingSupplier(t, "Công ty TNHH Bao Bì Cà Mau", {
    descriptionVi: "Thùng carton 5 lớp",
    categories: ["packaging.corrugated-cartons"],
    materials: [],
  });
  await t.searchSynced(30_000);
  requestId = (await publishMatchedRequest(t, buyer)).id;
  drawing = (await upload(t, buyer, requestId, "request", "drawing.pdf", sampleFiles.pdf())).json();
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("who reaches a request's files", () => {
  it("turns away anonymous callers with 401", async () => {
    const list = await t.app.inject({ method: "GET", url: `/v1/requests/${requestId}/attachments` });
    expectProblem(list, 401);
    const post = await t.app.inject({
      method: "POST",
      url: `/v1/requests/${requestId}/attachments`,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      payload: "--x--\r\n",
    });
    expectProblem(post, 401);
  });

  it("answers another buyer and a supplier the request does not concern with 404, listing or uploading", async () => {
    for (const outsider of [otherBuyer, unmatched]) {
      expectProblem(await attachmentsOf(t, outsider, requestId), 404, "not_found");
      expectProblem(
        await upload(t, outsider, requestId, "message", "x.pdf", sampleFiles.pdf()),
        404,
        "not_found",
      );
    }
  });

  it("keeps one supplier's quote files and message drafts from another supplier", async () => {
    const second = await mouldingSupplier(t, "Công ty TNHH Nhựa Bến Lức");
    await t.searchSynced(30_000);
    const request = await publishMatchedRequest(t, buyer, { title: "Cần 2.000 khay nhựa" });
    await quoted(t, matched, request.id);
    await quoted(t, second, request.id);
    const quoteFile = (await upload(t, matched, request.id, "quote", "price.pdf", sampleFiles.pdf())).json();
    const draft = (await upload(t, matched, request.id, "message", "q.png", sampleFiles.png())).json();
    const secondSees = ((await attachmentsOf(t, second, request.id)).json().items as AttachmentBody[]).map(
      (a) => a.id,
    );
    expect(secondSees).not.toContain(quoteFile.id);
    expect(secondSees).not.toContain(draft.id);
    const buyerSees = ((await attachmentsOf(t, buyer, request.id)).json().items as AttachmentBody[]).map(
      (a) => a.id,
    );
    expect(buyerSees).toContain(quoteFile.id);
    expect(buyerSees).not.toContain(draft.id);
  });

  it("lets only the uploading organisation remove a file", async () => {
    const remove = (account: RegisteredAccount) =>
      t.app.inject({
        method: "DELETE",
        url: `/v1/requests/${requestId}/attachments/${drawing.id}`,
        headers: bearer(account.accessToken),
      });
    expectProblem(await remove(matched), 404, "not_found");
    expectProblem(await remove(otherBuyer), 404, "not_found");
    const items = (await attachmentsOf(t, buyer, requestId)).json().items as AttachmentBody[];
    expect(items.map((a) => a.id)).toContain(drawing.id);
  });

  it("gives the matched supplier the request's drawing", async () => {
    const items = (await attachmentsOf(t, matched, requestId)).json().items as AttachmentBody[];
    expect(items.map((a) => a.id)).toContain(drawing.id);
  });

  it("never puts the storage key or the uploader's identity in a listing", async () => {
    const body = (await attachmentsOf(t, buyer, requestId)).body;
    expect(body).not.toContain("storageKey");
    expect(body).not.toContain("attachments/");
    expect(body).not.toContain(buyer.userId);
  });
});
