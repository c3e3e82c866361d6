import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  bearer,
  goodPassword,
  type InvitedMember,
  type RegisteredAccount,
  registerAccount,
  registerVerifiedAccount,
  tokenFromEmail,
  uniqueEmail,
} from "../helpers/accounts.js";
import { expectProblem, problemFields } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const day = 86_400_000;

const as = (token: string, options: InjectOptions) =>
  t.app.inject({ ...options, headers: { ...options.headers, ...bearer(token) } });

const invite = (token: string, organizationId: string, email: string) =>
  as(token, { method: "POST", url: `/v1/organizations/${organizationId}/invitations`, payload: { email } });

const accept = (payload: Record<string, string>) =>
  t.app.inject({ method: "POST", url: "/v1/invitations/accept", payload });

/** What B's owner sees of their organisation: used to show an outsider changed nothing. */
async function snapshotOf(owner: RegisteredAccount) {
  const read = (url: string) => as(owner.accessToken, { method: "GET", url });
  const base = `/v1/organizations/${owner.organizationId}`;
  const [organization, members, invitations] = await Promise.all([
    read(base),
    read(`${base}/members`),
    read(`${base}/invitations`),
  ]);
  return { organization: organization.json(), members: members.json(), invitations: invitations.json() };
}

describe("another organisation", () => {
  let ownerB: RegisteredAccount;
  let memberB: InvitedMember;
  let pendingInvitationB: string;
  beforeAll(async () => {
    ownerB = await registerAccount(t, { orgName: "Công ty B" });
    memberB = await addMember(t, ownerB);
    const invited = await invite(ownerB.accessToken, ownerB.organizationId, uniqueEmail("pending"));
    pendingInvitationB = invited.json().id;
  });

  const attacks = () => {
    const b = `/v1/organizations/${ownerB.organizationId}`;
    return [
      { method: "GET", url: b },
      { method: "PATCH", url: b, payload: { name: "Bị chiếm" } },
      { method: "GET", url: `${b}/members` },
      { method: "PATCH", url: `${b}/members/${memberB.userId}`, payload: { role: "owner" } },
      { method: "DELETE", url: `${b}/members/${memberB.userId}` },
      { method: "DELETE", url: `${b}/members/${ownerB.userId}` },
      { method: "GET", url: `${b}/invitations` },
      { method: "POST", url: `${b}/invitations`, payload: { email: uniqueEmail("intruder"), role: "owner" } },
      { method: "DELETE", url: `${b}/invitations/${pendingInvitationB}` },
    ] satisfies InjectOptions[];
  };

  it.each([
    ["an owner", false],
    ["a plain member", true],
  ])(
    "answers %s of organisation A with 404 on everything of B, and B is unchanged",
    async (_label, plain) => {
      const ownerA = await registerAccount(t, { orgName: "Công ty A" });
      const callerA = plain ? await addMember(t, ownerA) : ownerA;
      const before = await snapshotOf(ownerB);

      for (const attack of attacks()) {
        const response = await as(callerA.accessToken, attack);
        const problem = expectProblem(response, 404, "not_found");
        expect(problem.detail, `${attack.method} ${attack.url}`).toBe("Organisation not found");
      }

      expect(await snapshotOf(ownerB)).toEqual(before);
      expect(before.members.items).toHaveLength(2);
      expect(before.invitations.items).toHaveLength(1);
    },
  );
});

