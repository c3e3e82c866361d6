import { accountRepository } from "@ketnoi/db";
import { expect } from "vitest";
import { bearer, type RegisteredAccount, registerAccount } from "./accounts.js";
import type { TestApp } from "./test-app.js";

/** A supplier organisation whose owner has verified their email, ready to publish. */
export async function verifiedSupplier(t: TestApp, roles: ("buyer" | "supplier")[] = ["supplier"]) {
  const account = await registerAccount(t, { roles });
  await t.deps.database.db.transaction((tx) =>
    accountRepository.markEmailVerified(tx, account.userId, new Date()),
  );
  return account;
}

export async function publishProfile(t: TestApp, account: RegisteredAccount, body: Record<string, unknown>) {
  const response = await t.app.inject({
    method: "POST",
    url: "/v1/suppliers",
    headers: bearer(account.accessToken),
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
