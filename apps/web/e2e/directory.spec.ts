// The public directory beyond one search: facets (category tree, certificates, former provinces), "near a zone"
// typed without diacritics with a distance on each hit, a profile's distances and contact call-to-action, the zone
// and category pages with the offline map, and what crawlers see. Every page accessible, in both sizes.
import type { Browser } from "@playwright/test";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

test("a visitor narrows 'thung carton 5 lop' with facets, searches near a zone and opens a supplier", async ({
  page,
  stack,
}, testInfo) => {
  await page.goto(`/vi/suppliers?q=${encodeURIComponent("thung carton 5 lop")}`);
  const results = page.getByRole("region", { name: /nhà cung cấp cho/ });
  const filters = page.getByRole("complementary", { name: "Lọc kết quả" });

  // The category tree: a group first, then one of its members in its place.
  await filters.getByRole("link", { name: /^Bao bì \(2\)$/ }).click();
  await expect(page).toHaveURL(/categories=packaging(&|$)/);
  await filters.getByRole("link", { name: /^Thùng carton \(2\)$/ }).click();
  await expect(page).toHaveURL(/categories=packaging\.corrugated-cartons/);
  await expect(results.getByRole("heading", { level: 2, name: /^2 nhà cung cấp/ })).toBeVisible();

  // A former province (before the July 2025 merger) narrows as much as the new one.
  await filters
    .getByRole("region", { name: "Tỉnh cũ (trước 1/7/2025)" })
    .getByRole("link", { name: /TP\. Hồ Chí Minh \(cũ\)/ })
    .click();
  await expect(page).toHaveURL(/province=HCMC\+%28former%29/);
  await expect(results.getByRole("heading", { level: 2, name: /^2 nhà cung cấp/ })).toBeVisible();

  // A certificate leaves the one supplier that holds it.
  await filters.getByRole("link", { name: /^ISO 9001 \(1\)$/ }).click();
  await expect(results.getByRole("heading", { level: 2, name: /^1 nhà cung cấp/ })).toBeVisible();
  await filters.getByRole("link", { name: "Bỏ lọc: ISO 9001" }).click();

  // Near a zone, typed without diacritics: each hit says how far it is, and the nearest can come first.
  await filters.getByLabel("Tên khu công nghiệp").fill("tay bac cu chi");
  await filters.getByLabel("Trong bán kính").selectOption("25");
  await filters.getByRole("button", { name: "Tìm gần khu này" }).click();
  await expect(page).toHaveURL(/near=tay\+bac\+cu\+chi&radiusKm=25/);
  await expect(filters.getByText("Trong bán kính 25 km quanh Khu công nghiệp Tây Bắc Củ Chi")).toBeVisible();
  await expect(results.locator("article")).toHaveCount(2);
  for (const card of await results.locator("article").all()) {
    await expect(card.getByText(/· cách \d+(,\d)? km/)).toBeVisible();
  }
  await results.getByRole("link", { name: "Gần nhất" }).click();
  await expect(results.locator("article").first()).toContainText("Tây Bắc Củ Chi");
  await expect(
    results
      .locator("article")
      .first()
      .getByText(/cách 0 km/),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "search-facets-near-vi");

  await results.getByRole("link", { name: stack.suppliers.carton.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(stack.suppliers.carton.name);
  const distances = page.getByRole("region", { name: "Khoảng cách đến các khu công nghiệp lớn" });
  await expect(
    distances.getByRole("row", { name: /Tân Phú Trung.*Nhà cung cấp ở trong khu này/ }),
  ).toBeVisible();
  await expect(distances.getByRole("row", { name: /VSIP I\)? .*\d+ km/ })).toBeVisible();
  // Contacts are for verified buyers: an anonymous visitor is asked to log in and comes back here.
  const contact = page.getByRole("region", { name: "Liên hệ" });
  await expect(contact.getByRole("link", { name: /Đăng nhập bằng tài khoản người mua/ })).toHaveAttribute(
    "href",
    `/vi/login?returnTo=${encodeURIComponent(`/vi/suppliers/${stack.suppliers.carton.id}`)}`,
  );
  await expect(page.getByText("+84 28 3892 1234")).toHaveCount(0);
  await expect(page.getByText("Trần Văn Hùng")).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, testInfo, "profile-distances-vi");
});

