// Company papers behind claims, verification requests and certificates: uploaded once, referred to by id, opened
// by the admins who decide and by the organisation that sent them.
import { accountRepository, supplierRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerVerifiedAccount } from "../helpers/accounts.js";
import { sampleFiles } from "../helpers/attachments.js";
import { download, uploadDocument, uploadedDocument } from "../helpers/documents.js";
import { mouldingSupplierBody } from "../helpers/marketplace.js";
import { association, importDirectory, platformAdmin } from "../helpers/onboarding.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let hiephoi: RegisteredAccount;
let admin: RegisteredAccount;
beforeAll(async () => {
  t = await createTestApp();
  hiephoi = await association(t);
  admin = await platformAdmin(t);
  // The admin corrects profiles below, which needs a confirmed address like any edit.
  await t.deps.database.db.transaction((tx) =>
    accountRepository.markEmailVerified(tx, admin.userId, new Date()),
  );
});
afterAll(async () => {
  await t.close();
});

async function importedWithoutEmail(n: number, legalName: string): Promise<string> {
  await importDirectory(t, hiephoi, [{ n, legalName }]);
  const supplier = await supplierRepository.findSupplierByTaxCode(t.deps.database.db, taxCode(n));
  if (!supplier) throw new Error("not imported");
  return supplier.id;
}

const claimWithDocument = (account: RegisteredAccount, supplierId: string, documentId: string) =>
  t.app.inject({
    method: "POST",
    url: `/v1/suppliers/${supplierId}/claims`,
    headers: bearer(account.accessToken),
    payload: { method: "document", documentId, note: "Tôi là giám đốc, số điện thoại 0903 123 456" },
  });

const decideClaim = (claimId: string, decision: "approve" | "reject", reason: string) =>
  t.app.inject({
    method: "POST",
    url: `/v1/admin/claims/${claimId}/decision`,
    headers: bearer(admin.accessToken),
    payload: { decision, reason },
  });

async function pendingClaimsForAdmin() {
  const listed = await t.app.inject({
    method: "GET",
    url: "/v1/admin/claims?status=pending",
    headers: bearer(admin.accessToken),
  });
  expect(listed.statusCode, listed.body).toBe(200);
  return listed.json().claims as {
    id: string;
    method: string;
    document: { id: string; fileName: string; download: { url: string } } | null;
  }[];
}

describe("a claim proven by the business registration certificate", () => {
  it("waits in the admins' queue with its certificate, and approving it gives the profile and emails the claimant", async () => {
    const supplierId = await importedWithoutEmail(701, "Công ty TNHH Bao Bì Phú Mỹ");
    const claimant = await registerVerifiedAccount(t, { orgName: "Bao Bì Phú Mỹ" });
    const certificate = sampleFiles.pdf();
    const uploaded = await uploadDocument(t, claimant, "claim", "Giấy ĐKKD Phú Mỹ.pdf", certificate);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({
      purpose: "claim",
      fileName: "Giấy ĐKKD Phú Mỹ.pdf",
      kind: "pdf",
    });

    const claimed = await claimWithDocument(claimant, supplierId, uploaded.json().id);
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect(claimed.json()).toMatchObject({
      method: "document",
      status: "pending",
      sentTo: null,
      document: { id: uploaded.json().id, fileName: "Giấy ĐKKD Phú Mỹ.pdf" },
    });
    // Nothing changes hands before an admin looks.
    expect(
      (await supplierRepository.findSupplierById(t.deps.database.db, supplierId))?.organizationId,
    ).toBeNull();

    const queued = (await pendingClaimsForAdmin()).find((c) => c.id === claimed.json().id);
    expect(queued?.document?.fileName).toBe("Giấy ĐKKD Phú Mỹ.pdf");
    const opened = await download(t, queued?.document?.download.url ?? "");
    expect(opened.statusCode).toBe(200);
    expect(opened.headers["content-type"]).toBe("application/pdf");
    expect(opened.rawPayload.equals(certificate)).toBe(true);

    const approved = await decideClaim(claimed.json().id, "approve", "Giấy phép khớp mã số thuế");
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe("approved");
    expect((await supplierRepository.findSupplierById(t.deps.database.db, supplierId))?.organizationId).toBe(
      claimant.organizationId,
    );
    const email = await t.smtp.waitFor(claimant.email, { predicate: (m) => m.subject.includes("Phú Mỹ") });
    expect(email.subject).toBe("Bạn đã quản lý hồ sơ Công ty TNHH Bao Bì Phú Mỹ trên Kết Nối");
    expect(email.text).toContain("Giấy phép khớp mã số thuế");
    expect(email.text).toContain(`/supplier/${supplierId}/profile`);
  });

  it("refused, it leaves the profile unowned and emails the reason in the claimant's language", async () => {
    const supplierId = await importedWithoutEmail(702, "Công ty CP In Ấn Tân Phú");
    const claimant = await registerVerifiedAccount(t, { orgName: "In Tân Phú", language: "en" });
    const documentId = await uploadedDocument(t, claimant, "claim", "dkkd.png", sampleFiles.png());
    const claimed = await claimWithDocument(claimant, supplierId, documentId);
    expect(claimed.statusCode, claimed.body).toBe(201);
    const refused = await decideClaim(claimed.json().id, "reject", "The scan is unreadable");
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ status: "rejected", decisionReason: "The scan is unreadable" });
    expect(
      (await supplierRepository.findSupplierById(t.deps.database.db, supplierId))?.organizationId,
    ).toBeNull();
    const email = await t.smtp.waitFor(claimant.email, { predicate: (m) => m.subject.includes("Tân Phú") });
    expect(email.subject).toBe("Your claim on Công ty CP In Ấn Tân Phú's profile was not accepted");
    expect(email.text).toContain("The scan is unreadable");
    expect(email.text).toContain("/claim");
    // The claimant's own list shows the outcome and still opens its certificate.
    const own = await t.app.inject({
      method: "GET",
      url: "/v1/claims",
      headers: bearer(claimant.accessToken),
    });
    const mine = own.json().claims.find((c: { id: string }) => c.id === claimed.json().id);
    expect(mine).toMatchObject({ status: "rejected", document: { id: documentId } });
    expect((await download(t, mine.document.download.url)).statusCode).toBe(200);
  });

  it("answers a retried upload of the same file with the first document", async () => {
    const claimant = await registerVerifiedAccount(t);
    const bytes = sampleFiles.pdf();
    const first = await uploadDocument(t, claimant, "claim", "dkkd.pdf", bytes);
    const again = await uploadDocument(t, claimant, "claim", "dkkd.pdf", bytes);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
  });
});

