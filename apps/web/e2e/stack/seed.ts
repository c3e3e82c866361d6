// The browser tests' data, made the way a person would make it: accounts registered and profiles published
// through the API client. Two steps have no public API by design: the email verification click (marked in the
// database, as the API's own tests do) and the platform admin (created with `pnpm admin:create`).
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { type ApiClient, createApiClient } from "@ketnoi/api-client";
import { accountRepository, createDb } from "@ketnoi/db";
import type { SeededSupplier, StackInfo } from "./stack-info";

const run = promisify(execFile);
const password = "correct horse battery staple 2026";

// Valid Vietnamese tax codes (MST check digit) under Ho Chi Minh City's prefix.
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
function taxCode(n: number): string {
  for (let sequence = 7_100_000 + n * 3; ; sequence++) {
    const first9 = `03${String(sequence).padStart(7, "0")}`;
    const sum = [...first9].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0) % 11;
    if (sum !== 0) return `${first9}${10 - sum}`;
  }
}

type ProfileBody = NonNullable<
  Parameters<ApiClient["POST"]>[1] extends infer O ? (O extends { body?: infer B } ? B : never) : never
>;

interface SeedContext {
  api: ApiClient;
  databaseUrl: string;
  run: string;
}

async function publishSupplier(
  context: SeedContext,
  label: string,
  profile: Record<string, unknown>,
): Promise<{ id: string; accessToken: string }> {
  const email = `${label}.${context.run}@e2e.ketnoi.test`;
  const registered = await context.api.POST("/v1/auth/register", {
    body: {
      organization: { name: String(profile.legalName), roles: ["supplier"] },
      user: { email, name: "Nguyễn Thị Lan", password, language: "vi" },
    },
  });
  if (!registered.data) throw new Error(`register ${label}: ${JSON.stringify(registered.error)}`);
  const { db, close } = createDb(context.databaseUrl, { maxConnections: 1 });
  try {
    const userId = registered.data.user.id;
    await db.transaction((tx) => accountRepository.markEmailVerified(tx, userId, new Date()));
  } finally {
    await close();
  }
  const accessToken = registered.data.session.accessToken;
  const published = await context.api.POST("/v1/suppliers", {
    headers: { authorization: `Bearer ${accessToken}` },
    body: profile as ProfileBody,
  });
  if (!published.data) throw new Error(`publish ${label}: ${JSON.stringify(published.error)}`);
  return { id: published.data.id, accessToken };
}

async function adminToken(
  context: SeedContext,
  repoRoot: string,
  env: Record<string, string>,
): Promise<string> {
  const email = `admin.${context.run}@e2e.ketnoi.test`;
  await run(
    process.execPath,
    ["--import", "tsx", "--conditions=development", "scripts/src/create-admin.ts", "--email", email],
    { cwd: repoRoot, env: { ...env, DATABASE_URL: context.databaseUrl, ADMIN_PASSWORD: password } },
  );
  const login = await context.api.POST("/v1/auth/login", { body: { email, password } });
  if (!login.data) throw new Error(`admin login: ${JSON.stringify(login.error)}`);
  return login.data.accessToken;
}