test("a zone name the page cannot find and numbers out of range are said next to their fields", async ({
  page,
}, testInfo) => {
  const response = await page.goto(
    "/en/suppliers?q=carton&near=atlantis&minCapacity=lots&capacityUnit=pieces&radiusKm=9999&page=0",
  );
  expect(response?.status()).toBe(200);
  await expect(
    page.getByText("Some search conditions were not valid and were ignored: Page, Radius, Minimum capacity."),
  ).toBeVisible();
  const near = page.getByLabel("Zone name");
  await expect(near).toHaveAttribute("aria-invalid", "true");
  await expect(near).toHaveValue("atlantis");
  await expect(page.locator("#near-zone-error")).toContainText("No industrial zone is called “atlantis”");
  await expect(page.locator("#min-capacity-error")).toHaveText("Enter a number above 0, for example 10000.");
  await expect(page.getByLabel("Quantity")).toHaveValue("lots");
  // The search still ran with what could be used.
  await expect(page.getByRole("heading", { level: 2, name: /suppliers? for “carton”/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "search-field-errors-en");

  // Codes the API does not know (an old link) are dropped one by one and named; the search still runs.
  await page.goto("/vi/suppliers?q=carton&zone=kcn-khong-co&province=Atlantis&categories=khong.co");
  await expect(page.getByText(/không hợp lệ nên đã bị bỏ qua: .*Khu công nghiệp/)).toBeVisible();
  await expect(page.getByText(/bị bỏ qua: .*Tỉnh, thành phố/)).toBeVisible();
  await expect(page.getByText(/bị bỏ qua: .*Ngành hàng/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /nhà cung cấp cho “carton”/ })).toBeVisible();

  // Nothing found near a zone: the page offers a wider radius and fewer words, each as a link.
  await page.goto(
    `/en/suppliers?q=${encodeURIComponent("thùng carton in offset")}&near=kcn-vsip-1&radiusKm=10`,
  );
  await expect(page.getByText("No matching suppliers")).toBeVisible();
  await expect(page.getByRole("link", { name: "searching within 25 km" })).toBeVisible();
  await expect(page.getByRole("link", { name: "searching with fewer words: “thùng carton”" })).toBeVisible();
  await screenshot(page, testInfo, "search-empty-near-en");
});

/** The page as a browser without JavaScript shows it: the text it can read. */
async function textWithoutJavaScript(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return (await page.locator("main").textContent()) ?? "";
  } finally {
    await context.close();
  }
}

