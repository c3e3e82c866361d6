// A small marketplace for quote tests: a buyer, suppliers of injection moulding around VSIP (which match its
// requests) and a carton maker (which does not), all through the public API.
import { taxCode } from "@ketnoi/testing";
import { expect } from "vitest";
import { bearer, type RegisteredAccount } from "./accounts.js";
import { createRequest, matchingDone, requestBody } from "./requests.js";
import { publishProfile, verifiedSupplier } from "./suppliers.js";
import type { TestApp } from "./test-app.js";

export interface SupplierAccount extends RegisteredAccount {
  profileId: string;
}

let nextTaxCode = 900;

/** A published profile of an injection moulder at VSIP 2, which every `mouldingRequestBody` request fits. */
export function mouldingSupplierBody(name: string, overrides: Record<string, unknown> = {}) {
  return {
    legalName: name,
    taxCode: taxCode(nextTaxCode++),
    descriptionVi: "Ép phun nhựa ABS, PP cho linh kiện điện tử.",
    categories: ["plastics.injection-moulding"],
    materials: ["ABS", "PP"],
    certifications: [{ code: "iso-9001" }],
    languages: ["vi"],
    location: { zoneId: "kcn-vsip-2" },
    ...overrides,
  };
}

export async function mouldingSupplier(
  t: TestApp,
  name: string,
  overrides: Record<string, unknown> = {},
): Promise<SupplierAccount> {
  const account = await verifiedSupplier(t, ["supplier"]);
  const profile = await publishProfile(t, account, mouldingSupplierBody(name, overrides));
  return { ...account, profileId: profile.id };
}

export const mouldingRequestBody = (overrides: Record<string, unknown> = {}) =>
  requestBody({
    title: "Cần 10.000 vỏ nhựa ABS ép phun",
    description: "Vỏ hộp điện, màu trắng",
    categories: ["plastics.injection-moulding"],
    specification: { text: "Theo bản vẽ", material: "ABS" },
    quantity: { value: 10_000, unit: "pieces" },
    delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: 30 },
    publish: true,
    ...overrides,
  });

/** Publishes a request and waits until its matches are stored. */
export async function publishMatchedRequest(
  t: TestApp,
  buyer: RegisteredAccount,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; quoteDeadline: string; neededBy: string }> {
  const request = await createRequest(t, buyer, mouldingRequestBody(overrides));
  await matchingDone(t, `match-${request.id}-v1`);
  return request;
}

export const validQuote = (overrides: Record<string, unknown> = {}) => ({
  unitPrice: { amount: 12_500, currency: "VND" },
  moq: { value: 5_000, unit: "pieces" },
  leadTimeDays: 14,
  validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
  message: "Giá đã bao gồm khuôn.",
  ...overrides,
});

export function putQuote(t: TestApp, account: RegisteredAccount, requestId: string, body: unknown) {
  return t.app.inject({
    method: "PUT",
    url: `/v1/requests/${requestId}/quote`,
    headers: bearer(account.accessToken),
    payload: body as Record<string, unknown>,
  });
}

export function decline(t: TestApp, account: RegisteredAccount, requestId: string, body: unknown) {
  return t.app.inject({
    method: "POST",
    url: `/v1/requests/${requestId}/decline`,
    headers: bearer(account.accessToken),
    payload: body as Record<string, unknown>,
  });
}

export async function quotesOf(t: TestApp, account: RegisteredAccount, requestId: string, query = "") {
  return t.app.inject({
    method: "GET",
    url: `/v1/requests/${requestId}/quotes${query}`,
    headers: bearer(account.accessToken),
  });
}

export function award(t: TestApp, account: RegisteredAccount, requestId: string, responseId: string) {
  return t.app.inject({
    method: "POST",
    url: `/v1/requests/${requestId}/award`,
    headers: bearer(account.accessToken),
    payload: { responseId },
  });
}

export async function quoted(t: TestApp, account: RegisteredAccount, requestId: string, body = validQuote()) {
  const response = await putQuote(t, account, requestId, body);
  expect([200, 201], response.body).toContain(response.statusCode);
  return response.json() as { id: string; revision: number };
}
