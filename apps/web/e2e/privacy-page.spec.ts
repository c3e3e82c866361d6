// The privacy page: what is kept, why and for how long, in both languages, accessible at both sizes.
import { expect, expectAccessible, screenshot, test } from "./fixtures";

test("the privacy page says what is kept, why and for how long, in Vietnamese and English", async ({
  page,
}, testInfo) => {
  await page.goto("/vi/privacy");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dữ liệu cá nhân của bạn");
  await expect(page.getByRole("heading", { name: "Trong bao lâu" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "privacy-vi");

  await page.goto("/en/privacy");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your personal data");
  await expect(page.getByRole("heading", { name: "Delete your account" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "privacy-en");
});
