// What every page sends besides its content: security headers with a per-response CSP nonce that Next's own
// scripts carry (no violation in the console), and for crawlers canonical and hreflang links, robots.txt and
// the sitemap.
import { expect, test } from "./fixtures";

test("pages send a nonce CSP that forbids framing, and Next's scripts run under it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.goto("/vi/suppliers?q=carton");
  const csp = first?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Served on 127.0.0.1 over HTTP: no HSTS that would stick to this machine.
  expect(first?.headers()["strict-transport-security"]).toBeUndefined();

  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const scriptNonces = await page
    .locator("script:not([type='application/ld+json'])")
    .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  const second = await page.goto("/vi/suppliers?q=carton");
  expect(second?.headers()["content-security-policy"]).not.toBe(csp);
  // The language switch is a client component: it hydrated, so it keeps the query in its link.
  await expect(page.getByRole("link", { name: "Xem trang này bằng tiếng Anh" })).toHaveAttribute(
    "href",
    "/en/suppliers?q=carton",
  );
  expect(violations).toEqual([]);
});

test("crawlers get canonical, hreflang and Open Graph links; robots.txt and the sitemap list the pages", async ({
  request,
  baseURL,
  stack,
}) => {
  const crawler = {
    "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  };
  const profile = await (
    await request.get(`${baseURL}/en/suppliers/${stack.suppliers.carton.id}`, { headers: crawler })
  ).text();
  const head = profile.slice(0, profile.indexOf("</head>"));
  expect(head).toMatch(
    new RegExp(`<link rel="canonical" href="[^"]*/en/suppliers/${stack.suppliers.carton.id}"`),
  );
  expect(head).toMatch(
    new RegExp(`<link rel="alternate" hrefLang="vi" href="[^"]*/vi/suppliers/${stack.suppliers.carton.id}"`),
  );
  expect(head).toMatch(/<link rel="alternate" hrefLang="x-default" href="[^"]*\/vi\/suppliers\//);
  expect(head).toContain('<meta property="og:locale" content="en_GB"');

  const robots = await request.get(`${baseURL}/robots.txt`);
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const sitemap = await request.get(`${baseURL}/sitemap.xml`);
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain("/vi/suppliers</loc>");
  expect(xml).toContain('hreflang="en"');
});
