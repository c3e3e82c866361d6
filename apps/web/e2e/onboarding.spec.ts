// Onboarding in the browser: an association imports its member directory with claim invitations; a supplier
// claims its profile through the emailed link and asks to be verified; a platform admin verifies it in the
// console. Phone (vi) first, then desktop; every page checked with axe and photographed.
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { linkFromEmail, logIn, registerAccount, uniqueAddress, uniqueEmail } from "./accounts";
import { expect, expectAccessible, screenshot, test } from "./fixtures";
import type { StackInfo } from "./stack/stack-info";

// A valid MST (check digit) under Ho Chi Minh City's prefix, random so the two projects never share a company.
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
function randomTaxCode(): string {
  for (let sequence = 8_000_000 + (randomBytes(3).readUIntBE(0, 3) % 1_900_000); ; sequence++) {
    const first9 = `03${String(sequence).padStart(7, "0")}`;
    const sum = [...first9].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0) % 11;
    if (sum !== 0) return `${first9}${10 - sum}`;
  }
}

/** A page of its own (cookies and all) for one person, signed in through the login form. */
async function signedIn(
  browser: Browser,
  stack: StackInfo,
  who: { email: string; password: string },
  locale: "vi" | "en",
) {
  const context = await browser.newContext({
    baseURL: stack.webUrl,
    extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() },
  });
  const page = await context.newPage();
  await page.goto(`/${locale}/login`);
  await logIn(page, locale, who.email, who.password);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

async function look(page: Page, testInfo: Parameters<Parameters<typeof test>[2]>[1], name: string) {
  await expectAccessible(page);
  await screenshot(page, testInfo, name);
}