test.describe("zones and categories", () => {
  test("the zone map and list lead to a zone's page, which lists its suppliers as text", async ({
    page,
    browser,
    baseURL,
    stack,
  }, testInfo) => {
    const withoutScript = await textWithoutJavaScript(browser, `${baseURL}/vi/zones/kcn-tay-bac-cu-chi`);
    expect(withoutScript).toContain(stack.suppliers.markupName.name);
    expect(withoutScript).toContain("Khu công nghiệp lân cận");

    await page.goto("/vi/zones");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Khu công nghiệp quanh TP. Hồ Chí Minh");
    const map = page.locator("figure.zone-map svg");
    await expect(map.locator("title")).toHaveText("Bản đồ các khu công nghiệp quanh TP. Hồ Chí Minh");
    await expect(map.locator("desc")).toContainText(
      "khu công nghiệp ở TP. Hồ Chí Minh, Đồng Nai và Tây Ninh",
    );
    expect(await map.locator("a").count()).toBeGreaterThan(100);
    await expect(map.getByRole("link", { name: "Khu công nghiệp Tây Bắc Củ Chi" })).toHaveAttribute(
      "href",
      "/vi/zones/kcn-tay-bac-cu-chi",
    );
    const list = page.getByRole("region", { name: "Tất cả khu công nghiệp" });
    await expect(list.getByRole("listitem").filter({ hasText: "Tây Bắc Củ Chi" })).toContainText(
      "1 nhà cung cấp",
    );
    await expectAccessible(page);
    await screenshot(page, testInfo, "zones-vi");

    await list.getByRole("link", { name: "Khu công nghiệp Tây Bắc Củ Chi" }).click();
    await expect(page).toHaveURL(/\/vi\/zones\/kcn-tay-bac-cu-chi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Khu công nghiệp Tây Bắc Củ Chi");
    const suppliers = page.getByRole("region", { name: /Nhà cung cấp trong khu/ });
    await expect(suppliers.getByRole("link", { name: stack.suppliers.markupName.name })).toBeVisible();
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.locator('figure.zone-map svg a[aria-current="page"]')).toHaveAttribute(
      "aria-label",
      "Khu công nghiệp Tây Bắc Củ Chi",
    );
    await expectAccessible(page);
    await screenshot(page, testInfo, "zone-vi");

    await page.goto("/en/zones/kcn-tan-phu-trung");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tan Phu Trung Industrial Park");
    await expect(page.getByRole("link", { name: stack.suppliers.carton.name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Zones nearby" }).getByRole("listitem")).toHaveCount(6);
    await expectAccessible(page);
    await screenshot(page, testInfo, "zone-en");

    expect((await page.goto("/en/zones/kcn-khong-co"))?.status()).toBe(404);
  });

  test("the category index and a category page list the suppliers of the category and its members", async ({
    page,
    browser,
    baseURL,
    stack,
  }, testInfo) => {
    const withoutScript = await textWithoutJavaScript(browser, `${baseURL}/en/categories/packaging`);
    expect(withoutScript).toContain(stack.suppliers.carton.name);
    expect(withoutScript).toContain("Corrugated cartons");

    await page.goto("/en/categories");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Supporting-industry categories");
    await expect(page.getByRole("region", { name: /Packaging/ })).toContainText(
      "Corrugated cartons(2 suppliers)",
    );
    await expectAccessible(page);
    await screenshot(page, testInfo, "categories-en");

    await page.getByRole("link", { name: "Packaging", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/categories\/packaging$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Packaging");
    const suppliers = page.getByRole("region", { name: /^Suppliers/ });
    await expect(suppliers.getByRole("link", { name: stack.suppliers.carton.name })).toBeVisible();
    await expect(suppliers.getByRole("link", { name: stack.suppliers.markupName.name })).toBeVisible();
    await expect(page.locator("main img")).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, testInfo, "category-en");

    await page.goto("/vi/categories/plastics.injection-moulding");
    await expect(page.getByRole("navigation", { name: "Bạn đang ở" })).toContainText("Nhựa");
    await expect(page.getByRole("link", { name: stack.suppliers.moulding.name })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, testInfo, "category-vi");
    expect((await page.goto("/vi/categories/khong-co"))?.status()).toBe(404);
    expect((await page.goto("/vi/categories/%25zz"))?.status()).toBe(404);
    expect((await page.goto("/vi/zones/%E0%A4"))?.status()).toBe(404);
  });
});

test("zone and category pages carry canonical, hreflang and Open Graph tags and are in the sitemap", async ({
  request,
  baseURL,
}) => {
  const crawler = {
    "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  };
  for (const path of ["zones/kcn-vsip-1", "categories/packaging.corrugated-cartons", "zones", "categories"]) {
    const html = await (await request.get(`${baseURL}/vi/${path}`, { headers: crawler })).text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/vi/${path}"`));
    expect(head).toMatch(new RegExp(`<link rel="alternate" hrefLang="en" href="[^"]*/en/${path}"`));
    expect(head).toContain('<meta property="og:title"');
    expect(head).toContain('<meta property="og:locale" content="vi_VN"');
  }
  const xml = await (await request.get(`${baseURL}/sitemap.xml`)).text();
  expect(xml).toContain("/vi/zones</loc>");
  expect(xml).toContain("/en/zones/kcn-vsip-1</loc>");
  expect(xml).toContain("/vi/categories/packaging.corrugated-cartons</loc>");
});
