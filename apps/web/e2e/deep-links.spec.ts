// Every link an email can carry resolves on the web: the stack builds one of each with ProductLinks itself (and
// fails to compile when a method is added without being walked). A token link opens its page; a link into the
// product opens the page for the person it was meant for, sends anyone logged out to the login page that comes
// back to it, and answers 404 to someone of another organisation.
import type { Browser, Page } from "@playwright/test";
import { logIn, registerAccount, uniqueAddress } from "./accounts";
import { expect, test } from "./fixtures";
import { cartonRequest, cartonSupplier, matched, searchable } from "./marketplace";

interface BuiltLink {
  method: string;
  url: string;
}

const tokenLinks = new Set([
  "verifyEmail",
  "resetPassword",
  "acceptInvitation",
  "unlockSignIn",
  "confirmClaim",
  "unsubscribe",
]);
/** Whose page each product link is, and whether it names an object another organisation must not reach. */
const productLinks: Record<string, { owner: "buyer" | "supplier"; ownObject: boolean }> = {
  request: { owner: "buyer", ownObject: true },
  requestQuotes: { owner: "buyer", ownObject: true },
  requestMatch: { owner: "buyer", ownObject: true },
  requestThread: { owner: "buyer", ownObject: true },
  requests: { owner: "buyer", ownObject: false },
  notificationSettings: { owner: "buyer", ownObject: false },
  supplierRequest: { owner: "supplier", ownObject: true },
  supplierRequests: { owner: "supplier", ownObject: true },
  supplierProfile: { owner: "supplier", ownObject: true },
  claims: { owner: "supplier", ownObject: false },
};

const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}${url.hash}`;
};

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  const page = await context.newPage();
  await page.goto("/vi/login");
  await logIn(page, "vi", email);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test("every link ProductLinks builds is served to the right person, and only to them", async ({
  browser,
  page,
  stack,
}) => {
  test.setTimeout(180_000);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });

  const suffix = Date.now().toString(36).toUpperCase();
  const [buyer, otherBuyer, supplier, otherSupplier] = await Promise.all([
    registerAccount(stack, { verified: true, organization: `Công ty TNHH Điện Tử Liên Kết ${suffix}` }),
    registerAccount(stack, { verified: true, organization: `Công ty TNHH Người Ngoài ${suffix}` }),
    cartonSupplier(stack, `Công ty TNHH Bao Bì Đường Dẫn ${suffix}`, "kcn-tan-phu-trung"),
    // Far beyond the request's reach: it neither matches nor nearly matches.
    cartonSupplier(stack, `Công ty TNHH Bao Bì Xa Lạ ${suffix}`, "kcn-phu-my-1"),
  ]);
  // A request matches only suppliers already indexed; on a busy machine indexing can lag the publishing.
  await searchable(stack, supplier);
  const requestId = await cartonRequest(stack, buyer, "kcn-tan-phu-trung");
  await matched(stack, buyer, requestId, supplier.id);

  const linksUrl = new URL(stack.mailboxUrl);
  linksUrl.pathname = "/product-links";
  linksUrl.search = new URLSearchParams({ requestId, supplierId: supplier.id }).toString();
  const { methods, links } = (await (await fetch(linksUrl)).json()) as {
    methods: string[];
    links: BuiltLink[];
  };
  // The walk covers every method the class has at run time, and this test knows what each one is.
  expect(links.map((l) => l.method).sort()).toEqual([...methods].sort());
  for (const { method } of links) {
    expect(tokenLinks.has(method) || method in productLinks, `${method} is classified`).toBe(true);
  }

  for (const link of links.filter((l) => tokenLinks.has(l.method))) {
    const response = await page.goto(pathOf(link.url));
    expect(response?.status(), link.method).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), link.method).toBeVisible();
  }

  const product = links.filter((l) => l.method in productLinks);
  for (const link of product) {
    const path = pathOf(link.url);
    await page.goto(path);
    await expect(page, `${link.method} logged out`).toHaveURL(
      new RegExp(`/login\\?returnTo=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    );
  }

  const people = {
    buyer: await signedIn(browser, buyer.email),
    supplier: await signedIn(browser, supplier.email),
  };
  const strangers = {
    buyer: await signedIn(browser, otherBuyer.email),
    supplier: await signedIn(browser, otherSupplier.email),
  };
  for (const link of product) {
    const { owner, ownObject } = productLinks[link.method] ?? { owner: "buyer", ownObject: false };
    const path = pathOf(link.url);
    const own = await people[owner].goto(path);
    expect(own?.status(), `${link.method} for its ${owner}`).toBe(200);
    expect(new URL(people[owner].url()).pathname, link.method).toBe(new URL(link.url).pathname);
    if (ownObject) {
      const other = await strangers[owner].goto(path);
      expect(other?.status(), `${link.method} for another ${owner}`).toBe(404);
    }
  }
});