test("an association imports with claim invitations, a supplier claims and asks for verification, an admin verifies it", async ({
  browser,
  page,
  stack,
}, testInfo) => {
  test.setTimeout(240_000);
  const phone = testInfo.project.name === "phone";
  const language = phone ? "vi" : "en";
  const company = phone ? "Công ty TNHH Cơ Khí Chính Xác Hòa Bình" : "Công ty TNHH Bao Bì Phương Nam";
  const taxCode = randomTaxCode();
  const contact = uniqueEmail("contact");

  // 1. The association uploads its directory (one good row with an email, one refused row), invitations on.
  const association = await signedIn(browser, stack, stack.consoleAccounts.association, "vi");
  await association.goto("/admin/import");
  await expect(
    association.getByRole("heading", { level: 1, name: "Nhập danh bạ nhà cung cấp" }),
  ).toBeVisible();
  await look(association, testInfo, "import-vi");
  const csv = [
    "Mã số thuế,Tên doanh nghiệp,Ngành hàng,KCN,Người liên hệ,Email",
    `${taxCode},${company},Gia công CNC,VSIP I,Nguyễn Thị Lan,${contact}`,
    "123,Công ty Sai Mã Số Thuế,Gia công CNC,VSIP I,,",
  ].join("\r\n");
  await association
    .getByLabel("Tệp danh bạ (CSV hoặc XLSX)")
    .setInputFiles({ name: "hoi-vien.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await association.getByLabel("Gửi lời mời nhận hồ sơ tới email trong tệp").check();
  await association.getByLabel("Ngôn ngữ của lời mời").selectOption(language);
  await association.getByRole("button", { name: "Nhập danh bạ" }).click();
  await expect(association.getByRole("status")).toContainText(
    "Kết quả: 2 dòng, 1 mới, 0 cập nhật, 1 bị từ chối, 1 lời mời đã gửi.",
  );
  const refused = association.getByRole("table").getByRole("row").nth(1);
  await expect(refused).toContainText("3");
  // The row's problem reads in the page's language, on the page and in the error file (the API's message is English).
  const wrongTaxCode = "“123” không phải mã số thuế hợp lệ";
  await expect(refused).toContainText(wrongTaxCode);
  await expect(refused).not.toContainText("not a valid");
  const errorFile = association.getByRole("link", { name: "Tải tệp lỗi (CSV)" });
  await expect(errorFile).toHaveAttribute("download", "import-errors.csv");
  const errorFileText = decodeURIComponent((await errorFile.getAttribute("href"))?.split(",")[1] ?? "");
  expect(errorFileText).toContain(`"3","tax_code","${wrongTaxCode}`);
  await look(association, testInfo, "import-report-vi");

  // 2. The company's contact registers (the invitation went to that address) and opens the emailed link.
  const supplierAccount = await registerAccount(stack, { language, verified: true, organization: company });
  const supplier = await signedIn(browser, stack, supplierAccount, language);
  await supplier.goto(`/claim?q=${taxCode}`);
  const card = supplier.getByRole("listitem").filter({ hasText: company });
  await expect(card).toContainText(
    phone ? "Do Hiệp hội Doanh nghiệp Cơ khí Điện TP.HCM đưa lên" : "Listed by Hiệp hội",
  );
  await expect(card).toContainText(/c\*+@e\*+\.test/);
  await look(supplier, testInfo, `claim-search-${language}`);

  const link = await linkFromEmail(stack, contact, "/claim/confirm");
  expect(new URL(link).pathname).toBe(`/${language}/claim/confirm`);
  await supplier.goto(link);
  await expect(supplier).toHaveURL(new RegExp(`/${language}/claim/confirm$`));
  await look(supplier, testInfo, `claim-confirm-${language}`);
  await supplier
    .getByRole("button", { name: phone ? "Xác nhận và nhận quản lý" : "Confirm and claim" })
    .click();
  await expect(supplier.getByRole("status")).toContainText(
    phone ? "Bạn đã nhận quản lý hồ sơ" : "You have claimed the profile",
  );
  await look(supplier, testInfo, `claim-done-${language}`);

  // The same link a second time (from another page: the same URL but its fragment would not reload): a clear
  // refusal, nothing changes.
  await supplier.goto("/claim");
  await supplier.goto(link);
  await supplier
    .getByRole("button", { name: phone ? "Xác nhận và nhận quản lý" : "Confirm and claim" })
    .click();
  await expect(supplier.getByRole("main").getByRole("alert")).toContainText(
    phone ? "Liên kết này đã được dùng" : "This link was already used",
  );

  // 3. The supplier asks to be verified.
  await supplier.goto("/supplier/verification");
  await expect(supplier.getByText(phone ? "Chưa xác minh" : "Not verified")).toBeVisible();
  await supplier
    .getByLabel(phone ? "Thông tin cho người xem xét" : "Information for the reviewer")
    .fill(`Giấy ĐKKD số ${taxCode}, cấp ngày 12/03/2015`);
  await look(supplier, testInfo, `verification-form-${language}`);
  await supplier
    .getByRole("button", { name: phone ? "Gửi yêu cầu xác minh" : "Ask for verification" })
    .click();
  await expect(supplier.getByRole("status")).toContainText(phone ? "đang chờ xem xét" : "waiting for review");

  // 4. The admin verifies it in the console, with a reason; the supplier is emailed and the audit log says so.
  const admin = await signedIn(browser, stack, stack.consoleAccounts.admin, "vi");
  await admin.goto("/admin");
  await expect(admin.getByRole("heading", { level: 1, name: "Quản trị" })).toBeVisible();
  await look(admin, testInfo, "admin-home-vi");
  await admin.goto("/admin/verification");
  const request = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: company }) });
  await expect(request).toContainText(`Giấy ĐKKD số ${taxCode}`);
  await look(admin, testInfo, "admin-verification-vi");
  await request.getByLabel("Lý do").fill("Giấy ĐKKD khớp mã số thuế; đã gọi điện xác nhận");
  await request.getByRole("button", { name: "Chấp nhận" }).click();
  await expect(request.getByRole("status")).toContainText("Đã ghi quyết định.");

  const outcome = await linkFromEmail(stack, supplierAccount.email, "/profile");
  expect(outcome).toContain("/supplier/");
  await supplier.reload();
  await expect(supplier.getByText(phone ? "Đã xác minh" : "Verified", { exact: true })).toBeVisible();
  await expect(supplier.getByText("Giấy ĐKKD khớp mã số thuế; đã gọi điện xác nhận")).toBeVisible();
  await look(supplier, testInfo, `verification-done-${language}`);

  await admin.goto("/admin/audit");
  await expect(
    admin
      .getByRole("main")
      .getByRole("listitem")
      .filter({ hasText: "verification.approve" })
      .filter({ hasText: "Giấy ĐKKD khớp mã số thuế; đã gọi điện xác nhận" })
      .first(),
  ).toBeVisible();
  await look(admin, testInfo, "admin-audit-vi");

  // Someone who is not an admin does not find the console.
  const notAdmin = await supplier.goto("/admin/verification");
  expect(notAdmin?.status()).toBe(404);
  await page.close();
});

