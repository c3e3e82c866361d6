// Clarifying messages in the browser: a matched supplier asks the buyer a question from its page of the request
// (an empty message is refused next to the field), the buyer sees the unread message in "My requests" and on the
// request, opens the thread and answers every supplier at once; the other supplier gets the answer in its own
// thread without learning who asked. axe and screenshots on every page, at both sizes.
import { logIn, registerAccount, uniqueAddress } from "./accounts";
import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { cartonRequest, cartonSupplier, matched, searchable, threadAsSupplier } from "./marketplace";

const copy = {
  vi: {
    messages: "Tin nhắn",
    body: "Tin nhắn",
    unread: "1 tin nhắn chưa đọc",
    unreadThread: "1 chưa đọc",
    toAll: "Gửi câu trả lời này cho mọi nhà cung cấp của yêu cầu",
    send: "Gửi tin nhắn",
    // The stack's seeded carton makers near the zone take part too.
    sentToAll: /Đã gửi câu trả lời đến \d+ nhà cung cấp\./,
    answerToAll: "Bên mua trả lời câu hỏi của một nhà cung cấp",
  },
  en: {
    messages: "Messages",
    body: "Message",
    unread: "1 unread message",
    unreadThread: "1 unread",
    toAll: "Send this answer to every supplier of the request",
    send: "Send message",
    sentToAll: /Answer sent to \d+ suppliers\./,
    answerToAll: "The buyer's answer to a question from a supplier",
  },
};
// The suppliers' accounts are Vietnamese.
const supplierCopy = {
  ask: "Hỏi bên mua",
  body: "Tin nhắn",
  send: "Gửi tin nhắn",
  required: "Hãy viết tin nhắn.",
  sent: "Đã gửi tin nhắn.",
  answerToAll: "Bên mua trả lời câu hỏi của một nhà cung cấp",
  unread: "1 tin nhắn chưa đọc",
};

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test("a supplier asks the buyer a question and the buyer answers every supplier without naming who asked", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const locale = testInfo.project.name === "phone" ? "vi" : "en";
  const words = copy[locale];
  const shot = (name: string) => screenshot(page, testInfo, `messages-${name}-${locale}`);
  const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();
  const [buyer, anMinh, hoaBinh] = await Promise.all([
    registerAccount(stack, {
      language: locale,
      verified: true,
      organization: `Công ty TNHH Điện Tử ${suffix}`,
    }),
    cartonSupplier(stack, `Công ty TNHH Bao Bì An Minh ${suffix}`, "kcn-tan-phu-trung"),
    cartonSupplier(stack, `Công ty TNHH Giấy Hòa Bình ${suffix}`, "kcn-tan-phu-trung"),
  ]);
  await Promise.all([searchable(stack, anMinh), searchable(stack, hoaBinh)]);
  const requestId = await cartonRequest(stack, buyer, "kcn-tan-phu-trung");
  await matched(stack, buyer, requestId, anMinh.id);
  await matched(stack, buyer, requestId, hoaBinh.id);

  // The supplier asks from its page of the request; an empty message is refused next to the field.
  await page.goto("/vi/login");
  await logIn(page, "vi", anMinh.email);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(`/supplier/requests/${requestId}`);
  await expect(page.getByRole("heading", { level: 2, name: supplierCopy.ask })).toBeVisible();
  await page.getByRole("button", { name: supplierCopy.send }).click();
  await expect(page.locator("#field-body-error")).toHaveText(supplierCopy.required);
  await page
    .getByRole("textbox", { name: supplierCopy.body, exact: true })
    .fill("Thùng có cần chống ẩm không? <b>An Minh</b>");
  await page.getByRole("button", { name: supplierCopy.send }).click();
  await expect(page.getByRole("status").filter({ hasText: supplierCopy.sent })).toBeVisible();
  // Plain text: the angle brackets are shown, never read as HTML.
  await expect(page.getByText("Thùng có cần chống ẩm không? <b>An Minh</b>")).toBeVisible();
  await expectAccessible(page);
  await shot("supplier-asked");

  // The buyer sees the unread message in the list and on the request, and opens the thread.
  await page.context().clearCookies();
  await page.goto(`/${locale}/login`);
  await logIn(page, locale, buyer.email);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/requests");
  await expect(page.getByText(words.unread)).toBeVisible();
  await expectAccessible(page);
  await shot("list-unread");
  await page.getByText(words.unread).click();
  await expect(page.getByRole("heading", { level: 2, name: words.messages })).toBeVisible();
  const thread = page
    .getByRole("link", { name: new RegExp(anMinh.name) })
    .filter({ hasText: words.unreadThread });
  await expect(thread).toBeVisible();
  await shot("request-threads");
  await thread.click();
  await expect(page).toHaveURL(new RegExp(`/requests/${requestId}/messages/${anMinh.id}$`));
  await expect(page.getByText("Thùng có cần chống ẩm không? <b>An Minh</b>")).toBeVisible();

  // The answer goes to every supplier of the request.
  await page.getByRole("textbox", { name: words.body, exact: true }).fill("Có, giấy phủ chống ẩm cho cả lô.");
  await page.getByLabel(words.toAll).check();
  await page.getByRole("button", { name: words.send }).click();
  await expect(page.getByRole("status").filter({ hasText: words.sentToAll })).toBeVisible();
  await expect(page.getByText(words.answerToAll).first()).toBeVisible();
  await expectAccessible(page);
  await shot("buyer-answered");
  // Read: the list has nothing unread any more.
  await page.goto("/requests");
  await expect(page.getByText(words.unread)).toHaveCount(0);

  // The other supplier has the answer in its own thread, and nothing says who asked.
  await page.context().clearCookies();
  await page.goto("/vi/login");
  await logIn(page, "vi", hoaBinh.email);
  await expect(page).not.toHaveURL(/\/login/);
  // Its list counts the answer unread until it opens the request.
  await page.goto(`/supplier/${hoaBinh.id}/requests`);
  // This request's entry: other journeys' requests of the same title may reach this supplier too.
  const listed = page
    .getByRole("listitem")
    .filter({ has: page.locator(`a[href="/supplier/requests/${requestId}"]`) });
  await expect(listed).toContainText(supplierCopy.unread);
  await expect(listed.getByRole("link", { name: "Cần 20.000 thùng carton 5 lớp in 2 màu" })).toBeVisible();
  await expectAccessible(page);
  await shot("supplier-list-unread");
  await page.goto(`/supplier/requests/${requestId}`);
  await expect(page.getByText(supplierCopy.answerToAll)).toBeVisible();
  await expect(page.getByText("Có, giấy phủ chống ẩm cho cả lô.")).toBeVisible();
  await expect(page.getByText(anMinh.name)).toHaveCount(0);
  // What the API gives that supplier names nobody either.
  const other = await threadAsSupplier(stack, hoaBinh, requestId);
  expect(other.status).toBe(200);
  expect(other.text).toContain("Có, giấy phủ chống ẩm cho cả lô.");
  expect(other.text).not.toContain("An Minh");
  expect(other.text).not.toContain("chống ẩm không");
  await expectAccessible(page);
  await shot("other-supplier");
});
