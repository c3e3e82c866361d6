import { notificationLedger, supplierRepository } from "@ketnoi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type RegisteredAccount, registerVerifiedAccount } from "../helpers/accounts.js";
import { mouldingSupplierBody } from "../helpers/marketplace.js";
import { platformAdmin } from "../helpers/onboarding.js";
import { expectProblem } from "../helpers/problems.js";
import { createRequest, requestBody } from "../helpers/requests.js";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let admin: RegisteredAccount;
beforeAll(async () => {
  t = await createTestApp();
  admin = await platformAdmin(t);
});
afterAll(async () => {
  await t.close();
});

async function supplierWithProfile(name: string) {
  const account = await verifiedSupplier(t);
  const profile = await publishProfile(t, account, mouldingSupplierBody(name));
  return { account, profileId: profile.id as string };
}

const askVerification = (account: RegisteredAccount, profileId: string, note = "Giấy ĐKKD số 0312345678") =>
  t.app.inject({
    method: "POST",
    url: `/v1/suppliers/${profileId}/verification-requests`,
    headers: bearer(account.accessToken),
    payload: { note },
  });

const decide = (id: string, decision: "approve" | "reject", reason: string) =>
  t.app.inject({
    method: "POST",
    url: `/v1/admin/verification-requests/${id}/decision`,
    headers: bearer(admin.accessToken),
    payload: { decision, reason },
  });

