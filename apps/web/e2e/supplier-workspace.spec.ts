// The supplier's workspace on a phone first (vi) and on a desktop (en): a supplier logs in from the deep link its
// alert carries, sees the requests it matched with why and what it misses, opens one and quotes (a typo is
// refused next to the field, nothing typed is lost), declines another with a reason, and edits its profile
// (a category found by typing without diacritics, a certificate with its issuer). Data is made through the API.
import { randomBytes } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { linkFromEmail, logIn, password, registerAccount, uniqueAddress, uniqueEmail } from "./accounts";
import { expect, expectAccessible, screenshot, test } from "./fixtures";
import type { StackInfo } from "./stack/stack-info";

const day = 86_400_000;

/** A valid 4 × 3 PNG, green, built by hand (the specs load none of our packages). */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(3, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.from([0, 40, 120, 90, 40, 120, 90, 40, 120, 90, 40, 120, 90]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat([row, row, row]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A minimal PDF: the API decides the kind by the `%PDF-` signature. */
function samplePdf(): Buffer {
  return Buffer.from(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n${randomBytes(4).toString("hex")}`,
  );
}

const copy = {
  vi: {
    requestsTitle: "Yêu cầu báo giá phù hợp",
    newState: "Mới",
    quoted: "Đã báo giá",
    declined: "Đã từ chối",
    missed: "Điều gì giúp bạn nhận thêm yêu cầu",
    needsIso: "cần chứng nhận ISO 14001",
    leadTime: "cần giao trong vòng",
    unitPrice: "Đơn giá",
    leadTimeDays: "Thời gian giao hàng (ngày)",
    sendQuote: "Gửi báo giá",
    updateQuote: "Cập nhật báo giá",
    quoteSent: "Đã gửi báo giá",
    invalid: "Giá trị này không hợp lệ",
    declineHeading: "Không báo giá",
    yourAnswer: "Câu trả lời của bạn",
    reason: "Lý do",
    capacityFull: "Đã kín công suất",
    sendDecline: "Từ chối yêu cầu",
    declinedDone: "Bạn đã từ chối: Đã kín công suất",
    categorySearch: "Tìm ngành hàng",
    saveProfile: "Lưu hồ sơ",
    saved: "Đã lưu hồ sơ",
    issuer: "Đơn vị cấp",
    leadTime2: "Thời gian giao hàng thường lệ (ngày)",
    notFound: "Không tìm thấy trang",
    termsHeading: "Điều khoản khác",
    vatRate: "Thuế VAT (%)",
    toolingCost: "Chi phí khuôn (một lần)",
    photoField: "Thêm ảnh",
    photoUpload: "Tải ảnh lên",
    photoAlt: /^Ảnh 1 của /,
    quoteFiles: "Tệp kèm báo giá",
    chooseFile: "Chọn tệp",
    upload: "Tải lên",
    uploaded: "Đã tải tệp lên",
    refused: "Loại tệp này không được nhận",
    certificateFile: "Tệp chứng chỉ",
    onFileLink: "Mở chứng chỉ đã lưu",
    onFile: "Đã lưu bản chứng chỉ",
    photos: "Hình ảnh nhà xưởng và sản phẩm",
    requestsForYou: "Yêu cầu gửi đến bạn",
  },
  en: {
    requestsTitle: "Requests that fit you",
    newState: "New",
    quoted: "Quoted",
    declined: "Declined",
    missed: "What would bring you more requests",
    // Singular or plural: other journeys running at the same time may add requests this supplier also fits.
    needsIso: /needs? ISO 14001/,
    leadTime: /needs? delivery within/,
    unitPrice: "Unit price",
    leadTimeDays: "Lead time (days)",
    sendQuote: "Send quote",
    updateQuote: "Update quote",
    quoteSent: "Quote sent",
    invalid: "Expected number",
    declineHeading: "Not quoting",
    yourAnswer: "Your answer",
    reason: "Reason",
    capacityFull: "Capacity is full",
    sendDecline: "Decline request",
    declinedDone: "You declined: Capacity is full",
    categorySearch: "Find a category",
    saveProfile: "Save profile",
    saved: "Profile saved",
    issuer: "Issued by",
    leadTime2: "Usual lead time (days)",
    notFound: "Page not found",
    termsHeading: "More terms",
    vatRate: "VAT (%)",
    toolingCost: "Tooling cost (one-off)",
    photoField: "Add a photo",
    photoUpload: "Upload photo",
    photoAlt: /^Photo 1 of /,
    quoteFiles: "Files with your quote",
    chooseFile: "Choose a file",
    upload: "Upload",
    uploaded: "File uploaded",
    refused: "This kind of file is not accepted",
    certificateFile: "Certificate file",
    onFileLink: "Open the certificate on file",
    onFile: "Certificate on file",
    photos: "Factory and product photos",
    requestsForYou: "Requests for you",
  },
} as const;

// Valid Vietnamese tax codes (MST check digit), random enough that runs never collide.
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
function taxCode(): string {
  for (let sequence = 1_000_000 + (randomBytes(3).readUIntBE(0, 3) % 8_000_000); ; sequence++) {
    const first9 = `03${String(sequence).padStart(7, "0")}`;
    const sum = [...first9].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0) % 11;
    if (sum !== 0) return `${first9}${10 - sum}`;
  }
}

/** Someone the test acts as through the API; the stack's access tokens live seconds, so it logs in again. */
interface Actor {
  email: string;
  token?: string;
}

async function call(stack: StackInfo, method: string, path: string, body: unknown, actor?: Actor) {
  const send = () =>
    fetch(`${stack.apiUrl}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": uniqueAddress(),
        ...(actor?.token ? { authorization: `Bearer ${actor.token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  let response = await send();
  if (response.status === 401 && actor) {
    const login = (await call(stack, "POST", "/v1/auth/login", { email: actor.email, password })) as {
      accessToken: string;
    };
    actor.token = login.accessToken;
    response = await send();
  }
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** A supplier organisation with a confirmed email and a published injection-moulding profile at VSIP 2. */
async function mouldingSupplier(stack: StackInfo, language: "vi" | "en") {
  const email = uniqueEmail("supplier");
  const registered = (await call(stack, "POST", "/v1/auth/register", {
    organization: { name: "Công ty TNHH Nhựa Kỹ Thuật Hòa Bình", roles: ["supplier"] },
    user: { email, name: "Võ Thị Mai", password, language },
  })) as { session: { accessToken: string } };
  const link = await linkFromEmail(stack, email, "/verify-email");
  await call(stack, "POST", "/v1/auth/verify-email", {
    token: new URLSearchParams(new URL(link).hash.slice(1)).get("token"),
  });
  const actor: Actor = { email, token: registered.session.accessToken };
  const profile = (await call(
    stack,
    "POST",
    "/v1/suppliers",
    {
      legalName: "Công ty TNHH Nhựa Kỹ Thuật Hòa Bình",
      taxCode: taxCode(),
      descriptionVi: "Ép phun nhựa ABS, PP cho vỏ thiết bị điện.",
      categories: ["plastics.injection-moulding"],
      materials: ["ABS", "PP"],
      certifications: [{ code: "iso-9001", certificateNumber: "QMS-7781" }],
      monthlyCapacity: { value: 800_000, unit: "pieces" },
      leadTimeDays: 21,
      languages: ["vi"],
      location: { zoneId: "kcn-vsip-2" },
    },
    actor,
  )) as { id: string };
  return { ...actor, id: profile.id };
}

async function mouldingRequest(
  stack: StackInfo,
  buyer: Actor,
  title: string,
  overrides: Record<string, unknown>,
) {
  return (await call(
    stack,
    "POST",
    "/v1/requests",
    {
      title,
      description: "Vỏ hộp điện màu trắng, theo bản vẽ.",
      categories: ["plastics.injection-moulding"],
      specification: { text: "Theo bản vẽ", material: "ABS" },
      quantity: { value: 20_000, unit: "pieces" },
      delivery: { zoneId: "kcn-vsip-1", maxDistanceKm: 40 },
      neededBy: new Date(Date.now() + 40 * day).toISOString().slice(0, 10),
      quoteDeadline: new Date(Date.now() + 7 * day).toISOString(),
      publish: true,
      ...overrides,
    },
    buyer,
  )) as { id: string };
}

/** The buyer attaches a drawing (a small PDF) to its request. */
async function attachDrawing(stack: StackInfo, buyer: Actor, requestId: string, fileName: string) {
  const send = () => {
    const form = new FormData();
    const pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n";
    form.set("file", new Blob([pdf], { type: "application/pdf" }), fileName);
    return fetch(`${stack.apiUrl}/v1/requests/${requestId}/attachments?for=request`, {
      method: "POST",
      headers: { "x-forwarded-for": uniqueAddress(), authorization: `Bearer ${buyer.token ?? ""}` },
      body: form,
    });
  };
  let response = await send();
  if (response.status === 401) {
    await call(stack, "GET", "/v1/me", undefined, buyer);
    response = await send();
  }
  if (!response.ok) throw new Error(`attach: ${response.status} ${await response.text()}`);
}

/** Waits until both of this test's requests are among the supplier's matches (other tests' may be too). */
async function waitForMatches(stack: StackInfo, supplier: Actor & { id: string }, requestIds: string[]) {
  await expect
    .poll(
      async () => {
        const list = (await call(
          stack,
          "GET",
          `/v1/suppliers/${supplier.id}/matches`,
          undefined,
          supplier,
        )) as {
          items: { request: { id: string } }[];
        };
        const matched = new Set(list.items.map((item) => item.request.id));
        return requestIds.every((id) => matched.has(id));
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

async function requestCard(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
}

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test("a supplier sees its matched requests, quotes on one, declines another and edits its profile", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(120_000);
  const locale = testInfo.project.name === "phone" ? "vi" : "en";
  const words = copy[locale];
  const supplier = await mouldingSupplier(stack, locale);
  const buyer = await registerAccount(stack, {
    verified: true,
    organization: "Công ty TNHH Điện Tử Tân Thuận",
  });
  const buyerActor: Actor = { email: buyer.email };
  const run = randomBytes(2).toString("hex");
  const housings = `Vỏ nhựa ABS cho ổ cắm ${run}`;
  const caps = `Nắp nhựa PP cần ISO 14001 ${run}`;
  const first = await mouldingRequest(stack, buyerActor, housings, {
    neededBy: new Date(Date.now() + 12 * day).toISOString().slice(0, 10),
  });
  const second = await mouldingRequest(stack, buyerActor, caps, { requiredCertifications: ["iso-14001"] });
  await attachDrawing(stack, buyerActor, first.id, "ban-ve-vo-o-cam.pdf");
  await waitForMatches(stack, supplier, [first.id, second.id]);

  // The alert's deep link, logged out: the login page, then back to the list.
  const listPath = `/supplier/${supplier.id}/requests`;
  await page.goto(listPath);
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await logIn(page, locale, supplier.email);
  await expect(page).toHaveURL(new RegExp(`${listPath}$`));
  await expect(page.getByRole("heading", { level: 1, name: words.requestsTitle })).toBeVisible();
  await expect(await requestCard(page, housings)).toContainText(words.newState);
  await expect(await requestCard(page, caps)).toContainText(words.newState);
  const panel = page.getByRole("region", { name: words.missed });
  await expect(panel).toContainText(words.needsIso);
  await expect(panel).toContainText(words.leadTime);
  await expectAccessible(page);
  await screenshot(page, testInfo, "supplier-requests");

  // Quote on the first: a typo is refused next to the field, what was typed stays; then it goes through.
  await page.getByRole("link", { name: housings }).click();
  await expect(page.getByRole("heading", { level: 1, name: housings })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "supplier-request");
  // The buyer's drawing downloads through the web, with its signed link.
  const drawing = page.getByRole("link", { name: "ban-ve-vo-o-cam.pdf" });
  const download = await page.request.get((await drawing.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("application/pdf");
  await page.getByLabel(words.unitPrice).fill("12,5k");
  await page.getByLabel(words.leadTimeDays).fill("10");
  await page.getByRole("button", { name: words.sendQuote }).click();
  await expect(page.locator("#field-unitPrice-error")).toBeVisible();
  await expect(page.getByLabel(words.unitPrice)).toHaveValue("12,5k");
  await expect(page.getByLabel(words.leadTimeDays)).toHaveValue("10");
  await page.getByLabel(words.unitPrice).fill("12500");
  await page.getByLabel(words.vatRate).fill("8");
  await page.getByLabel(words.toolingCost).fill("5000000");
  await page.getByRole("button", { name: words.sendQuote }).click();
  await expect(page.getByRole("status").filter({ hasText: words.quoteSent })).toBeVisible();
  await expect(page.getByRole("button", { name: words.updateQuote })).toBeVisible();
  await expect(page.getByLabel(words.vatRate)).toHaveValue("8");
  await screenshot(page, testInfo, "supplier-quoted");

  // Files with the quote: a text file is refused next to the field, a price list goes up and downloads.
  const quoteFiles = page.getByRole("region", { name: words.quoteFiles });
  await quoteFiles
    .getByLabel(words.chooseFile)
    .setInputFiles({ name: "bang-gia.txt", mimeType: "text/plain", buffer: Buffer.from("gia 12500") });
  await quoteFiles.getByRole("button", { name: words.upload }).click();
  await expect(page.getByRole("region", { name: words.quoteFiles })).toContainText(words.refused);
  await page
    .getByRole("region", { name: words.quoteFiles })
    .getByLabel(words.chooseFile)
    .setInputFiles({ name: "bang-gia.pdf", mimeType: "application/pdf", buffer: samplePdf() });
  await page
    .getByRole("region", { name: words.quoteFiles })
    .getByRole("button", { name: words.upload })
    .click();
  await expect(page.getByRole("status").filter({ hasText: words.uploaded })).toBeVisible();
  const priceList = page
    .getByRole("region", { name: words.quoteFiles })
    .getByRole("link", { name: /bang-gia\.pdf/ });
  const priceListFile = await page.request.get((await priceList.getAttribute("href")) ?? "");
  expect(priceListFile.status()).toBe(200);
  expect(priceListFile.headers()["content-type"]).toContain("application/pdf");
  await expectAccessible(page);
  await screenshot(page, testInfo, "supplier-quote-files");
  // The header's link to the workspace has its own name, apart from a buyer's "Requests".
  await expect(page.getByRole("banner").getByRole("link", { name: words.requestsForYou })).toBeVisible();

  // Decline the other with a reason.
  await page.goto(listPath);
  await page.getByRole("link", { name: caps }).click();
  await page.getByText(words.declineHeading).click();
  await page.getByLabel(words.reason).selectOption({ label: words.capacityFull });
  await page.getByRole("button", { name: words.sendDecline }).click();
  await expect(page.getByRole("region", { name: words.yourAnswer })).toContainText(words.declinedDone);

  await page.goto(listPath);
  await expect(await requestCard(page, housings)).toContainText(words.quoted);
  await expect(await requestCard(page, caps)).toContainText(words.declined);

  // The profile: a category found without diacritics, a certificate with its issuer, a shorter lead time.
  await page.goto(`/supplier/${supplier.id}/profile`);
  await expectAccessible(page);
  await screenshot(page, testInfo, "supplier-profile");
  await page.getByLabel(words.categorySearch).fill(locale === "vi" ? "thoi nhua" : "blow");
  await page
    .getByRole("button", { name: locale === "vi" ? "Thêm Thổi nhựa" : /^Add .*blow/i })
    .first()
    .click();
  await page.getByLabel(words.leadTime2).fill("10");
  const secondRow = page.getByRole("group", { name: locale === "vi" ? "Chứng nhận 2" : "Certification 2" });
  await secondRow
    .getByLabel(locale === "vi" ? "Chứng nhận" : "Certification", { exact: true })
    .selectOption({ label: "ISO 14001" });
  await secondRow.getByLabel(words.issuer).fill("QUACERT");
  await secondRow
    .getByLabel(words.certificateFile)
    .setInputFiles({ name: "iso-14001.pdf", mimeType: "application/pdf", buffer: samplePdf() });
  await page.getByRole("button", { name: words.saveProfile }).click();
  await expect(page.getByRole("status").filter({ hasText: words.saved })).toBeVisible();
  // The scan is on file: its link opens it for the supplier.
  const scan = page
    .getByRole("group", { name: locale === "vi" ? "Chứng nhận 2" : "Certification 2" })
    .getByRole("link", { name: words.onFileLink });
  const scanFile = await page.request.get((await scan.getAttribute("href")) ?? "");
  expect(scanFile.status()).toBe(200);
  const saved = (await call(stack, "GET", `/v1/suppliers/${supplier.id}`, undefined, supplier)) as {
    leadTimeDays: number;
    categories: { code: string }[];
    certifications: { code: string; issuer: string | null }[];
  };
  expect(saved.leadTimeDays).toBe(10);
  expect(saved.categories.length).toBe(2);
  expect(saved.certifications).toContainEqual(
    expect.objectContaining({ code: "iso-14001", issuer: "QUACERT" }),
  );

  // The zone picked on the map: a tap on another zone's dot chooses it in the by-name list.
  const zoneList = page.locator("#field-location\\.zoneId");
  const before = await zoneList.inputValue();
  // A zone apart from the others (nothing else within a dot's width), so the tap can mean only it.
  const targetId = await page.getByTestId("zone-pick-map").evaluate((map, current) => {
    const dots = Array.from(map.querySelectorAll("circle[data-zone]")).map((dot) => ({
      id: dot.getAttribute("data-zone") ?? "",
      x: Number(dot.getAttribute("cx")),
      y: Number(dot.getAttribute("cy")),
    }));
    const apart = dots.find(
      (dot) =>
        dot.id !== current &&
        dots.every((other) => other === dot || (other.x - dot.x) ** 2 + (other.y - dot.y) ** 2 > 400),
    );
    return apart?.id ?? "";
  }, before);
  expect(targetId).not.toBe("");
  const target = page.locator(`[data-testid=zone-pick-map] circle[data-zone="${targetId}"]`);
  await target.click({ force: true });
  await expect(zoneList).toHaveValue(targetId);
  await page.getByTestId("zone-pick-map").scrollIntoViewIfNeeded();
  await page
    .locator("figure")
    .filter({ has: page.getByTestId("zone-pick-map") })
    .screenshot({ path: `test-results/screens/${testInfo.project.name}-zone-pick-map.png` });
  await page.reload();

  // A photo, resized by the API and shown back from the web's address.
  const pixel = tinyPng();
  await page
    .getByLabel(words.photoField)
    .setInputFiles({ name: "xuong.png", mimeType: "image/png", buffer: pixel });
  await page.getByRole("button", { name: words.photoUpload }).click();
  const photo = page.getByRole("img", { name: words.photoAlt });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await screenshot(page, testInfo, "supplier-profile-photo");

  // The public profile shows the photo (lazy, described) and says the certificate is on file; a visitor who is
  // not the supplier gets no link to the scan itself.
  const visitor = await page
    .context()
    .browser()
    ?.newContext({ baseURL: stack.webUrl, ...(locale === "vi" ? { locale: "vi-VN" } : {}) });
  if (!visitor) throw new Error("no browser");
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/${locale}/suppliers/${supplier.id}`);
  const photos = publicPage.getByRole("region", { name: words.photos });
  await expect(photos.getByRole("img", { name: words.photoAlt })).toHaveAttribute("loading", "lazy");
  await expect(
    publicPage.getByRole("region", { name: locale === "vi" ? "Chứng nhận" : "Certifications", exact: true }),
  ).toContainText(words.onFile);
  await expect(
    publicPage.getByRole("link", { name: /Mở tệp chứng chỉ|Open the certificate file/ }),
  ).toHaveCount(0);
  await expectAccessible(publicPage);
  await screenshot(publicPage, testInfo, "supplier-public-photos");
  await visitor.close();

  // Another supplier's workspace does not exist for this one.
  const other = await page.goto(`/supplier/${stack.suppliers.carton.id}/requests`);
  expect(other?.status()).toBe(404);
});
