// A visitor's first journey: the home page, a search without diacritics, a supplier's profile; each page
// accessible and readable as text, in both sizes.
import { expect, expectAccessible, screenshot, test } from "./fixtures";

test("a visitor searches 'thung carton 5 lop' and opens a supplier", async ({ page, stack }, testInfo) => {
  await page.goto("/vi");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("nhà cung cấp");
  await expectAccessible(page);
  await screenshot(page, testInfo, "home-vi");

  await page.getByRole("searchbox", { name: "Bạn cần tìm gì?" }).fill("thung carton 5 lop");
  await page.getByRole("button", { name: "Tìm nhà cung cấp" }).click();
  await expect(page).toHaveURL(/\/vi\/suppliers\?q=thung\+carton\+5\+lop/);
  const results = page.getByRole("region", { name: /nhà cung cấp cho/ });
  const carton = results.getByRole("link", { name: stack.suppliers.carton.name });
  await expect(carton).toBeVisible();
  await expect(results.locator("mark").first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "search-vi");

  await carton.click();
  await expect(page).toHaveURL(new RegExp(`/vi/suppliers/${stack.suppliers.carton.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(stack.suppliers.carton.name);
  await expect(page.getByText("Đã xác minh").first()).toBeVisible();
  await expect(page.getByText("500.000 cái")).toBeVisible();
  await expect(page.getByText("Sắp hết hạn")).toBeVisible();
  await expect(page.getByText("Nhật Bản, Hàn Quốc")).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({
    "@type": "Organization",
    legalName: "Công ty TNHH Bao Bì Giấy Tân Phú Trung",
  });
  await expectAccessible(page);
  await screenshot(page, testInfo, "profile-vi");
});

test("a supplier name made of markup shows as text in results, highlights and its profile", async ({
  page,
  stack,
}, testInfo) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`/en/suppliers?q=${encodeURIComponent("thùng carton")}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const card = page.getByRole("link", { name: stack.suppliers.markupName.name });
  await expect(card).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  await screenshot(page, testInfo, "search-en");

  await card.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(stack.suppliers.markupName.name);
  await expect(page.getByText("<script>alert(2)</script>", { exact: false })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, testInfo, "profile-markup-en");
  expect(dialogs).toEqual([]);
});

test("a facet link narrows the results and 'clear all filters' widens them again", async ({
  page,
  stack,
}) => {
  await page.goto(`/en/suppliers?q=${encodeURIComponent("thùng carton")}`);
  await expect(page.getByRole("heading", { level: 2, name: "2 suppliers for “thùng carton”" })).toBeVisible();
  const languages = page.getByRole("region", { name: "Languages spoken" });
  await languages.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/languages=en/);
  await expect(page.getByRole("heading", { level: 2, name: "1 supplier for “thùng carton”" })).toBeVisible();
  await expect(page.getByRole("link", { name: stack.suppliers.carton.name })).toBeVisible();
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2 suppliers for “thùng carton”" })).toBeVisible();
});

test("a search that finds nothing says what to try, and bad parameters are named, not a failure", async ({
  page,
}, testInfo) => {
  const response = await page.goto("/vi/suppliers?q=zzqqxx%20khong%20co&page=999&verified=maybe");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Không tìm thấy nhà cung cấp phù hợp")).toBeVisible();
  await expect(page.getByText(/không hợp lệ nên đã bị bỏ qua: Trang, Đã xác minh/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "search-empty-vi");

  // A certificate code the API does not know (an old link): the search runs without it and says so.
  await page.goto("/vi/suppliers?q=thung%20carton&certifications=chung-nhan-khong-co");
  await expect(page.getByText(/không hợp lệ nên đã bị bỏ qua: Chứng nhận/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /nhà cung cấp cho/ })).toBeVisible();
  await expect(page.locator("main article").first()).toBeVisible();
});

test("the first visit goes to the browser's language, and unknown locales and suppliers are 404", async ({
  page,
  request,
  baseURL,
}) => {
  const english = await request.get(`${baseURL}/`, {
    headers: { "accept-language": "en-GB,en;q=0.9" },
    maxRedirects: 0,
  });
  expect(english.status()).toBe(307);
  expect(english.headers().location).toMatch(/\/en$/);
  const other = await request.get(`${baseURL}/`, {
    headers: { "accept-language": "fr-FR" },
    maxRedirects: 0,
  });
  expect(other.headers().location).toMatch(/\/vi$/);

  expect((await request.get(`${baseURL}/fr/suppliers`)).status()).toBe(404);
  const missing = await page.goto("/vi/suppliers/0190a000-0000-7000-8000-000000000000");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
});
