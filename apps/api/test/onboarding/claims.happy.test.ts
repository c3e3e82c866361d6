import { accountRepository, onboardingRepository, supplierRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, registerVerifiedAccount, tokenFromEmail, uniqueEmail } from "../helpers/accounts.js";
import { association, importDirectory } from "../helpers/onboarding.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const db = () => t.deps.database.db;

describe("claiming an imported profile", () => {
  it("finds it by tax code, emails a link to the profile's contact address, and gives it to the claimant", async () => {
    const hiephoi = await association(t);
    const contact = uniqueEmail("lan");
    await importDirectory(t, hiephoi, [
      { n: 101, legalName: "Công ty TNHH Bao Bì Minh Phát", email: contact },
    ]);
    const claimant = await registerVerifiedAccount(t, { orgName: "Minh Phát", roles: ["buyer"] });

    const found = await t.app.inject({
      method: "GET",
      url: `/v1/claims/candidates?q=${encodeURIComponent(` ${taxCode(101).slice(0, 4)} ${taxCode(101).slice(4)}`)}`,
      headers: bearer(claimant.accessToken),
    });
    expect(found.statusCode, found.body).toBe(200);
    const [candidate] = found.json().suppliers;
    expect(candidate).toMatchObject({
      legalName: "Công ty TNHH Bao Bì Minh Phát",
      importedBy: "Hiệp hội Bao bì Việt Nam",
    });
    // Masked: the owner of the mailbox recognises it, a visitor cannot harvest it.
    expect(candidate.contactEmail).toMatch(/^l\*+@e\*+\.vn$/);

    const byName = await t.app.inject({
      method: "GET",
      url: `/v1/claims/candidates?q=${encodeURIComponent("bao bì minh")}`,
      headers: bearer(claimant.accessToken),
    });
    expect(byName.json().suppliers.map((s: { id: string }) => s.id)).toEqual([candidate.id]);

    const claimed = await t.app.inject({
      method: "POST",
      url: `/v1/suppliers/${candidate.id}/claims`,
      headers: bearer(claimant.accessToken),
      payload: { method: "email_link" },
    });
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect(claimed.json()).toMatchObject({
      status: "pending",
      method: "email_link",
      sentTo: candidate.contactEmail,
    });
    expect(claimed.body).not.toContain(contact);

    const { token, link } = await tokenFromEmail(t, contact, "/claim/confirm");
    expect(link.startsWith("http://ketnoi.test/vi/claim/confirm#token=")).toBe(true);
    const stored = await onboardingRepository.findClaim(db(), claimed.json().id);
    expect(stored?.tokenHash).not.toContain(token);
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // Not yet: the link has not been used.
    expect((await supplierRepository.findSupplierById(db(), candidate.id))?.organizationId).toBeNull();

    const confirmed = await t.app.inject({
      method: "POST",
      url: "/v1/claims/confirm",
      headers: bearer(claimant.accessToken),
      payload: { token },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().status).toBe("approved");
    const profile = await supplierRepository.findSupplierById(db(), candidate.id);
    expect(profile?.organizationId).toBe(claimant.organizationId);
    // The association still maintains nothing it can overwrite: the supplier manages it now.
    const organization = await accountRepository.findOrganization(db(), claimant.organizationId);
    expect(organization?.roles).toEqual(["buyer", "supplier"]);

    const mine = await t.app.inject({
      method: "GET",
      url: "/v1/claims",
      headers: bearer(claimant.accessToken),
    });
    expect(mine.json().claims).toMatchObject([{ id: claimed.json().id, status: "approved" }]);
    // Gone from the candidates: it has an owner now.
    const again = await t.app.inject({
      method: "GET",
      url: `/v1/claims/candidates?q=${taxCode(101)}`,
      headers: bearer(claimant.accessToken),
    });
    expect(again.json().suppliers).toEqual([]);
  });

  it("sends claim invitations from an association's import only when asked, and the link makes the user's organisation the owner", async () => {
    const hiephoi = await association(t, "Hiệp hội Cơ khí Bình Dương");
    const quiet = uniqueEmail("quiet");
    const silent = await importDirectory(t, hiephoi, [{ n: 201, legalName: "Cơ khí Im Lặng", email: quiet }]);
    expect(silent.claimInvitationsSent).toBe(0);

    const first = uniqueEmail("hung");
    const second = uniqueEmail("mai");
    const report = await importDirectory(
      t,
      hiephoi,
      [
        { n: 202, legalName: "Cơ khí Hưng Thịnh", email: first },
        { n: 203, legalName: "Nhựa Mai Anh", email: second },
        { n: 204, legalName: "Không Có Email" },
      ],
      "?claimInvitations=true&invitationLanguage=en",
    );
    expect(report.claimInvitationsSent).toBe(2);
    const invitation = await t.smtp.waitFor(first);
    expect(invitation.subject).toBe("Cơ khí Hưng Thịnh is listed on Kết Nối: claim your profile");
    expect(invitation.text).toContain("Hiệp hội Cơ khí Bình Dương listed Cơ khí Hưng Thịnh");
    expect(t.smtp.messages.some((m) => m.to.includes(quiet))).toBe(false);

    const { token } = await tokenFromEmail(t, first, "/claim/confirm");
    const supplierAccount = await registerVerifiedAccount(t, { orgName: "Hưng Thịnh", roles: ["supplier"] });
    const confirmed = await t.app.inject({
      method: "POST",
      url: "/v1/claims/confirm",
      headers: bearer(supplierAccount.accessToken),
      payload: { token },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      method: "invitation",
      status: "approved",
      organizationId: supplierAccount.organizationId,
    });
    const profile = await supplierRepository.findSupplierByTaxCode(db(), taxCode(202));
    expect(profile?.organizationId).toBe(supplierAccount.organizationId);

    // A re-import sends a new invitation and the earlier link stops working.
    const { token: oldToken } = await tokenFromEmail(t, second, "/claim/confirm");
    await importDirectory(
      t,
      hiephoi,
      [{ n: 203, legalName: "Nhựa Mai Anh", email: second }],
      "?claimInvitations=true",
    );
    const { token: newToken } = await tokenFromEmail(t, second, "/claim/confirm", { newerThan: oldToken });
    expect(newToken).not.toBe(oldToken);
    const other = await registerVerifiedAccount(t, { orgName: "Mai Anh", roles: ["supplier"] });
    const stale = await t.app.inject({
      method: "POST",
      url: "/v1/claims/confirm",
      headers: bearer(other.accessToken),
      payload: { token: oldToken },
    });
    expect(stale.statusCode).toBe(409);
    expect((await supplierRepository.findSupplierByTaxCode(db(), taxCode(203)))?.organizationId).toBeNull();
  });
});
