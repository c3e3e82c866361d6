// Suppliers for the buyer's journeys, made through the API as a supplier would (plain fetch, like accounts.ts):
// register, confirm the email from the emailed link, publish a profile; then quote on a request.
import { randomInt } from "node:crypto";
import { linkFromEmail, password, uniqueAddress, uniqueEmail } from "./accounts";
import type { StackInfo } from "./stack/stack-info";

// A valid Vietnamese tax code (MST check digit) under Ho Chi Minh City's prefix, random so runs never collide.
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
function randomTaxCode(): string {
  for (let sequence = randomInt(1_000_000, 9_000_000); ; sequence++) {
    const first9 = `03${String(sequence).padStart(7, "0")}`;
    const sum = [...first9].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0) % 11;
    if (sum !== 0) return `${first9}${10 - sum}`;
  }
}

export interface SupplierInStack {
  id: string;
  name: string;
  email: string;
  accessToken: string;
  address: string;
}

async function call(
  stack: StackInfo,
  method: string,
  path: string,
  body: unknown,
  options: { address: string; token?: string },
): Promise<Record<string, unknown>> {
  const response = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": options.address,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

async function logInThroughApi(stack: StackInfo, email: string, address: string): Promise<string> {
  const session = await call(stack, "POST", "/v1/auth/login", { email, password }, { address });
  return String(session.accessToken);
}

/** A carton maker in Củ Chi with a verified email and a published profile. */
export async function cartonSupplier(
  stack: StackInfo,
  name: string,
  zoneId: string,
): Promise<SupplierInStack> {
  const address = uniqueAddress();
  const email = uniqueEmail("supplier");
  await call(
    stack,
    "POST",
    "/v1/auth/register",
    {
      organization: { name, roles: ["supplier"] },
      user: { email, name: "Nguyễn Thị Lan", password, language: "vi" },
    },
    { address },
  );
  const link = await linkFromEmail(stack, email, "/verify-email");
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get("token");
  await call(stack, "POST", "/v1/auth/verify-email", { token }, { address });
  const accessToken = await logInThroughApi(stack, email, address);
  const profile = await call(
    stack,
    "POST",
    "/v1/suppliers",
    {
      legalName: name,
      taxCode: randomTaxCode(),
      descriptionVi: "Sản xuất thùng carton 3 lớp, 5 lớp, in flexo 2 màu.",
      categories: ["packaging.corrugated-cartons"],
      exampleProducts: ["thùng carton 5 lớp"],
      certifications: [{ code: "iso-9001" }],
      monthlyCapacity: { value: 300_000, unit: "pieces" },
      leadTimeDays: 10,
      languages: ["vi"],
      location: { zoneId },
      contact: { name: "Nguyễn Thị Lan", email: `sales.${email}`, phone: "+84 28 3790 1234" },
    },
    { address, token: accessToken },
  );
  return { id: String(profile.id), name, email, accessToken, address };
}

export async function quote(stack: StackInfo, supplier: SupplierInStack, requestId: string, terms: unknown) {
  // Logged in afresh: the stack's access tokens are short-lived on purpose.
  const token = await logInThroughApi(stack, supplier.email, supplier.address);
  return call(stack, "PUT", `/v1/requests/${requestId}/quote`, terms, { address: supplier.address, token });
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** What the supplier reads of an award it won (the buyer's contact), through the API. */
export async function awardAsSupplier(stack: StackInfo, supplier: SupplierInStack, requestId: string) {
  const token = await logInThroughApi(stack, supplier.email, supplier.address);
  const response = await fetch(`${stack.apiUrl}/v1/requests/${requestId}/award`, {
    headers: { authorization: `Bearer ${token}`, "x-forwarded-for": supplier.address },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A published carton request of the buyer's organisation, delivered to `zoneId`; its id. */
export async function cartonRequest(
  stack: StackInfo,
  buyer: { email: string },
  zoneId: string,
): Promise<string> {
  const address = uniqueAddress();
  const token = await logInThroughApi(stack, buyer.email, address);
  const request = await call(
    stack,
    "POST",
    "/v1/requests",
    {
      title: "Cần 20.000 thùng carton 5 lớp in 2 màu",
      description: "Thùng xuất khẩu, giao hàng tháng",
      categories: ["packaging.corrugated-cartons"],
      specification: { text: "60 x 40 x 40 cm, sóng BC", material: "Giấy Kraft", print: "2 màu flexo" },
      quantity: { value: 20_000, unit: "pieces" },
      delivery: { zoneId, maxDistanceKm: 20 },
      neededBy: inDays(40),
      quoteDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      publish: true,
    },
    { address, token },
  );
  return String(request.id);
}

/** Waits until the request's matches include the supplier (the worker matches after indexing). */
export async function matched(
  stack: StackInfo,
  buyer: { email: string },
  requestId: string,
  supplierId: string,
) {
  const address = uniqueAddress();
  const token = await logInThroughApi(stack, buyer.email, address);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${stack.apiUrl}/v1/requests/${requestId}/matches`, {
      headers: { authorization: `Bearer ${token}`, "x-forwarded-for": address },
    });
    const body = (await response.json()) as { items?: { supplier?: { id?: string } }[] };
    if ((body.items ?? []).some((item) => item.supplier?.id === supplierId)) return;
    if (Date.now() > deadline) throw new Error(`request ${requestId} never matched supplier ${supplierId}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The supplier's own answer to the request (its quote and, once awarded, the outcome), through the API. */
export async function ownResponseAsSupplier(stack: StackInfo, supplier: SupplierInStack, requestId: string) {
  const token = await logInThroughApi(stack, supplier.email, supplier.address);
  const response = await fetch(`${stack.apiUrl}/v1/requests/${requestId}/quote`, {
    headers: { authorization: `Bearer ${token}`, "x-forwarded-for": supplier.address },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The supplier asks the buyer a question in its thread on the request, through the API. */
export async function askAsSupplier(
  stack: StackInfo,
  supplier: SupplierInStack,
  requestId: string,
  body: string,
) {
  const token = await logInThroughApi(stack, supplier.email, supplier.address);
  return call(
    stack,
    "POST",
    `/v1/requests/${requestId}/threads/${supplier.id}/messages`,
    { body },
    {
      address: supplier.address,
      token,
    },
  );
}

/** The supplier's own thread on the request as the API gives it to the supplier. */
export async function threadAsSupplier(stack: StackInfo, supplier: SupplierInStack, requestId: string) {
  const token = await logInThroughApi(stack, supplier.email, supplier.address);
  const response = await fetch(`${stack.apiUrl}/v1/requests/${requestId}/threads/${supplier.id}`, {
    headers: { authorization: `Bearer ${token}`, "x-forwarded-for": supplier.address },
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Waits until the supplier can be found by its name: a request matches only suppliers already in the search index,
 * and on a busy machine indexing a new profile can take longer than publishing a request.
 */
export async function searchable(stack: StackInfo, supplier: SupplierInStack) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const url = `${stack.apiUrl}/v1/suppliers/search?${new URLSearchParams({ q: supplier.name })}`;
    const response = await fetch(url, { headers: { "x-forwarded-for": supplier.address } });
    const body = (await response.json()) as { hits?: { id?: string }[] };
    if ((body.hits ?? []).some((hit) => hit.id === supplier.id)) return;
    if (Date.now() > deadline) throw new Error(`supplier ${supplier.id} never became searchable`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