test("a company without a contact email claims with its registration certificate, the admin opens it and approves, and verification carries documents", async ({
  browser,
  page,
  stack,
}, testInfo) => {
  test.setTimeout(240_000);
  const phone = testInfo.project.name === "phone";
  const language = phone ? "vi" : "en";
  const company = phone ? "Công ty TNHH In Bao Bì Tân Định" : "Công ty CP Nhựa Kỹ Thuật Long Hậu";
  const taxCode = randomTaxCode();
  const words = phone
    ? {
        noEmail: "Hồ sơ không có email liên hệ",
        certificate: "Giấy chứng nhận đăng ký doanh nghiệp",
        send: "Gửi giấy chứng nhận để nhận hồ sơ",
        wrongType: "Hãy gửi tệp PDF",
        sent: "Đã gửi giấy chứng nhận",
        claimsNav: "Nhận hồ sơ công ty",
        approved: "Đã nhận quản lý",
        documents: "Giấy tờ (không bắt buộc)",
        note: "Thông tin cho người xem xét",
        ask: "Gửi yêu cầu xác minh",
        waiting: "đang chờ xem xét",
      }
    : {
        noEmail: "The profile has no contact email",
        certificate: "Business registration certificate",
        send: "Send the certificate to claim",
        wrongType: "Send a PDF",
        sent: "Your certificate was sent",
        claimsNav: "Claim your company",
        approved: "Claimed",
        documents: "Documents (optional)",
        note: "Information for the reviewer",
        ask: "Ask for verification",
        waiting: "waiting for review",
      };
  const pdf = (label: string) =>
    Buffer.from(`%PDF-1.7\n% ${label}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n`);

  // The association's directory lists the company without an email: no link can prove a claim.
  const association = await signedIn(browser, stack, stack.consoleAccounts.association, "vi");
  await association.goto("/admin/import");
  const csv = [
    "Mã số thuế,Tên doanh nghiệp,Ngành hàng,KCN,Người liên hệ,Email",
    `${taxCode},${company},Bao bì giấy,VSIP I,Trần Văn Minh,`,
  ].join("\r\n");
  await association
    .getByLabel("Tệp danh bạ (CSV hoặc XLSX)")
    .setInputFiles({ name: "hoi-vien.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await association.getByRole("button", { name: "Nhập danh bạ" }).click();
  await expect(association.getByRole("status")).toContainText("1 mới");

  // The company finds it from the header's claim link and sends its certificate; a wrong file is refused in place.
  const owner = await registerAccount(stack, { language, verified: true, organization: company });
  const claimant = await signedIn(browser, stack, owner, language);
  await claimant.goto(`/${language}/suppliers`);
  await claimant.getByRole("banner").getByRole("link", { name: words.claimsNav }).click();
  await expect(claimant).toHaveURL(/\/claim$/);
  await claimant.goto(`/claim?q=${taxCode}`);
  const card = claimant.getByRole("listitem").filter({ hasText: company });
  await expect(card).toContainText(words.noEmail);
  await card
    .getByLabel(words.certificate)
    .setInputFiles({ name: "dkkd.txt", mimeType: "text/plain", buffer: Buffer.from("not a certificate") });
  await card.getByRole("button", { name: new RegExp(words.send) }).click();
  await expect(claimant.getByRole("listitem").filter({ hasText: company })).toContainText(words.wrongType);
  await claimant
    .getByRole("listitem")
    .filter({ hasText: company })
    .getByLabel(words.certificate)
    .setInputFiles({ name: "giay-dkkd.pdf", mimeType: "application/pdf", buffer: pdf(taxCode) });
  await claimant
    .getByRole("listitem")
    .filter({ hasText: company })
    .getByRole("button", { name: new RegExp(words.send) })
    .click();
  await expect(claimant.getByRole("status")).toContainText(words.sent);
  await look(claimant, testInfo, `claim-document-${language}`);

  // The admin opens the certificate from the claims queue and approves; the claimant is emailed.
  const admin = await signedIn(browser, stack, stack.consoleAccounts.admin, "vi");
  await admin.goto("/admin/claims");
  const waiting = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: company }) });
  const certificateLink = waiting.getByRole("link", { name: "Giấy chứng nhận: giay-dkkd.pdf" });
  const opened = await admin.request.get((await certificateLink.getAttribute("href")) ?? "");
  expect(opened.status()).toBe(200);
  expect(opened.headers()["content-type"]).toContain("application/pdf");
  await look(admin, testInfo, "admin-claims-document-vi");
  await waiting.getByLabel("Lý do").fill("Giấy ĐKKD khớp mã số thuế");
  await waiting.getByRole("button", { name: "Chấp nhận" }).click();
  await expect(waiting.getByRole("status")).toContainText("Đã ghi quyết định.");
  const decided = await linkFromEmail(stack, owner.email, "/profile");
  expect(decided).toContain("/supplier/");
  await claimant.goto("/claim");
  await expect(claimant.getByRole("main")).toContainText(words.approved);

  // Verification with documents; the admin opens them from the queue.
  await claimant.goto("/supplier/verification");
  await claimant.getByLabel(words.note).fill(`MST ${taxCode}`);
  await claimant.getByLabel(words.documents).setInputFiles([
    { name: "giay-dkkd.pdf", mimeType: "application/pdf", buffer: pdf(`dkkd ${taxCode}`) },
    { name: "iso-9001.pdf", mimeType: "application/pdf", buffer: pdf(`iso ${taxCode}`) },
  ]);
  await look(claimant, testInfo, `verification-documents-${language}`);
  await claimant.getByRole("button", { name: words.ask }).click();
  await expect(claimant.getByRole("status")).toContainText(words.waiting);
  await admin.goto("/admin/verification");
  const request = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: company }) });
  const iso = request.getByRole("link", { name: "Mở iso-9001.pdf" });
  const isoFile = await admin.request.get((await iso.getAttribute("href")) ?? "");
  expect(isoFile.status()).toBe(200);
  await look(admin, testInfo, "admin-verification-documents-vi");
  await page.close();
});