export async function seedSuppliers(options: {
  apiUrl: string;
  databaseUrl: string;
  repoRoot: string;
  env: Record<string, string>;
}): Promise<StackInfo["suppliers"]> {
  const context: SeedContext = {
    api: createApiClient(options.apiUrl),
    databaseUrl: options.databaseUrl,
    run: randomBytes(3).toString("hex"),
  };
  const nextYear = new Date().getFullYear() + 1;
  const soon = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);

  const carton = await publishSupplier(context, "carton", {
    legalName: "Công ty TNHH Bao Bì Giấy Tân Phú Trung",
    tradeName: "Bao Bì Tân Phú Trung",
    taxCode: taxCode(1),
    descriptionVi:
      "Sản xuất thùng carton 3 lớp, 5 lớp và 7 lớp, in flexo 4 màu, giao hàng trong ngày cho các khu công nghiệp Củ Chi và Bình Dương.",
    descriptionEn:
      "Maker of 3-, 5- and 7-ply corrugated cartons with 4-colour flexo printing; same-day delivery to Cu Chi and Binh Duong.",
    categories: ["packaging.corrugated-cartons"],
    processes: ["sóng carton", "in flexo", "bế hộp"],
    materials: ["giấy kraft", "giấy duplex"],
    exampleProducts: ["thùng carton 5 lớp", "hộp carton in 4 màu"],
    certifications: [
      { code: "iso-9001", expiresOn: `${nextYear}-06-30`, certificateNumber: "VN-QMS-2291" },
      { code: "fsc", expiresOn: soon },
    ],
    monthlyCapacity: { value: 500_000, unit: "pieces" },
    moq: { value: 1_000, unit: "pieces" },
    leadTimeDays: 7,
    exportMarkets: ["JP", "KR"],
    languages: ["vi", "en"],
    staffSize: 40,
    yearFounded: 2009,
    location: { zoneId: "kcn-tan-phu-trung" },
    deliveryRadiusKm: 80,
    green: { rooftopSolarKwp: 350, recycledMaterialPercent: 60 },
    contact: {
      name: "Trần Văn Hùng",
      email: `sales.${context.run}@e2e.ketnoi.test`,
      phone: "+84 28 3892 1234",
    },
    website: "https://baobitanphutrung.example.vn",
  });
  const markupName = await publishSupplier(context, "markup", {
    legalName: "Công ty Thùng Carton <img src=x onerror=alert(1)>",
    taxCode: taxCode(2),
    descriptionVi: "Thùng carton 5 lớp <script>alert(2)</script> cho hàng xuất khẩu.",
    categories: ["packaging.corrugated-cartons"],
    exampleProducts: ["thùng carton 5 lớp"],
    monthlyCapacity: { value: 120_000, unit: "pieces" },
    leadTimeDays: 10,
    location: { zoneId: "kcn-tay-bac-cu-chi" },
  });
  const moulding = await publishSupplier(context, "moulding", {
    legalName: "Công ty Cổ phần Nhựa Kỹ Thuật Sóng Thần",
    taxCode: taxCode(3),
    descriptionVi: "Ép phun nhựa ABS, PP, PC cho linh kiện điện tử và vỏ thiết bị.",
    descriptionEn: "Injection moulding of ABS, PP and PC parts for electronics and housings.",
    categories: ["plastics.injection-moulding"],
    materials: ["ABS", "PP", "PC"],
    certifications: [{ code: "iso-9001", expiresOn: "2025-01-31" }],
    monthlyCapacity: { value: 2_000_000, unit: "pieces" },
    moq: { value: 5_000, unit: "pieces" },
    leadTimeDays: 21,
    languages: ["vi", "en", "ja"],
    location: { zoneId: "kcn-song-than-2" },
  });

  const admin = await adminToken(context, options.repoRoot, options.env);
  const verified = await context.api.PUT("/v1/suppliers/{id}/verification", {
    params: { path: { id: carton.id } },
    headers: { authorization: `Bearer ${admin}` },
    body: { status: "verified" },
  });
  if (verified.error) throw new Error(`verify supplier: ${JSON.stringify(verified.error)}`);
  // The reference rate the quote comparison converts dollars with, as an admin keeps it.
  const rate = await context.api.PUT("/v1/admin/exchange-rates/{currency}", {
    params: { path: { currency: "USD" } },
    headers: { authorization: `Bearer ${admin}` },
    body: { vndPerUnit: 25_400, rateDate: new Date().toISOString().slice(0, 10) },
  });
  if (rate.error) throw new Error(`exchange rate: ${JSON.stringify(rate.error)}`);

  const named = (id: string, name: string): SeededSupplier => ({ id, name });
  return {
    carton: named(carton.id, "Bao Bì Tân Phú Trung"),
    markupName: named(markupName.id, "Công ty Thùng Carton <img src=x onerror=alert(1)>"),
    moulding: named(moulding.id, "Công ty Cổ phần Nhựa Kỹ Thuật Sóng Thần"),
  };
}

/**
 * The admin console's people: a platform admin, and an association whose owner has confirmed their email (the
 * association role is given by an admin, here in the database as the API's own tests do).
 */
export async function seedConsoleAccounts(options: {
  apiUrl: string;
  databaseUrl: string;
  repoRoot: string;
  env: Record<string, string>;
}): Promise<StackInfo["consoleAccounts"]> {
  const context: SeedContext = {
    api: createApiClient(options.apiUrl),
    databaseUrl: options.databaseUrl,
    run: randomBytes(3).toString("hex"),
  };
  const adminEmail = `admin.${context.run}@e2e.ketnoi.test`;
  await adminToken(context, options.repoRoot, options.env);
  const associationEmail = `association.${context.run}@e2e.ketnoi.test`;
  const registered = await context.api.POST("/v1/auth/register", {
    body: {
      organization: { name: "Hiệp hội Doanh nghiệp Cơ khí Điện TP.HCM", roles: ["buyer"] },
      user: { email: associationEmail, name: "Phạm Thu Trang", password, language: "vi" },
    },
  });
  if (!registered.data) throw new Error(`register association: ${JSON.stringify(registered.error)}`);
  const { db, close } = createDb(context.databaseUrl, { maxConnections: 1 });
  try {
    const { user, organization } = registered.data;
    await db.transaction(async (tx) => {
      await accountRepository.markEmailVerified(tx, user.id, new Date());
      await accountRepository.updateOrganization(tx, organization.id, { roles: ["association"] });
    });
  } finally {
    await close();
  }
  return {
    admin: { email: adminEmail, password },
    association: { email: associationEmail, password },
  };
}

/** Waits until the worker has indexed every seeded supplier (the search sync runs through an outbox). */
export async function waitUntilSearchable(apiUrl: string, ids: string[], timeoutMs = 60_000): Promise<void> {
  const api = createApiClient(apiUrl);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data } = await api.GET("/v1/suppliers/search", { params: { query: { q: "", hitsPerPage: 50 } } });
    const found = new Set(data?.hits.map((hit) => hit.id));
    if (ids.every((id) => found.has(id))) {
      // Verification reaches the index through the same outbox; wait for the badge too.
      if (data?.hits.some((hit) => hit.id === ids[0] && hit.verified)) return;
    }
    if (Date.now() > deadline) throw new Error("the seeded suppliers did not reach the search index in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
