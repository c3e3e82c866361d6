// Accounts in the browser: registering and confirming the email from the emailed link, settings, logging in from
// a deep link and back, a password reset and an invitation from their emails, unsubscribing, and sessions that
// survive an access token's expiry in two tabs. Every page is checked with axe and photographed at both sizes.
import {
  linkFromEmail,
  logIn,
  password,
  registerAccount,
  uniqueAddress,
  uniqueEmail,
  unsubscribeToken,
} from "./accounts";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

const localeOf = (projectName: string) => (projectName === "phone" ? "vi" : "en");

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test("a buyer registers, confirms the email from the emailed link, and changes a notification setting", async ({
  page,
  stack,
}, testInfo) => {
  const email = uniqueEmail("register");
  await page.goto("/vi/register?role=buyer");
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký tổ chức của bạn" })).toBeVisible();
  await expect(page.getByLabel("Tìm nhà cung cấp (bên mua)")).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, testInfo, "register-vi");

  // A weak password: the API's reason next to the field, in Vietnamese, and nothing typed is lost.
  await page.getByLabel("Tên công ty hoặc cơ sở").fill("Công ty TNHH Cơ Khí Việt Nhật");
  await page.getByLabel("Họ tên của bạn").fill("Phạm Văn Minh");
  await page.getByLabel("Email công việc").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("password123");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const passwordError = page.locator("#field-password-error");
  await expect(passwordError).toContainText("rất phổ biến");
  await expect(page.getByLabel("Email công việc")).toHaveValue(email);
  await expect(page.getByLabel("Tên công ty hoặc cơ sở")).toHaveValue("Công ty TNHH Cơ Khí Việt Nhật");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Có một chỗ cần sửa");
  await expectAccessible(page);
  await screenshot(page, testInfo, "register-errors-vi");

  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page).toHaveURL(/\/settings\/account$/);
  await expect(page.getByText("Chưa xác nhận")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "settings-account-vi");

  const link = await linkFromEmail(stack, email, "/verify-email");
  expect(new URL(link).pathname).toBe("/vi/verify-email");
  expect(new URL(link).search).toBe("");
  await page.goto(link);
  // The token left the address bar once read from the fragment.
  await expect(page).toHaveURL(/\/vi\/verify-email$/);
  await expectAccessible(page);
  await screenshot(page, testInfo, "verify-email-vi");
  await page.getByRole("button", { name: "Xác nhận email" }).click();
  await expect(page.getByRole("heading", { name: "Email đã được xác nhận" })).toBeVisible();

  await page.goto("/settings/notifications");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1, name: "Email thông báo" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "settings-notifications-vi");
  await page
    .getByRole("group", { name: "Bản tin hằng tuần về kết nối mới" })
    .getByLabel("Không nhận")
    .check();
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");
  await page.reload();
  await expect(
    page.getByRole("group", { name: "Bản tin hằng tuần về kết nối mới" }).getByLabel("Không nhận"),
  ).toBeChecked();

  // The account's language decides the signed-in pages' language.
  await page
    .getByRole("group", { name: "Ngôn ngữ của email và các trang khi bạn đăng nhập" })
    .getByLabel("Tiếng Anh")
    .check();
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Email notifications" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Email notifications" })).toBeVisible();
  await screenshot(page, testInfo, "settings-notifications-en");
});