describe("a verification request with documents", () => {
  it("carries its documents to the admins' queue, where each opens", async () => {
    const account = await verifiedSupplier(t);
    const profile = await publishProfile(t, account, mouldingSupplierBody("Nhựa Kỹ Thuật Bình An"));
    const registration = sampleFiles.pdf();
    const ids = [
      await uploadedDocument(t, account, "verification", "Giấy ĐKKD.pdf", registration),
      await uploadedDocument(t, account, "verification", "ISO 9001.png", sampleFiles.png()),
    ];
    const asked = await t.app.inject({
      method: "POST",
      url: `/v1/suppliers/${profile.id}/verification-requests`,
      headers: bearer(account.accessToken),
      payload: { note: "Giấy ĐKKD và chứng chỉ ISO", documentIds: ids },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json().documents.map((d: { fileName: string }) => d.fileName)).toEqual([
      "Giấy ĐKKD.pdf",
      "ISO 9001.png",
    ]);

    const queue = await t.app.inject({
      method: "GET",
      url: "/v1/admin/verification-requests",
      headers: bearer(admin.accessToken),
    });
    const waiting = queue.json().requests.find((r: { id: string }) => r.id === asked.json().id);
    expect(waiting.documents).toHaveLength(2);
    const opened = await download(t, waiting.documents[0].download.url);
    expect(opened.statusCode).toBe(200);
    expect(opened.rawPayload.equals(registration)).toBe(true);
    expect(opened.headers["content-disposition"]).toContain("attachment");
  });
});

describe("a certificate's scan on the profile", () => {
  it("says 'on file' to everyone and gives the scan only to the supplier's organisation and admins", async () => {
    const account = await verifiedSupplier(t);
    const profile = await publishProfile(t, account, mouldingSupplierBody("Cơ Khí Chính Xác Hòa Bình"));
    const scan = sampleFiles.pdf();
    const documentId = await uploadedDocument(t, account, "certificate", "ISO 9001 2026.pdf", scan);
    const updated = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${profile.id}`,
      headers: bearer(account.accessToken),
      payload: {
        certifications: [
          { code: "iso-9001", expiresOn: "2028-06-30", certificateNumber: "VN-9001-77", documentId },
          { code: "iso-14001" },
        ],
      },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().certifications.map((c: { onFile: boolean }) => c.onFile)).toEqual([true, false]);

    const read = (token?: string) =>
      t.app.inject({
        method: "GET",
        url: `/v1/suppliers/${profile.id}`,
        headers: token ? bearer(token) : {},
      });
    const own = (await read(account.accessToken)).json().certifications[0];
    expect(own.file.id).toBe(documentId);
    expect((await download(t, own.file.download.url)).rawPayload.equals(scan)).toBe(true);
    const asAdmin = (await read(admin.accessToken)).json().certifications[0];
    expect(asAdmin.file.id).toBe(documentId);

    const buyer = await registerVerifiedAccount(t);
    for (const token of [undefined, buyer.accessToken]) {
      const seen = (await read(token)).json().certifications[0];
      expect(seen).toMatchObject({ code: "iso-9001", onFile: true, file: null });
    }

    // Saving the profile again with the same scan keeps it; an admin's correction keeps it too.
    const byAdmin = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${profile.id}`,
      headers: bearer(admin.accessToken),
      payload: { certifications: [{ code: "iso-9001", expiresOn: "2028-07-31", documentId }] },
    });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect(byAdmin.json().certifications[0]).toMatchObject({ onFile: true, expiresOn: "2028-07-31" });
  });
});
