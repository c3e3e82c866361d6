// The notification settings page for same-day request alerts and quiet hours: what a person sees by default, a
// refused change shown next to its field in the page's language with nothing typed lost, and a saved change.
import { logIn, registerAccount, uniqueAddress } from "./accounts";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

const localeOf = (projectName: string) => (projectName === "phone" ? "vi" : "en");

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

const copy = {
  vi: {
    heading: "Email thông báo",
    alerts: "Email khi có yêu cầu mới phù hợp với nhà cung cấp của bạn",
    alertsOff: "Không nhận",
    quiet: "Giờ yên tĩnh (không gửi email yêu cầu mới)",
    quietOn: "Giữ email đến hết giờ yên tĩnh",
    quietOff: "Gửi bất kỳ giờ nào",
    from: "Từ",
    until: "Đến",
    save: "Lưu cài đặt",
    saved: "Đã lưu.",
  },
  en: {
    heading: "Email notifications",
    alerts: "Email when a new request matches your supplier",
    alertsOff: "Off",
    quiet: "Quiet hours (no new-request emails)",
    quietOn: "Hold emails until quiet hours end",
    quietOff: "Send at any hour",
    from: "From",
    until: "Until",
    save: "Save settings",
    saved: "Saved.",
  },
} as const;

test("a supplier's person sets same-day alerts and quiet hours", async ({ page, stack }, testInfo) => {
  const locale = localeOf(testInfo.project.name);
  const words = copy[locale];
  const account = await registerAccount(stack, { language: locale, verified: true });
  await page.goto("/settings/notifications");
  await logIn(page, locale, account.email);
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: words.heading })).toBeVisible();

  // The defaults: alerts on, quiet 21:00–07:00 Ho Chi Minh City time.
  const quiet = page.getByRole("group", { name: words.quiet });
  await expect(quiet.getByLabel(words.quietOn)).toBeChecked();
  await expect(quiet.getByLabel(words.from, { exact: true })).toHaveValue("21:00");
  await expect(quiet.getByLabel(words.until, { exact: true })).toHaveValue("07:00");
  await expect(quiet.getByText("Asia/Ho_Chi_Minh")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, `settings-alerts-${locale}`);

  // Quiet hours that start and end at the same minute are refused next to "until"; the times stay as typed.
  await quiet.getByLabel(words.from, { exact: true }).fill("22:30");
  await quiet.getByLabel(words.until, { exact: true }).fill("22:30");
  await page.getByRole("button", { name: words.save }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  const until = quiet.getByLabel(words.until, { exact: true });
  await expect(until).toHaveAttribute("aria-invalid", "true");
  await expect(quiet.getByLabel(words.from, { exact: true })).toHaveValue("22:30");
  await expectAccessible(page);
  await screenshot(page, testInfo, `settings-alerts-error-${locale}`);

  await until.fill("06:00");
  await page.getByRole("group", { name: words.alerts }).getByLabel(words.alertsOff).check();
  await page.getByRole("button", { name: words.save }).click();
  await expect(page.getByRole("status")).toHaveText(words.saved);
  await page.reload();
  await expect(page.getByRole("group", { name: words.alerts }).getByLabel(words.alertsOff)).toBeChecked();
  await expect(quiet.getByLabel(words.from, { exact: true })).toHaveValue("22:30");
  await expect(quiet.getByLabel(words.until, { exact: true })).toHaveValue("06:00");

  await quiet.getByLabel(words.quietOff).check();
  await page.getByRole("button", { name: words.save }).click();
  await expect(page.getByRole("status")).toHaveText(words.saved);
  await page.reload();
  await expect(quiet.getByLabel(words.quietOff)).toBeChecked();
});