const auditLog = async (subjectId: string) => {
  const response = await t.app.inject({
    method: "GET",
    url: `/v1/admin/audit-log?subjectId=${subjectId}`,
    headers: bearer(admin.accessToken),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().entries;
};

describe("verification", () => {
  it("a supplier asks, an admin approves with a reason, the supplier is emailed and the audit log says who and why", async () => {
    const { account, profileId } = await supplierWithProfile("Nhựa Tân Phú");
    const asked = await askVerification(account, profileId);
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ status: "pending", note: "Giấy ĐKKD số 0312345678" });
    expectProblem(await askVerification(account, profileId), 409, "verification_pending");

    const queue = await t.app.inject({
      method: "GET",
      url: "/v1/admin/verification-requests",
      headers: bearer(admin.accessToken),
    });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().requests).toContainEqual(
      expect.objectContaining({
        id: asked.json().id,
        legalName: "Nhựa Tân Phú",
        requestedByEmail: account.email,
      }),
    );

    const approved = await decide(asked.json().id, "approve", "Giấy phép khớp mã số thuế, đã gọi xác nhận");
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: "approved",
      decisionReason: "Giấy phép khớp mã số thuế, đã gọi xác nhận",
    });
    const profile = await supplierRepository.findSupplierById(t.deps.database.db, profileId);
    expect(profile).toMatchObject({ verificationStatus: "verified", verifiedByUserId: admin.userId });

    const email = await t.smtp.waitFor(account.email, { predicate: (m) => m.subject.includes("xác minh") });
    expect(email.subject).toBe("Nhựa Tân Phú đã được xác minh trên Kết Nối");
    expect(email.text).toContain("Giấy phép khớp mã số thuế, đã gọi xác nhận");

    const state = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${profileId}/verification-requests`,
      headers: bearer(account.accessToken),
    });
    expect(state.json()).toMatchObject({
      verificationStatus: "verified",
      requests: [{ status: "approved" }],
    });
    expect(await auditLog(profileId)).toMatchObject([
      {
        action: "verification.approve",
        actorUserId: admin.userId,
        actorEmail: admin.email,
        reason: "Giấy phép khớp mã số thuế, đã gọi xác nhận",
      },
    ]);
    expectProblem(await decide(asked.json().id, "reject", "Đổi ý"), 409, "conflict");
    expectProblem(await askVerification(account, profileId), 409, "conflict");
  });

  it("a rejection is emailed with its reason, and the supplier may ask again", async () => {
    const { account, profileId } = await supplierWithProfile("Cơ khí Đông Á");
    const asked = await askVerification(account, profileId);
    const rejected = await decide(asked.json().id, "reject", "Ảnh giấy phép bị mờ, không đọc được");
    expect(rejected.statusCode, rejected.body).toBe(200);
    const email = await t.smtp.waitFor(account.email, { predicate: (m) => m.subject.includes("xác minh") });
    expect(email.subject).toBe("Yêu cầu xác minh Cơ khí Đông Á chưa được chấp nhận");
    expect(email.text).toContain("Ảnh giấy phép bị mờ, không đọc được");
    expect(
      (await supplierRepository.findSupplierById(t.deps.database.db, profileId))?.verificationStatus,
    ).toBe("unverified");
    expect((await askVerification(account, profileId)).statusCode).toBe(201);
  });

  it("is only for the profile's own organisation, and a decision needs a reason", async () => {
    const { account, profileId } = await supplierWithProfile("Nhựa Riêng Tư");
    const stranger = await registerVerifiedAccount(t);
    expectProblem(await askVerification(stranger, profileId), 404, "not_found");
    const peek = await t.app.inject({
      method: "GET",
      url: `/v1/suppliers/${profileId}/verification-requests`,
      headers: bearer(stranger.accessToken),
    });
    expectProblem(peek, 404, "not_found");
    const asked = await askVerification(account, profileId);
    const noReason = expectProblem(await decide(asked.json().id, "approve", " "), 400, "validation_failed");
    expect(noReason.errors?.map((e) => e.field)).toEqual(["body.reason"]);
  });
});

describe("moderation", () => {
  it("pauses a supplier with a reason its owner cannot undo, and lifts it", async () => {
    const { account, profileId } = await supplierWithProfile("Nhựa Bị Tạm Dừng");
    const paused = await t.app.inject({
      method: "POST",
      url: `/v1/admin/suppliers/${profileId}/moderation`,
      headers: bearer(admin.accessToken),
      payload: { action: "pause", reason: "Báo cáo lừa đảo từ hai người mua" },
    });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json()).toMatchObject({
      status: "paused",
      moderationReason: "Báo cáo lừa đảo từ hai người mua",
    });
    const publicView = await t.app.inject({ method: "GET", url: `/v1/suppliers/${profileId}` });
    expect(publicView.statusCode).toBe(404);

    const resume = await t.app.inject({
      method: "PATCH",
      url: `/v1/suppliers/${profileId}`,
      headers: bearer(account.accessToken),
      payload: { status: "active" },
    });
    expect(expectProblem(resume, 403, "forbidden").errors?.map((e) => e.field)).toEqual(["body.status"]);

    const lifted = await t.app.inject({
      method: "POST",
      url: `/v1/admin/suppliers/${profileId}/moderation`,
      headers: bearer(admin.accessToken),
      payload: { action: "resume", reason: "Đã xác minh, báo cáo sai" },
    });
    expect(lifted.json()).toMatchObject({ status: "active", moderationReason: null });
    const entries = await auditLog(profileId);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(["supplier.resume", "supplier.pause"]);
    expect(entries[1]).toMatchObject({
      reason: "Báo cáo lừa đảo từ hai người mua",
      actorName: "Nguyễn Văn An",
    });
  });

  it("hides a request from suppliers while its buyer still sees it", async () => {
    const buyer = await registerVerifiedAccount(t);
    const request = await createRequest(t, buyer, requestBody({ publish: true }));
    const { account: supplier } = await supplierWithProfile("Nhựa Xem Yêu Cầu");
    const seen = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${request.id}`,
      headers: bearer(supplier.accessToken),
    });
    expect(seen.statusCode, seen.body).toBe(200);

    const hidden = await t.app.inject({
      method: "POST",
      url: `/v1/admin/requests/${request.id}/moderation`,
      headers: bearer(admin.accessToken),
      payload: { action: "hide", reason: "Yêu cầu quảng cáo, không phải mua hàng" },
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json().hiddenReason).toBe("Yêu cầu quảng cáo, không phải mua hàng");
    const gone = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${request.id}`,
      headers: bearer(supplier.accessToken),
    });
    expect(gone.statusCode).toBe(404);
    const own = await t.app.inject({
      method: "GET",
      url: `/v1/requests/${request.id}`,
      headers: bearer(buyer.accessToken),
    });
    expect(own.statusCode).toBe(200);
    expect(await auditLog(request.id)).toMatchObject([{ action: "request.hide", subjectType: "request" }]);
  });

  it("counts immediate notification deliveries of the last days by kind and status", async () => {
    const person = await registerVerifiedAccount(t);
    await t.deps.database.db.transaction(async (tx) => {
      for (const [n, status] of [
        [1, "sent"],
        [2, "sent"],
        [3, "failed"],
      ] as const) {
        const row = await notificationLedger.ensureNotificationDelivery(tx, {
          dedupeKey: `admin-figures-${n}-${person.userId}`,
          userId: person.userId,
          kind: "quote_received",
          subjectId: person.organizationId,
        });
        if (status === "sent") {
          await notificationLedger.markNotificationSent(tx, row.id, {
            messageId: `<m${n}@test>`,
            at: new Date(),
          });
        } else {
          await notificationLedger.recordNotificationFailure(tx, row.id, {
            error: "550 mailbox unavailable",
            permanent: true,
            maxAttempts: 5,
          });
        }
      }
    });
    const figures = await t.app.inject({
      method: "GET",
      url: "/v1/admin/notifications?days=7",
      headers: bearer(admin.accessToken),
    });
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json().counts).toEqual(
      expect.arrayContaining([
        { kind: "quote_received", status: "sent", count: 2 },
        { kind: "quote_received", status: "failed", count: 1 },
      ]),
    );
  });

  it("looks up organisations and people", async () => {
    const someone = await registerVerifiedAccount(t, { orgName: "Công ty Tra Cứu Độc Nhất" });
    const orgs = await t.app.inject({
      method: "GET",
      url: `/v1/admin/organizations?q=${encodeURIComponent("Tra Cứu Độc")}`,
      headers: bearer(admin.accessToken),
    });
    expect(orgs.json().organizations).toMatchObject([{ id: someone.organizationId, members: 1 }]);
    const people = await t.app.inject({
      method: "GET",
      url: `/v1/admin/users?q=${encodeURIComponent(someone.email)}`,
      headers: bearer(admin.accessToken),
    });
    expect(people.json().users).toMatchObject([
      {
        email: someone.email,
        emailVerified: true,
        organizations: [{ organizationName: "Công ty Tra Cứu Độc Nhất", role: "owner" }],
      },
    ]);
  });
});