describe("members who are not owners", () => {
  it("cannot invite, remove others, change roles or rename, and nothing changes", async () => {
    const owner = await registerAccount(t, { orgName: "Công ty TNHH Gốc" });
    const member = await addMember(t, owner);
    const colleague = await addMember(t, owner);
    const base = `/v1/organizations/${owner.organizationId}`;
    const before = await snapshotOf(owner);

    const attempts: InjectOptions[] = [
      { method: "POST", url: `${base}/invitations`, payload: { email: uniqueEmail("friend") } },
      { method: "DELETE", url: `${base}/members/${colleague.userId}` },
      { method: "DELETE", url: `${base}/members/${owner.userId}` },
      { method: "PATCH", url: `${base}/members/${member.userId}`, payload: { role: "owner" } },
      { method: "PATCH", url: base, payload: { name: "Đổi tên trộm" } },
      { method: "DELETE", url: `${base}/invitations/01900000-0000-7000-8000-000000000000` },
    ];
    for (const attempt of attempts) {
      const problem = expectProblem(await as(member.accessToken, attempt), 403, "forbidden");
      expect(problem.instance, `${attempt.method} ${attempt.url}`).toBe(attempt.url);
    }
    expect(await snapshotOf(owner)).toEqual(before);
  });
});

describe("the last owner", () => {
  it("can be neither removed nor demoted until another member is an owner", async () => {
    const owner = await registerAccount(t);
    const member = await addMember(t, owner);
    const self = `/v1/organizations/${owner.organizationId}/members/${owner.userId}`;
    const demote = () => as(owner.accessToken, { method: "PATCH", url: self, payload: { role: "member" } });

    expectProblem(await as(owner.accessToken, { method: "DELETE", url: self }), 409, "last_owner");
    expectProblem(await demote(), 409, "last_owner");

    // With a second owner, the same request is fine: the rule is about the last one.
    const promoted = await as(owner.accessToken, {
      method: "PATCH",
      url: `/v1/organizations/${owner.organizationId}/members/${member.userId}`,
      payload: { role: "owner" },
    });
    expect(promoted.statusCode).toBe(200);
    expect((await demote()).statusCode).toBe(200);
    // The former owner is now a plain member, and the new owner is the last one.
    expectProblem(
      await as(member.accessToken, {
        method: "DELETE",
        url: `/v1/organizations/${owner.organizationId}/members/${member.userId}`,
      }),
      409,
      "last_owner",
    );
  });
});

describe("invitations", () => {
  it("refuses to invite someone who is already a member", async () => {
    const owner = await registerAccount(t);
    const member = await addMember(t, owner);
    for (const email of [member.email, owner.email.toUpperCase()]) {
      const problem = expectProblem(
        await invite(owner.accessToken, owner.organizationId, email),
        409,
        "already_member",
      );
      expect(problemFields(problem)).toEqual(["body.email"]);
    }
  });

  it("works once: accepting again is invalid_token", async () => {
    const owner = await registerVerifiedAccount(t);
    const email = uniqueEmail("twice");
    expect((await invite(owner.accessToken, owner.organizationId, email)).statusCode).toBe(201);
    const { token } = await tokenFromEmail(t, email, "/accept-invitation");
    expect((await accept({ token, name: "Hai Lần", password: goodPassword })).statusCode).toBe(200);

    const again = expectProblem(
      await accept({ token, name: "Hai Lần", password: goodPassword }),
      400,
      "invalid_token",
    );
    expect(problemFields(again)).toEqual(["body.token"]);
  });

  it("asks a new address for a password and keeps the invitation usable meanwhile", async () => {
    const owner = await registerVerifiedAccount(t);
    const email = uniqueEmail("newcomer");
    expect((await invite(owner.accessToken, owner.organizationId, email)).statusCode).toBe(201);
    const { token } = await tokenFromEmail(t, email, "/accept-invitation");

    const missing = expectProblem(await accept({ token, name: "Người Mới" }), 400, "validation_failed");
    expect(problemFields(missing)).toEqual(["body.password"]);
    for (const [password, code] of [
      ["Password1234", "password_common"],
      ["1234512345", "password_pattern"],
      // The inviting organisation is "Công ty TNHH Bao Bì Sài Gòn".
      ["Bao Bi Sai Gon 2026", "password_personal"],
    ] as const) {
      const weak = expectProblem(
        await accept({ token, name: "Người Mới", password }),
        400,
        "validation_failed",
      );
      expect(weak.errors, password).toEqual([expect.objectContaining({ field: "body.password", code })]);
    }
    const preview = await t.app.inject({
      method: "POST",
      url: "/v1/invitations/preview",
      payload: { token },
    });
    expect(preview.statusCode).toBe(200);

    const accepted = await accept({ token, name: "Người Mới", password: goodPassword });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().createdAccount).toBe(true);
  });

  // Moves the app's clock a week ahead; everything after it in this file lives in that future.
  it("expires after 7 days: the link, the API and the pending list all drop it", async () => {
    const owner = await registerVerifiedAccount(t);
    const email = uniqueEmail("late");
    expect((await invite(owner.accessToken, owner.organizationId, email)).statusCode).toBe(201);
    const { token } = await tokenFromEmail(t, email, "/accept-invitation");
    t.advanceClock(8 * day);

    expectProblem(await accept({ token, name: "Đến Muộn", password: goodPassword }), 400, "invalid_token");
    const preview = await t.app.inject({
      method: "POST",
      url: "/v1/invitations/preview",
      payload: { token },
    });
    expectProblem(preview, 400, "invalid_token");
    const pending = await as(owner.accessToken, {
      method: "GET",
      url: `/v1/organizations/${owner.organizationId}/invitations`,
    });
    expect(pending.json().items).toEqual([]);
  });
});

