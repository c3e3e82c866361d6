import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  bearer,
  goodPassword,
  type RegisteredAccount,
  registerAccount,
  registerVerifiedAccount,
  tokenFromEmail,
  uniqueEmail,
} from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const invite = (owner: RegisteredAccount, email: string, role: "owner" | "member" = "member") =>
  t.app.inject({
    method: "POST",
    url: `/v1/organizations/${owner.organizationId}/invitations`,
    headers: bearer(owner.accessToken),
    payload: { email, role },
  });

async function membersOf(owner: RegisteredAccount) {
  const response = await t.app.inject({
    method: "GET",
    url: `/v1/organizations/${owner.organizationId}/members`,
    headers: bearer(owner.accessToken),
  });
  expect(response.statusCode).toBe(200);
  return response.json().items as {
    userId: string;
    email: string;
    name: string;
    role: string;
    emailVerified: boolean;
  }[];
}

describe("inviting a colleague", () => {
  it("emails a link whose page creates the colleague's verified account, who can then log in", async () => {
    const owner = await registerVerifiedAccount(t, { orgName: "Công ty CP Điện Tử Sóng Thần" });
    const email = uniqueEmail("colleague");
    const invited = await invite(owner, email);
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ email, role: "member" });

    const { token, link } = await tokenFromEmail(t, email, "/accept-invitation");
    expect(link.startsWith("http://ketnoi.test/vi/accept-invitation#token=")).toBe(true);
    // What the web's page shows before the person accepts: who invites them where, and that a new account is made.
    const preview = await t.app.inject({
      method: "POST",
      url: "/v1/invitations/preview",
      payload: { token },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      organizationName: "Công ty CP Điện Tử Sóng Thần",
      inviterName: "Nguyễn Văn An",
      email,
      role: "member",
      hasAccount: false,
    });

    const joined = await t.app.inject({
      method: "POST",
      url: "/v1/invitations/accept",
      payload: { token, name: "Võ Thị Mai", password: "mật khẩu của Mai 2026" },
    });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json()).toMatchObject({
      createdAccount: true,
      organization: { name: "Công ty CP Điện Tử Sóng Thần" },
    });

    const login = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email, password: "mật khẩu của Mai 2026" },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().organizationId).toBe(owner.organizationId);
    expect(await membersOf(owner)).toContainEqual(
      expect.objectContaining({ email, name: "Võ Thị Mai", role: "member", emailVerified: true }),
    );
  });

  it("adds an address that already has an account elsewhere, which can then act for either organisation", async () => {
    const owner = await registerVerifiedAccount(t, { orgName: "Công ty TNHH Nhựa Đồng Nai" });
    const supplier = await registerAccount(t, { orgName: "Xưởng Khuôn Mẫu Thủ Đức", roles: ["supplier"] });
    expect((await invite(owner, supplier.email)).statusCode).toBe(201);
    const { token } = await tokenFromEmail(t, supplier.email, "/accept-invitation");

    const accepted = await t.app.inject({
      method: "POST",
      url: "/v1/invitations/accept",
      payload: { token },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      createdAccount: false,
      user: { id: supplier.userId, email: supplier.email },
      organization: { id: owner.organizationId, name: "Công ty TNHH Nhựa Đồng Nai" },
      session: { organizationId: owner.organizationId },
    });

    const me = await t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(supplier.accessToken) });
    expect(me.statusCode).toBe(200);
    const memberships = me.json().memberships as { organization: { id: string }; role: string }[];
    expect(memberships.map((m) => [m.organization.id, m.role])).toEqual([
      [supplier.organizationId, "owner"],
      [owner.organizationId, "member"],
    ]);

    // Without a choice, a login acts for the organisation joined first; with one, for the one asked for.
    const login = (organizationId?: string) =>
      t.app.inject({
        method: "POST",
        url: "/v1/auth/login",
        payload: { email: supplier.email, password: supplier.password, organizationId },
      });
    expect((await login()).json().organizationId).toBe(supplier.organizationId);
    const second = await login(owner.organizationId);
    expect(second.statusCode).toBe(200);
    expect(second.json().organizationId).toBe(owner.organizationId);
    const asMember = await t.app.inject({
      method: "GET",
      url: `/v1/organizations/${owner.organizationId}`,
      headers: bearer(second.json().accessToken),
    });
    expect(asMember.statusCode).toBe(200);
    expect(asMember.json().name).toBe("Công ty TNHH Nhựa Đồng Nai");
  });

  it("lists pending invitations, and a withdrawn invitation's link stops working", async () => {
    const owner = await registerVerifiedAccount(t);
    const kept = uniqueEmail("kept");
    const withdrawn = uniqueEmail("withdrawn");
    expect((await invite(owner, kept, "owner")).statusCode).toBe(201);
    const toWithdraw = await invite(owner, withdrawn);
    const { token } = await tokenFromEmail(t, withdrawn, "/accept-invitation");

    const listInvitations = () =>
      t.app.inject({
        method: "GET",
        url: `/v1/organizations/${owner.organizationId}/invitations`,
        headers: bearer(owner.accessToken),
      });
    const pending = await listInvitations();
    expect(pending.statusCode).toBe(200);
    expect(pending.json().items).toHaveLength(2);
    expect(pending.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: kept, role: "owner" }),
        expect.objectContaining({ email: withdrawn, role: "member" }),
      ]),
    );

    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/v1/organizations/${owner.organizationId}/invitations/${toWithdraw.json().id}`,
      headers: bearer(owner.accessToken),
    });
    expect(revoked.statusCode).toBe(204);
    expect((await listInvitations()).json().items.map((i: { email: string }) => i.email)).toEqual([kept]);
    const preview = await t.app.inject({
      method: "POST",
      url: "/v1/invitations/preview",
      payload: { token },
    });
    expectProblem(preview, 400, "invalid_token");
  });
});

describe("managing members", () => {
  it("makes a member an owner, who can then invite at once", async () => {
    const owner = await registerAccount(t);
    const member = await addMember(t, owner);
    const promoted = await t.app.inject({
      method: "PATCH",
      url: `/v1/organizations/${owner.organizationId}/members/${member.userId}`,
      headers: bearer(owner.accessToken),
      payload: { role: "owner" },
    });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ userId: member.userId, role: "owner" });
    expect(await membersOf(owner)).toContainEqual(
      expect.objectContaining({ userId: member.userId, role: "owner" }),
    );
    // The member's existing token now carries owner rights: roles are read per request, not from the token.
    const invitedByNewOwner = await invite(
      { ...owner, accessToken: member.accessToken },
      uniqueEmail("third"),
    );
    expect(invitedByNewOwner.statusCode).toBe(201);
  });

  it("lets a member leave the organisation", async () => {
    const owner = await registerAccount(t);
    const member = await addMember(t, owner);
    const left = await t.app.inject({
      method: "DELETE",
      url: `/v1/organizations/${owner.organizationId}/members/${member.userId}`,
      headers: bearer(member.accessToken),
    });
    expect(left.statusCode).toBe(204);
    expect((await membersOf(owner)).map((m) => m.userId)).toEqual([owner.userId]);
  });

  it("lets an owner remove a member", async () => {
    const owner = await registerAccount(t);
    const staying = await addMember(t, owner, { name: "Ở Lại" });
    const leaving = await addMember(t, owner, { name: "Ra Đi" });
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/v1/organizations/${owner.organizationId}/members/${leaving.userId}`,
      headers: bearer(owner.accessToken),
    });
    expect(removed.statusCode).toBe(204);
    expect((await membersOf(owner)).map((m) => m.userId).sort()).toEqual(
      [owner.userId, staying.userId].sort(),
    );
    const login = await t.app.inject({
      method: "POST",
      url: "/v1/auth/login",
      payload: { email: leaving.email, password: goodPassword },
    });
    expect(login.statusCode).toBe(401);
  });

  it("renames the organisation and changes what it does", async () => {
    const owner = await registerAccount(t, { orgName: "Tên Cũ", roles: ["buyer"] });
    const renamed = await t.app.inject({
      method: "PATCH",
      url: `/v1/organizations/${owner.organizationId}`,
      headers: bearer(owner.accessToken),
      payload: { name: "  Công ty CP Bao Bì Long An  ", roles: ["buyer", "supplier"] },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: "Công ty CP Bao Bì Long An", roles: ["buyer", "supplier"] });
    const read = await t.app.inject({
      method: "GET",
      url: `/v1/organizations/${owner.organizationId}`,
      headers: bearer(owner.accessToken),
    });
    expect(read.json()).toMatchObject({ id: owner.organizationId, name: "Công ty CP Bao Bì Long An" });
  });
});
