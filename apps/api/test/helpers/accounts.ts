// Drives the public API the way a client would, to set up the accounts a test needs.
import { randomBytes } from "node:crypto";
import { accountRepository } from "@ketnoi/db";
import { linksIn } from "@ketnoi/testing";
import { expect } from "vitest";
import type { TestApp } from "./test-app.js";

export const goodPassword = "correct horse battery staple";

export interface RegisteredAccount {
  email: string;
  password: string;
  userId: string;
  organizationId: string;
  accessToken: string;
  refreshToken: string;
}

export function uniqueEmail(label = "user"): string {
  return `${label}.${randomBytes(4).toString("hex")}@example.vn`;
}

/**
 * A client address of its own (198.18.0.0/15, set aside for tests), so the accounts a test file registers come
 * from different people as far as the per-address registration limit is concerned.
 */
export function uniqueAddress(): string {
  const [a = 0, b = 0] = randomBytes(2);
  return `198.${18 + (a % 2)}.${b}.${1 + (a % 254)}`;
}

export async function registerAccount(
  t: TestApp,
  overrides: {
    email?: string;
    language?: "vi" | "en";
    roles?: ("buyer" | "supplier")[];
    orgName?: string;
    name?: string;
  } = {},
): Promise<RegisteredAccount> {
  const email = overrides.email ?? uniqueEmail("owner");
  const response = await t.app.inject({
    method: "POST",
    url: "/v1/auth/register",
    payload: {
      organization: {
        name: overrides.orgName ?? "Công ty TNHH Bao Bì Sài Gòn",
        roles: overrides.roles ?? ["buyer"],
      },
      user: {
        email,
        name: overrides.name ?? "Nguyễn Văn An",
        password: goodPassword,
        language: overrides.language ?? "vi",
      },
    },
    remoteAddress: uniqueAddress(),
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json();
  return {
    email,
    password: goodPassword,
    userId: body.user.id,
    organizationId: body.organization.id,
    accessToken: body.session.accessToken,
    refreshToken: body.session.refreshToken,
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * The token in the first link of the newest email to `to` whose link goes to `path` (e.g. `/verify-email`, found
 * under either language's page); account links carry it in the fragment (`#token=…`). With `newerThan`, waits for an email whose link carries a different token (a resent
 * email).
 */
export async function tokenFromEmail(
  t: TestApp,
  to: string,
  path: string,
  options: { newerThan?: string } = {},
): Promise<{ token: string; link: string }> {
  const wanted = (l: string) =>
    l.includes(path) && (options.newerThan === undefined || !l.includes(options.newerThan));
  const email = await t.smtp.waitFor(to, { predicate: (m) => linksIn(m.text).some(wanted) });
  const link = linksIn(email.text).find(wanted);
  if (!link) throw new Error(`no ${path} link in email to ${to}`);
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get("token");
  if (!token) throw new Error(`link without a token in its fragment: ${link}`);
  return { token, link };
}

/** The path and query of an emailed link: what a browser sends for it (never the fragment). */
export function pathOf(link: string): string {
  const url = new URL(link);
  return url.pathname + url.search;
}

export interface InvitedMember extends Omit<RegisteredAccount, "organizationId"> {
  name: string;
}

/** Marks the account's email verified, as following the verification link does. */
async function markVerified(t: TestApp, account: Pick<RegisteredAccount, "userId">): Promise<void> {
  await t.deps.database.db.transaction((tx) =>
    accountRepository.markEmailVerified(tx, account.userId, new Date()),
  );
}

/** An owner who confirmed their email, so their organisation may invite (and publish). */
export async function registerVerifiedAccount(
  t: TestApp,
  overrides: Parameters<typeof registerAccount>[1] = {},
): Promise<RegisteredAccount> {
  const account = await registerAccount(t, overrides);
  await markVerified(t, account);
  return account;
}

/**
 * Invites a new address into the owner's organisation and accepts through the JSON API. Only verified
 * organisations invite, so the owner's email is marked verified first.
 */
export async function addMember(
  t: TestApp,
  owner: RegisteredAccount,
  options: { role?: "owner" | "member"; name?: string } = {},
): Promise<InvitedMember> {
  await markVerified(t, owner);
  const email = uniqueEmail("member");
  const name = options.name ?? "Phạm Minh Khoa";
  const invited = await t.app.inject({
    method: "POST",
    url: `/v1/organizations/${owner.organizationId}/invitations`,
    headers: bearer(owner.accessToken),
    payload: { email, role: options.role ?? "member" },
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const { token } = await tokenFromEmail(t, email, "/accept-invitation");
  const accepted = await t.app.inject({
    method: "POST",
    url: "/v1/invitations/accept",
    payload: { token, name, password: goodPassword },
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const body = accepted.json();
  return {
    email,
    name,
    password: goodPassword,
    userId: body.user.id,
    accessToken: body.session.accessToken,
    refreshToken: body.session.refreshToken,
  };
}
