// What the account journeys share: accounts made through the API (plain fetch: the specs import none of our
// packages, which Playwright would load compiled), each from an address of its own so per-address limits never
// cross tests; emails read from the stack's mailbox; links followed as a browser follows them.
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import type { StackInfo } from "./stack/stack-info";

export const password = "correct horse battery staple 2026";

export function uniqueEmail(label: string): string {
  return `${label}.${randomBytes(4).toString("hex")}@e2e.ketnoi.test`;
}

/** An address from TEST-NET-3 for one test: the web forwards it, the API counts limits against it. */
export function uniqueAddress(): string {
  const [a = 1, b = 1] = randomBytes(2);
  return `203.0.${113 + (a % 2)}.${1 + (b % 254)}`;
}

async function callApi(stack: StackInfo, path: string, body: unknown, address: string) {
  const response = await fetch(`${stack.apiUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

export async function registerAccount(
  stack: StackInfo,
  options: { language?: "vi" | "en"; verified?: boolean; organization?: string } = {},
) {
  const address = uniqueAddress();
  const email = uniqueEmail("buyer");
  const registered = (await callApi(
    stack,
    "/v1/auth/register",
    {
      organization: { name: options.organization ?? "Công ty TNHH Điện Tử Tân Thuận", roles: ["buyer"] },
      user: { email, name: "Lê Thị Thu", password, language: options.language ?? "vi" },
    },
    address,
  )) as { user: { id: string }; organization: { id: string } };
  if (options.verified) {
    // As the person would: the token from the emailed link, posted by the web's page.
    const link = await linkFromEmail(stack, email, "/verify-email");
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get("token");
    await callApi(stack, "/v1/auth/verify-email", { token }, address);
  }
  return { email, password, userId: registered.user.id, organizationId: registered.organization.id };
}

/** An unsubscribe link's token, signed as the worker signs it (the stack's mailbox does it). */
export async function unsubscribeToken(stack: StackInfo, userId: string, scope: "digest" | "immediate") {
  const base = new URL(stack.mailboxUrl);
  base.pathname = "/unsubscribe-token";
  base.search = new URLSearchParams({ userId, scope }).toString();
  return (await fetch(base)).text();
}

/** The first link in the newest email to `to` that goes to `path`, waiting for it to arrive. */
export async function linkFromEmail(stack: StackInfo, to: string, path: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${stack.mailboxUrl}?to=${encodeURIComponent(to)}`)).json()) as {
          text: string;
        }[];
        found = messages
          .flatMap((message) => message.text.match(/https?:\/\/\S+/g) ?? [])
          .reverse()
          .find((link) => new URL(link).pathname.endsWith(path));
        return found;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  return found ?? "";
}

export async function logIn(page: Page, locale: "vi" | "en", email: string, secret = password) {
  const copy =
    locale === "vi"
      ? { email: "Email", password: "Mật khẩu", submit: "Đăng nhập" }
      : { email: "Email", password: "Password", submit: "Log in" };
  await page.getByLabel(copy.email, { exact: true }).fill(email);
  await page.getByLabel(copy.password, { exact: true }).fill(secret);
  await page.getByRole("main").getByRole("button", { name: copy.submit }).click();
}
