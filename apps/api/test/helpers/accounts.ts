// Drives the public API the way a client would, to set up the accounts a test needs.
import { randomBytes } from "node:crypto";
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

export async function registerAccount(
  t: TestApp,
  overrides: {
    email?: string;
    language?: "vi" | "en";
    roles?: ("buyer" | "supplier")[];
    orgName?: string;
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
      user: { email, name: "Nguyễn Văn An", password: goodPassword, language: overrides.language ?? "vi" },
    },
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

/** The token in the first link of the newest email to `to` whose link goes to `path`. */
export async function tokenFromEmail(
  t: TestApp,
  to: string,
  path: string,
): Promise<{ token: string; link: string }> {
  const email = await t.smtp.waitFor(to, { predicate: (m) => linksIn(m.text).some((l) => l.includes(path)) });
  const link = linksIn(email.text).find((l) => l.includes(path));
  if (!link) throw new Error(`no ${path} link in email to ${to}`);
  const token = new URL(link).searchParams.get("token");
  if (!token) throw new Error(`link without token: ${link}`);
  return { token, link };
}
