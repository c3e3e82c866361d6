// Company papers that must be refused, and everything another organisation must not reach.
import { supplierRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerVerifiedAccount } from "../helpers/accounts.js";
import { sampleFiles } from "../helpers/attachments.js";
import { download, uploadDocument, uploadedDocument } from "../helpers/documents.js";
import { mouldingSupplierBody } from "../helpers/marketplace.js";
import { association, importDirectory } from "../helpers/onboarding.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let hiephoi: RegisteredAccount;
beforeAll(async () => {
  t = await createTestApp();
  hiephoi = await association(t);
});
afterAll(async () => {
  await t.close();
});

async function importedWithoutEmail(n: number): Promise<string> {
  await importDirectory(t, hiephoi, [{ n, legalName: `Công ty Giấy Tờ ${n}` }]);
  const supplier = await supplierRepository.findSupplierByTaxCode(t.deps.database.db, taxCode(n));
  if (!supplier) throw new Error("not imported");
  return supplier.id;
}

const claim = (account: RegisteredAccount, supplierId: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: "POST",
    url: `/v1/suppliers/${supplierId}/claims`,
    headers: bearer(account.accessToken),
    payload,
  });

describe("uploads", () => {
  it("refuses a drawing as a company paper by its bytes, naming the file field", async () => {
    const account = await registerVerifiedAccount(t);
    const problem = expectProblem(
      await uploadDocument(t, account, "claim", "dkkd.pdf", sampleFiles.dxf()),
      400,
      "validation_failed",
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: "body.file", code: "file_type_unsupported" }),
    ]);
  });

  it("refuses an empty file, a missing purpose and a request that is not multipart", async () => {
    const account = await registerVerifiedAccount(t);
    const empty = expectProblem(
      await uploadDocument(t, account, "verification", "empty.pdf", Buffer.alloc(0)),
      400,
      "validation_failed",
    );
    expect(empty.errors?.[0]).toMatchObject({ field: "body.file", code: "file_empty" });
    const noPurpose = await t.app.inject({
      method: "POST",
      url: "/v1/documents",
      headers: { ...bearer(account.accessToken), "content-type": "multipart/form-data; boundary=x" },
      payload: "--x--\r\n",
    });
    expect(problemFields(expectProblem(noPurpose, 400, "validation_failed"))).toContain("query.for");
    const json = await t.app.inject({
      method: "POST",
      url: "/v1/documents?for=claim",
      headers: bearer(account.accessToken),
      payload: { file: "x" },
    });
    expect(json.statusCode).toBe(415);
  });

  it("answers an altered download link with 403", async () => {
    const account = await registerVerifiedAccount(t);
    const uploaded = await uploadDocument(t, account, "claim", "dkkd.pdf", sampleFiles.pdf());
    const url: string = uploaded.json().download.url;
    const other = await uploadDocument(t, account, "claim", "khac.pdf", sampleFiles.pdf());
    // The first file's signature on the second file's id.
    const swapped = url.replace(uploaded.json().id, other.json().id);
    expect((await download(t, swapped)).statusCode).toBe(403);
  });
});

describe("references to documents", () => {
  it("needs a document for a document claim, and only one of the claimant's own", async () => {
    const supplierId = await importedWithoutEmail(801);
    const claimant = await registerVerifiedAccount(t);
    const stranger = await registerVerifiedAccount(t);
    const strangersPaper = await uploadedDocument(t, stranger, "claim", "dkkd.pdf", sampleFiles.pdf());
    const missing = expectProblem(
      await claim(claimant, supplierId, { method: "document" }),
      400,
      "validation_failed",
    );
    expect(problemFields(missing)).toEqual(["body.documentId"]);
    const theirs = expectProblem(
      await claim(claimant, supplierId, { method: "document", documentId: strangersPaper }),
      400,
      "validation_failed",
    );
    expect(problemFields(theirs)).toEqual(["body.documentId"]);
    // The email proof cannot work without an address, and says what to do instead.
    const byEmail = expectProblem(
      await claim(claimant, supplierId, { method: "email_link" }),
      400,
      "validation_failed",
    );
    expect(problemFields(byEmail)).toEqual(["body.method"]);
    const claims = await t.app.inject({
      method: "GET",
      url: "/v1/claims",
      headers: bearer(claimant.accessToken),
    });
    expect(claims.json().claims).toEqual([]);
  });

  it("refuses a second document claim while the first waits", async () => {
    const supplierId = await importedWithoutEmail(802);
    const first = await registerVerifiedAccount(t);
    const second = await registerVerifiedAccount(t);
    const paper = await uploadedDocument(t, first, "claim", "dkkd.pdf", sampleFiles.pdf());
    expect((await claim(first, supplierId, { method: "document", documentId: paper })).statusCode).toBe(201);
    const secondPaper = await uploadedDocument(t, second, "claim", "dkkd.pdf", sampleFiles.pdf());
    expectProblem(
      await claim(second, supplierId, { method: "document", documentId: secondPaper }),
      409,
      "claim_pending",
    );
  });

  it("names the verification document and the certificate scan that are not the organisation's", async () => {
    const account = await verifiedSupplier(t);
    const profile = await publishProfile(t, account, mouldingSupplierBody("Nhựa Giấy Tờ Lạ"));
    const stranger = await verifiedSupplier(t);
    const own = await uploadedDocument(t, account, "verification", "dkkd.pdf", sampleFiles.pdf());
    const foreign = await uploadedDocument(t, stranger, "verification", "dkkd.pdf", sampleFiles.pdf());
    const asked = await t.app.inject({
      method: "POST",
      url: `/v1/suppliers/${profile.id}/verification-requests`,
      headers: bearer(account.accessToken),
      payload: { documentIds: [own, foreign] },
    });
    expect(problemFields(expectProblem(asked, 400, "validation_failed"))).toEqual(["body.documentIds.1"]);
    const patched = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${profile.id}`,
      headers: bearer(account.accessToken),
      payload: { certifications: [{ code: "iso-9001" }, { code: "iso-14001", documentId: foreign }] },
    });
    expect(problemFields(expectProblem(patched, 400, "validation_failed"))).toEqual([
      "body.certifications.1.documentId",
    ]);
  });

  it("answers another organisation with 404 on the verification request that carries the documents", async () => {
    const account = await verifiedSupplier(t);
    const profile = await publishProfile(t, account, mouldingSupplierBody("Nhựa Kín Đáo"));
    const paper = await uploadedDocument(t, account, "verification", "dkkd.pdf", sampleFiles.pdf());
    const asked = await t.app.inject({
      method: "POST",
      url: `/v1/suppliers/${profile.id}/verification-requests`,
      headers: bearer(account.accessToken),
      payload: { documentIds: [paper] },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const stranger = await verifiedSupplier(t);
    const peek = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${profile.id}/verification-requests`,
      headers: bearer(stranger.accessToken),
    });
    expectProblem(peek, 404, "not_found");
    // Another organisation's claims list never shows someone else's paper either.
    const theirs = await t.app.inject({
      method: "GET",
      url: "/v1/claims",
      headers: bearer(stranger.accessToken),
    });
    expect(JSON.stringify(theirs.json())).not.toContain(paper);
  });
});
