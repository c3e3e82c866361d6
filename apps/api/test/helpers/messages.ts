// Message threads through the API as the web uses them.
import { bearer, type RegisteredAccount } from "./accounts.js";
import type { TestApp } from "./test-app.js";

export function postMessage(
  t: TestApp,
  account: RegisteredAccount,
  requestId: string,
  supplierId: string,
  body: Record<string, unknown>,
  idempotencyKey?: string,
) {
  return t.app.inject({
    method: "POST",
    url: `/v1/requests/${requestId}/threads/${supplierId}/messages`,
    headers: {
      ...bearer(account.accessToken),
      ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
    },
    payload: body,
  });
}

export function readThread(t: TestApp, account: RegisteredAccount, requestId: string, supplierId: string) {
  return t.app.inject({
    method: "GET",
    url: `/v1/requests/${requestId}/threads/${supplierId}`,
    headers: bearer(account.accessToken),
  });
}

export function listThreads(t: TestApp, account: RegisteredAccount, requestId: string) {
  return t.app.inject({
    method: "GET",
    url: `/v1/requests/${requestId}/threads`,
    headers: bearer(account.accessToken),
  });
}