test("a platform admin opens the job queue board from the console through the web; nobody else reaches it", async ({
  browser,
  page,
  stack,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, stack, stack.consoleAccounts.admin, "vi");
  const requested: string[] = [];
  admin.on("request", (request) => requested.push(request.url()));
  await admin.goto("/admin");
  await admin
    .getByRole("navigation", { name: "Mục quản trị" })
    .getByRole("link", { name: "Hàng đợi tác vụ" })
    .click();
  await expect(admin).toHaveURL(/\/admin\/queues/);
  // The board's own page and its JSON API, passed through the web's address with the admin's session.
  await expect(admin.getByText("Kết Nối jobs")).toBeVisible();
  await expect(admin.getByText("notifications", { exact: true }).first()).toBeVisible();
  await screenshot(admin, testInfo, "admin-queue-board");
  const board = await admin.request.get("/admin/queues");
  expect(board.status()).toBe(200);
  expect(board.headers()["content-security-policy"]).toContain("script-src 'self'");
  expect(board.headers()["cache-control"]).toBe("private, no-store");
  // The access token stays on the web server: no URL the browser asked for (and a log could keep) carries one.
  expect(requested.length).toBeGreaterThan(2);
  for (const url of requested) expect(url, url).not.toMatch(/eyJ[\w-]+\.|token=|authorization/i);

  // A change (retry, clean) must come from our page: without its Origin the web refuses it.
  const withoutOrigin = await admin.request.put("/admin/queues/api/queues/matching/retry/failed");
  expect(withoutOrigin.status()).toBe(403);
  const fromThePage = await admin.request.put("/admin/queues/api/queues/matching/retry/failed", {
    headers: { origin: new URL(stack.webUrl).origin },
  });
  expect(fromThePage.status()).toBe(200);

  // An association owner and a visitor without a session get the console's 404, never the board.
  const association = await signedIn(browser, stack, stack.consoleAccounts.association, "vi");
  for (const path of ["/admin/queues", "/admin/queues/api/queues"]) {
    expect((await association.request.get(path)).status(), path).toBe(404);
    expect((await page.request.get(`${stack.webUrl}${path}`)).status(), path).toBe(404);
  }
});