describe("authentication on every route", () => {
  // Ids of a real organisation, member and invitation, so a request fails for want of a token and nothing else.
  let owner: RegisteredAccount;
  let invitationId: string;
  beforeAll(async () => {
    owner = await registerVerifiedAccount(t);
    invitationId = (await invite(owner.accessToken, owner.organizationId, uniqueEmail("matrix"))).json().id;
  });

  /** The admin console's routes: 401 without a token, 403 for anyone but platform admins. */
  const adminRoutes = (): (InjectOptions & { route: string; url: string })[] => [
    { route: "GET /v1/admin/verification-requests", method: "GET", url: "/v1/admin/verification-requests" },
    {
      route: "POST /v1/admin/verification-requests/{id}/decision",
      method: "POST",
      url: `/v1/admin/verification-requests/${invitationId}/decision`,
      payload: { decision: "approve", reason: "Đã kiểm tra" },
    },
    { route: "GET /v1/admin/claims", method: "GET", url: "/v1/admin/claims" },
    {
      route: "POST /v1/admin/claims/{id}/decision",
      method: "POST",
      url: `/v1/admin/claims/${invitationId}/decision`,
      payload: { decision: "approve", reason: "Đã kiểm tra" },
    },
    {
      route: "POST /v1/admin/suppliers/{id}/moderation",
      method: "POST",
      url: `/v1/admin/suppliers/${invitationId}/moderation`,
      payload: { action: "pause", reason: "Vi phạm" },
    },
    {
      route: "POST /v1/admin/requests/{id}/moderation",
      method: "POST",
      url: `/v1/admin/requests/${invitationId}/moderation`,
      payload: { action: "hide", reason: "Vi phạm" },
    },
    { route: "GET /v1/admin/audit-log", method: "GET", url: "/v1/admin/audit-log" },
    { route: "GET /v1/admin/notifications", method: "GET", url: "/v1/admin/notifications" },
    {
      route: "GET /v1/admin/organizations",
      method: "GET",
      url: "/v1/admin/organizations",
      query: { q: "cong" },
    },
    { route: "GET /v1/admin/users", method: "GET", url: "/v1/admin/users", query: { q: "nguyen" } },
  ];

  it("answers 403 to every admin console route for an owner who is not a platform admin", async () => {
    const before = await snapshotOf(owner);
    for (const { route, ...request } of adminRoutes()) {
      const response = await t.app.inject({ ...request, headers: bearer(owner.accessToken) });
      expect(response.statusCode, `${route}: ${response.body}`).toBe(403);
    }
    expect(await snapshotOf(owner)).toEqual(before);
  });

  const authenticatedRoutes = (): (InjectOptions & { route: string; url: string })[] => {
    const org = `/v1/organizations/${owner.organizationId}`;
    return [
      { route: "GET /v1/me", method: "GET", url: "/v1/me" },
      { route: "PATCH /v1/me", method: "PATCH", url: "/v1/me", payload: { name: "Không Ai" } },
      { route: "DELETE /v1/me", method: "DELETE", url: "/v1/me" },
      { route: "GET /v1/me/export", method: "GET", url: "/v1/me/export" },
      { route: "POST /v1/auth/verify-email/resend", method: "POST", url: "/v1/auth/verify-email/resend" },
      { route: "GET /v1/organizations/{organizationId}", method: "GET", url: org },
      {
        route: "PATCH /v1/organizations/{organizationId}",
        method: "PATCH",
        url: org,
        payload: { name: "Không Ai" },
      },
      { route: "GET /v1/organizations/{organizationId}/members", method: "GET", url: `${org}/members` },
      {
        route: "PATCH /v1/organizations/{organizationId}/members/{userId}",
        method: "PATCH",
        url: `${org}/members/${owner.userId}`,
        payload: { role: "member" },
      },
      {
        route: "DELETE /v1/organizations/{organizationId}/members/{userId}",
        method: "DELETE",
        url: `${org}/members/${owner.userId}`,
      },
      {
        route: "GET /v1/organizations/{organizationId}/invitations",
        method: "GET",
        url: `${org}/invitations`,
      },
      {
        route: "POST /v1/organizations/{organizationId}/invitations",
        method: "POST",
        url: `${org}/invitations`,
        payload: { email: uniqueEmail("nobody") },
      },
      {
        route: "DELETE /v1/organizations/{organizationId}/invitations/{invitationId}",
        method: "DELETE",
        url: `${org}/invitations/${invitationId}`,
      },
      {
        route: "POST /v1/suppliers",
        method: "POST",
        url: "/v1/suppliers",
        payload: {
          legalName: "Không Ai",
          taxCode: "0312687878",
          categories: ["packaging"],
          location: { zoneId: "kcn-vsip-1" },
        },
      },
      {
        route: "POST /v1/suppliers/import",
        method: "POST",
        url: "/v1/suppliers/import",
        headers: { "content-type": "text/csv" },
        payload: "tax_code,legal_name,categories,zone\n0312687878,Không Ai,packaging,kcn-vsip-1\n",
      },
      {
        route: "PATCH /v1/suppliers/{id}",
        method: "PATCH",
        url: `/v1/suppliers/${invitationId}`,
        payload: { status: "paused" },
      },
      {
        route: "PUT /v1/suppliers/{id}/verification",
        method: "PUT",
        url: `/v1/suppliers/${invitationId}/verification`,
        payload: { status: "verified" },
      },
      {
        route: "POST /v1/requests",
        method: "POST",
        url: "/v1/requests",
        payload: {
          title: "Cần thùng carton 5 lớp",
          specification: { text: "" },
          quantity: { value: 100, unit: "cartons" },
          delivery: { zoneId: "kcn-vsip-1" },
          neededBy: "2099-01-31",
          quoteDeadline: "2099-01-01T10:00:00Z",
        },
      },
      { route: "GET /v1/requests", method: "GET", url: "/v1/requests" },
      { route: "GET /v1/requests/{id}", method: "GET", url: `/v1/requests/${invitationId}` },
      {
        route: "PATCH /v1/requests/{id}",
        method: "PATCH",
        url: `/v1/requests/${invitationId}`,
        payload: { status: "cancelled" },
      },
      {
        route: "GET /v1/requests/{id}/matches",
        method: "GET",
        url: `/v1/requests/${invitationId}/matches`,
      },
      {
        route: "GET /v1/suppliers/{id}/matches",
        method: "GET",
        url: `/v1/suppliers/${invitationId}/matches`,
      },
      {
        route: "GET /v1/suppliers/{id}/matches/{requestId}",
        method: "GET",
        url: `/v1/suppliers/${invitationId}/matches/${invitationId}`,
      },
      {
        route: "PUT /v1/suppliers/{id}/matches/{requestId}/seen",
        method: "PUT",
        url: `/v1/suppliers/${invitationId}/matches/${invitationId}/seen`,
      },
      {
        route: "GET /v1/suppliers/{id}/missed-requests",
        method: "GET",
        url: `/v1/suppliers/${invitationId}/missed-requests`,
      },
      {
        route: "POST /v1/suppliers/{id}/photos",
        method: "POST",
        url: `/v1/suppliers/${invitationId}/photos`,
      },
      {
        route: "DELETE /v1/suppliers/{id}/photos/{photoId}",
        method: "DELETE",
        url: `/v1/suppliers/${invitationId}/photos/${invitationId}`,
      },
      {
        route: "POST /v1/requests/{id}/attachments",
        method: "POST",
        url: `/v1/requests/${invitationId}/attachments`,
      },
      {
        route: "GET /v1/requests/{id}/attachments",
        method: "GET",
        url: `/v1/requests/${invitationId}/attachments`,
      },
      {
        route: "DELETE /v1/requests/{id}/attachments/{attachmentId}",
        method: "DELETE",
        url: `/v1/requests/${invitationId}/attachments/${invitationId}`,
      },
      {
        route: "PUT /v1/requests/{id}/quote",
        method: "PUT",
        url: `/v1/requests/${invitationId}/quote`,
        payload: { unitPrice: { amount: 1, currency: "VND" }, leadTimeDays: 7, validUntil: "2099-01-01" },
      },
      { route: "GET /v1/requests/{id}/quote", method: "GET", url: `/v1/requests/${invitationId}/quote` },
      {
        route: "POST /v1/requests/{id}/decline",
        method: "POST",
        url: `/v1/requests/${invitationId}/decline`,
        payload: { reason: "other" },
      },
      {
        route: "POST /v1/requests/{id}/invitations",
        method: "POST",
        url: `/v1/requests/${invitationId}/invitations`,
        payload: { supplierId: invitationId },
      },
      {
        route: "GET /v1/requests/{id}/invitations",
        method: "GET",
        url: `/v1/requests/${invitationId}/invitations`,
      },
      { route: "GET /v1/requests/{id}/quotes", method: "GET", url: `/v1/requests/${invitationId}/quotes` },
      {
        route: "PUT /v1/requests/{id}/quotes/{responseId}/shortlist",
        method: "PUT",
        url: `/v1/requests/${invitationId}/quotes/${invitationId}/shortlist`,
        payload: { shortlisted: true },
      },
      {
        route: "POST /v1/requests/{id}/award",
        method: "POST",
        url: `/v1/requests/${invitationId}/award`,
        payload: { responseId: invitationId },
      },
      { route: "GET /v1/requests/{id}/threads", method: "GET", url: `/v1/requests/${invitationId}/threads` },
      {
        route: "GET /v1/requests/{id}/threads/{supplierId}",
        method: "GET",
        url: `/v1/requests/${invitationId}/threads/${invitationId}`,
      },
      {
        route: "POST /v1/requests/{id}/threads/{supplierId}/messages",
        method: "POST",
        url: `/v1/requests/${invitationId}/threads/${invitationId}/messages`,
        payload: { body: "Xin chào" },
      },
      { route: "GET /v1/me/notifications", method: "GET", url: "/v1/me/notifications" },
      {
        route: "PATCH /v1/me/notifications",
        method: "PATCH",
        url: "/v1/me/notifications",
        payload: { digest: "off" },
      },
      { route: "GET /v1/admin/digests", method: "GET", url: "/v1/admin/digests" },
      { route: "GET /v1/admin/exchange-rates", method: "GET", url: "/v1/admin/exchange-rates" },
      {
        route: "PUT /v1/admin/exchange-rates/{currency}",
        method: "PUT",
        url: "/v1/admin/exchange-rates/USD",
        payload: { rateDate: "2026-12-01", vndPerUnit: 25_400 },
      },
      {
        route: "GET /v1/requests/{id}/award",
        method: "GET",
        url: `/v1/requests/${invitationId}/award`,
      },
      {
        route: "GET /v1/claims/candidates",
        method: "GET",
        url: "/v1/claims/candidates",
        query: { q: "minh" },
      },
      { route: "GET /v1/claims", method: "GET", url: "/v1/claims" },
      { route: "POST /v1/documents", method: "POST", url: "/v1/documents", query: { for: "claim" } },
      {
        route: "POST /v1/claims/confirm",
        method: "POST",
        url: "/v1/claims/confirm",
        payload: { token: "x" },
      },
      {
        route: "POST /v1/suppliers/{id}/claims",
        method: "POST",
        url: `/v1/suppliers/${invitationId}/claims`,
        payload: { method: "email_link" },
      },
      {
        route: "POST /v1/suppliers/{id}/verification-requests",
        method: "POST",
        url: `/v1/suppliers/${invitationId}/verification-requests`,
        payload: {},
      },
      {
        route: "GET /v1/suppliers/{id}/verification-requests",
        method: "GET",
        url: `/v1/suppliers/${invitationId}/verification-requests`,
      },
      ...adminRoutes(),
      { route: "POST /v1/admin/queues/session", method: "POST", url: "/v1/admin/queues/session" },
      {
        route: "PUT /v1/admin/organizations/{organizationId}/roles",
        method: "PUT",
        url: `/v1/admin/organizations/${owner.organizationId}/roles`,
        payload: { roles: ["association"] },
      },
    ] satisfies (InjectOptions & { route: string })[];
  };

  it("covers every route the API documents as needing a bearer token", async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    const documented = Object.entries<Record<string, { security?: unknown[] }>>(spec.paths).flatMap(
      ([path, operations]) =>
        Object.entries(operations)
          .filter(([, operation]) => (operation.security ?? []).length > 0)
          .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(
      authenticatedRoutes()
        .map((r) => r.route)
        .sort(),
    ).toEqual(documented.sort());
  });

  it.each([
    ["no authorization header", {}],
    ["a token that is not a JWT", { authorization: "Bearer not-a-jwt" }],
    ["another scheme", { authorization: "Basic b3duZXI6cGFzc3dvcmQ=" }],
  ])("answers 401 with %s, and changes nothing", async (_label, headers) => {
    const before = await snapshotOf(owner);
    for (const { route, ...request } of authenticatedRoutes()) {
      const problem = expectProblem(
        await t.app.inject({ ...request, headers: { ...request.headers, ...headers } }),
        401,
        "unauthorized",
      );
      expect(problem.instance, route).toBe(request.url);
    }
    expect(await snapshotOf(owner)).toEqual(before);
  });

  it("answers 401 before looking at the body or the ids: an anonymous caller learns nothing of the schema", async () => {
    const before = await snapshotOf(owner);
    for (const { route, ...request } of authenticatedRoutes()) {
      const garbled = {
        ...request,
        url: request.url.replaceAll(owner.organizationId, "not-an-id").replaceAll(invitationId, "not-an-id"),
        ...(request.payload === undefined ? {} : { payload: { unexpected: ["field"] } }),
        headers: { ...request.headers, "content-type": "application/json" },
      };
      const response = await t.app.inject(garbled);
      expect(response.statusCode, `${route}: ${response.body}`).toBe(401);
    }
    expect(await snapshotOf(owner)).toEqual(before);
  });
});