test("a logged-out deep link goes to login and back; a foreign returnTo never leaves the site", async ({
  page,
  stack,
}, testInfo) => {
  const locale = localeOf(testInfo.project.name);
  const account = await registerAccount(stack, { language: locale });
  await page.goto("/organization/members");
  await expect(page).toHaveURL(new RegExp(`/${locale}/login\\?returnTo=%2Forganization%2Fmembers$`));
  await expectAccessible(page);
  await screenshot(page, testInfo, `login-${locale}`);
  await logIn(page, locale, account.email);
  await expect(page).toHaveURL(/\/organization\/members$/);
  await expect(page.getByText(account.email)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, `members-${locale}`);

  // Logging out ends the session; the page asks for a login again.
  await page.getByRole("button", { name: locale === "vi" ? "Đăng xuất" : "Log out" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  for (const foreign of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
    await page.goto(`/${locale}/login?returnTo=${encodeURIComponent(foreign)}`);
    await logIn(page, locale, account.email);
    await expect(page).toHaveURL(/\/settings\/notifications$/);
    expect(new URL(page.url()).host).toBe(new URL(stack.webUrl).host);
    await page.getByRole("button", { name: locale === "vi" ? "Đăng xuất" : "Log out" }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  }
});

test("two tabs keep working across an access token's expiry (one refresh, the family never revoked)", async ({
  page,
  context,
  stack,
}, testInfo) => {
  const locale = localeOf(testInfo.project.name);
  const account = await registerAccount(stack, { language: locale });
  await page.goto(`/${locale}/login?returnTo=%2Fsettings%2Fnotifications`);
  await logIn(page, locale, account.email);
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  const second = await context.newPage();
  await second.goto("/organization/members");
  await expect(second.getByText(account.email)).toBeVisible();

  for (let round = 0; round < 2; round++) {
    // Past the access token's lifetime, both tabs render at the same moment.
    await page.waitForTimeout((stack.accessTokenTtlSeconds + 1) * 1000);
    await Promise.all([page.reload(), second.reload()]);
    await expect(page).toHaveURL(/\/settings\/notifications$/);
    await expect(second).toHaveURL(/\/organization\/members$/);
    await expect(second.getByText(account.email)).toBeVisible();
  }
  // And a change still goes through.
  await page.getByRole("button", { name: locale === "vi" ? "Lưu cài đặt" : "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText(locale === "vi" ? "Đã lưu." : "Saved.");
});

test("a forgotten password is reset from the emailed link", async ({ page, stack }, testInfo) => {
  const account = await registerAccount(stack, { language: "en" });
  await page.goto("/en/forgot-password");
  await expectAccessible(page);
  await screenshot(page, testInfo, "forgot-password-en");
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${account.email} has an account`);

  const link = await linkFromEmail(stack, account.email, "/reset-password");
  await page.goto(link);
  await expect(page).toHaveURL(/\/en\/reset-password$/);
  await page.getByLabel("New password").fill("12345678");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.locator("#field-password-error")).toContainText("at least 10 characters");
  await expectAccessible(page);
  await screenshot(page, testInfo, "reset-password-errors-en");
  const newPassword = "a quiet river behind the carton plant";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("heading", { name: "Password changed" })).toBeVisible();
  await screenshot(page, testInfo, "reset-password-done-en");

  await page.getByRole("link", { name: "Log in" }).last().click();
  await logIn(page, "en", account.email, newPassword);
  await expect(page).toHaveURL(/\/settings\/notifications$/);
});

test("an owner invites a colleague, who accepts from the emailed link and lands in the organisation", async ({
  page,
  browser,
  stack,
}, testInfo) => {
  const owner = await registerAccount(stack, {
    language: "vi",
    verified: true,
    organization: "Công ty CP Nhựa Hóc Môn",
  });
  await page.goto("/vi/login?returnTo=%2Forganization%2Fmembers");
  await logIn(page, "vi", owner.email);
  const colleague = uniqueEmail("colleague");
  await page.getByLabel("Email của đồng nghiệp").fill(colleague);
  await page.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.getByRole("status")).toContainText(`Đã gửi lời mời tới ${colleague}`);
  await expect(page.getByRole("region", { name: "Lời mời đang chờ" })).toContainText(colleague);
  await screenshot(page, testInfo, "members-invited-vi");

  const link = await linkFromEmail(stack, colleague, "/accept-invitation");
  const inviteeContext = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() },
  });
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Tham gia Công ty CP Nhựa Hóc Môn" })).toBeVisible();
  await expectAccessible(invitee);
  await screenshot(invitee, testInfo, "accept-invitation-vi");
  await invitee.getByLabel("Họ tên của bạn").fill("Trịnh Thị Hạnh");
  await invitee.getByLabel("Mật khẩu", { exact: true }).fill("mật khẩu của Hạnh ở Hóc Môn");
  await invitee.getByRole("button", { name: "Nhận lời mời" }).click();
  await expect(invitee).toHaveURL(/\/organization\/members$/);
  await expect(invitee.getByText("Trịnh Thị Hạnh")).toBeVisible();
  await inviteeContext.close();
});

test("an unsubscribe link's page changes nothing until pressed; a mail provider's one-click works without a session", async ({
  page,
  request,
  stack,
}, testInfo) => {
  const account = await registerAccount(stack, { language: "en" });
  const token = await unsubscribeToken(stack, account.userId, "digest");
  await page.goto(`/en/unsubscribe?token=${encodeURIComponent(token)}`);
  await expect(page.getByRole("heading", { name: "Unsubscribe from the weekly digest" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "unsubscribe-en");
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page).toHaveURL(/\/en\/unsubscribe\/done\?scope=digest$/);
  await expect(page.getByRole("status")).toHaveText("You will no longer receive the weekly digest.");
  await screenshot(page, testInfo, "unsubscribe-done-en");

  const oneClick = await request.post(`/en/unsubscribe?token=${encodeURIComponent(token)}`, {
    multipart: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toBe("You will no longer receive the weekly digest.");
  const urlEncoded = await request.post(`/en/unsubscribe?token=${encodeURIComponent(token)}`, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(urlEncoded.status()).toBe(200);
  await page.goto("/en/unsubscribe?token=made-up");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "This unsubscribe link is not right.",
  );
});

test("a change sent from another site is refused (Origin check)", async ({ request, stack }) => {
  for (const path of ["/en/login", "/settings/notifications"]) {
    const forged = await request.post(path, {
      headers: { origin: "https://evil.example" },
      form: { email: "x@example.vn" },
      maxRedirects: 0,
    });
    expect(forged.status(), path).toBe(403);
  }
  const own = await request.post("/en/login", {
    headers: { origin: new URL(stack.webUrl).origin },
    form: {},
    maxRedirects: 0,
  });
  expect(own.status()).not.toBe(403);
});
