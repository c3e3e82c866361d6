// The buyer's workspace in the browser: a logged-out deep link to /requests, posting a Vietnamese request whose
// category is read while typing and whose zone is found without diacritics, with a drawing attached on the form,
// the ranked matches with reasons and a match's criteria, two suppliers invited to quote (from the request page and
// from the directory), quotes from both (set up through the API) compared side by side with each supplier's
// responsiveness, a question from one supplier answered to all, a shortlist and an award; a request of another
// organisation is a 404. axe and screenshots on
// every page, at both sizes. Without JavaScript the form still sends its drawing with the request; what is typed
// before the script runs is still read for categories and zone.
import { logIn, registerAccount, uniqueAddress } from "./accounts";
import { expect, expectAccessible, screenshot, test } from "./fixtures";
import {
  askAsSupplier,
  awardAsSupplier,
  cartonSupplier,
  inDays,
  ownResponseAsSupplier,
  quote,
  threadAsSupplier,
} from "./marketplace";

const copy = {
  vi: {
    requests: "Yêu cầu báo giá của công ty",
    post: "Đăng yêu cầu mới",
    title: "Bạn cần mua gì?",
    details: "Mô tả chi tiết",
    quantity: "Số lượng",
    zone: "Giao hàng tới khu công nghiệp",
    zoneChange: "Đổi khu khác",
    messageBody: "Tin nhắn",
    answerToAll: "Gửi câu trả lời này cho mọi nhà cung cấp của yêu cầu",
    sendMessage: "Gửi tin nhắn",
    sentToAll: /Đã gửi câu trả lời đến \d+ nhà cung cấp\./,
    distance: "Nhà cung cấp cách tối đa",
    neededBy: "Cần hàng trước ngày",
    deadline: "Hạn nhận báo giá",
    publish: "Đăng và tìm nhà cung cấp",
    cartons: "Thùng carton",
    matches: "Nhà cung cấp phù hợp",
    criteria: "Từng tiêu chí",
    compare: "So sánh báo giá",
    shortlist: "Thêm vào danh sách chọn",
    shortlisted: "Trong danh sách chọn",
    award: "Chọn nhà cung cấp này",
    awarded: "Đã chọn nhà cung cấp",
    quantityError: "Nhập số lượng lớn hơn 0",
    file: "Chọn tệp",
    upload: "Tải lên",
    uploaded: "Đã tải tệp lên.",
    wrongType: "Loại tệp này không được nhận",
    summary: "Xem bản tóm tắt để in",
    summaryTitle: "Tóm tắt chọn nhà cung cấp",
    formFiles: "Bản vẽ và tài liệu (không bắt buộc)",
    chooseAgain: "hãy chọn lại tệp",
    invite: "Mời báo giá",
    invitations: "Nhà cung cấp được mời báo giá",
    invitedSent: "Họ vừa nhận được email",
    notOpened: "Chưa xem",
    inviteRequest: "Yêu cầu",
    sendInvitation: "Gửi lời mời",
    invitationSent: "Đã gửi lời mời",
    responsiveness: "Mức độ phản hồi",
    responsivenessUnknown: "Chưa đủ lịch sử để đánh giá",
  },
  en: {
    requests: "Your company's requests for quotes",
    post: "Post a new request",
    title: "What do you need to buy?",
    details: "Details",
    quantity: "Quantity",
    zone: "Deliver to industrial zone",
    zoneChange: "Choose another zone",
    messageBody: "Message",
    answerToAll: "Send this answer to every supplier of the request",
    sendMessage: "Send message",
    sentToAll: /Answer sent to \d+ suppliers\./,
    distance: "Suppliers at most",
    neededBy: "Needed by",
    deadline: "Quotes by",
    publish: "Publish and find suppliers",
    cartons: "Corrugated cartons",
    matches: "Suppliers that fit",
    criteria: "Criterion by criterion",
    compare: "Compare quotes",
    shortlist: "Add to shortlist",
    shortlisted: "Shortlisted",
    award: "Award to this supplier",
    awarded: "Awarded",
    quantityError: "Enter a quantity above 0",
    file: "Choose a file",
    upload: "Upload",
    uploaded: "File uploaded.",
    wrongType: "This kind of file is not accepted",
    summary: "Open the printable summary",
    summaryTitle: "Award summary",
    formFiles: "Drawings and documents (optional)",
    chooseAgain: "choose them again",
    invite: "Invite to quote",
    invitations: "Suppliers invited to quote",
    invitedSent: "They have just been emailed",
    notOpened: "Not opened yet",
    inviteRequest: "Request",
    sendInvitation: "Send the invitation",
    invitationSent: "Invitation sent",
    responsiveness: "Responsiveness",
    responsivenessUnknown: "Too little history to judge yet",
  },
};

const drawingPdf = {
  name: "ban-ve-thung-carton.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
};

/** The emails the stack's mailbox caught for one address. */
async function mailTo(stack: { mailboxUrl: string }, to: string) {
  const answer = await fetch(`${stack.mailboxUrl}?to=${encodeURIComponent(to)}`);
  return (await answer.json()) as { subject: string; text: string }[];
}

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test("a buyer posts a request in Vietnamese, sees why suppliers fit, compares their quotes and awards one", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const locale = testInfo.project.name === "phone" ? "vi" : "en";
  const words = copy[locale];
  const shot = (name: string) => screenshot(page, testInfo, `buyer-${name}-${locale}`);
  const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();
  const [buyer, anMinh, hoaBinh] = await Promise.all([
    registerAccount(stack, {
      language: locale,
      verified: true,
      organization: `Công ty TNHH Điện Tử ${suffix}`,
    }),
    cartonSupplier(stack, `Công ty TNHH Bao Bì An Minh ${suffix}`, "kcn-tay-bac-cu-chi"),
    cartonSupplier(stack, `Công ty TNHH Giấy Hòa Bình ${suffix}`, "kcn-tan-phu-trung"),
  ]);

  // Logged out, the emailed link to the list leads to the login page and back.
  await page.goto("/requests");
  await expect(page).toHaveURL(/\/login\?returnTo=%2Frequests$/);
  await logIn(page, page.url().includes("/vi/") ? "vi" : "en", buyer.email);
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.getByRole("heading", { level: 1, name: words.requests })).toBeVisible();
  await expectAccessible(page);
  await shot("list-empty");

  await page.getByRole("link", { name: words.post }).click();
  await page.getByLabel(words.title).fill("Cần 20.000 thùng carton 5 lớp in 2 màu");
  await page
    .getByLabel(words.details)
    .fill("Kích thước 40x30x25 cm, giấy kraft, in flexo 2 màu logo công ty.");
  // The category is read while typing, in the account's language, and ticked.
  await expect(page.getByRole("checkbox", { name: new RegExp(words.cartons) })).toBeChecked();
  // The delivery zone can be tapped on the map: the picker takes it, and "choose another" goes back to the name.
  const map = page.getByTestId("zone-pick-map");
  const tapped = await map.evaluate((svg) => {
    const dots = Array.from(svg.querySelectorAll("circle[data-zone]")).map((dot) => ({
      id: dot.getAttribute("data-zone") ?? "",
      x: Number(dot.getAttribute("cx")),
      y: Number(dot.getAttribute("cy")),
    }));
    // A zone apart from the others (nothing else within a dot's width), so the tap can mean only it.
    const apart = dots.find((dot) =>
      dots.every((other) => other === dot || (other.x - dot.x) ** 2 + (other.y - dot.y) ** 2 > 400),
    );
    return apart?.id ?? "";
  });
  expect(tapped).not.toBe("");
  await map.locator(`circle[data-zone="${tapped}"]`).click({ force: true });
  await expect(page.locator('input[name="zoneId"]')).toHaveValue(tapped);
  await map.scrollIntoViewIfNeeded();
  await shot("form-zone-map");
  await page.getByRole("button", { name: words.zoneChange }).click();
  await page.getByLabel(words.zone).fill("tan phu trung");
  await page
    .getByRole("button", { name: /Tân Phú Trung|Tan Phu Trung/ })
    .first()
    .click();
  await page.getByLabel(words.distance).selectOption("50");
  await page.getByLabel(words.neededBy).fill(inDays(40));
  await page.getByLabel(words.deadline).fill(inDays(14));
  // The drawing goes with the form.
  await page.getByLabel(words.formFiles).setInputFiles(drawingPdf);
  // A quantity that is not a number: said next to the field, and what was typed stays; the file, which a browser
  // cannot be handed back, is asked for again.
  await page.getByLabel(words.quantity, { exact: true }).fill("nhiều");
  await page.getByRole("button", { name: words.publish }).click();
  await expect(page.locator("#field-quantityValue-error")).toContainText(words.quantityError);
  await expect(page.getByLabel(words.title)).toHaveValue("Cần 20.000 thùng carton 5 lớp in 2 màu");
  await expect(page.locator("#field-files-error")).toContainText(words.chooseAgain);
  await expectAccessible(page);
  await shot("form-error");
  await page.getByLabel(words.quantity, { exact: true }).fill("20.000");
  await page.getByLabel(words.formFiles).setInputFiles(drawingPdf);
  await expect(page.locator("#field-files-error")).toHaveCount(0);
  await shot("form-with-drawing");
  await page.getByRole("button", { name: words.publish }).click();

  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\?attached=1$/);
  const requestId = new URL(page.url()).pathname.split("/").pop() ?? "";
  // Saved with the request: the drawing is there at once and downloads through its signed link.
  await expect(page.getByRole("status").filter({ hasText: words.uploaded })).toBeVisible();
  const drawing = page.getByRole("link", { name: /ban-ve-thung-carton\.pdf/ });
  const download = await page.request.get((await drawing.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("application/pdf");
  // Matching runs in the background: the page shows the suppliers once it has.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: anMinh.name, exact: true })).toBeVisible({ timeout: 1000 });
    await expect(page.getByRole("link", { name: hoaBinh.name, exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(words.matches) })).toBeVisible();

  // More files on the request page: one that is not a drawing is refused by its bytes, whatever its name.
  await page.getByLabel(words.file).setInputFiles({
    name: "ban-ve.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("just some notes, not a PDF"),
  });
  await page.getByRole("button", { name: words.upload }).click();
  await expect(page.locator("#field-file-error")).toContainText(words.wrongType);

  // Invite one supplier from its match card: emailed at once, listed on the request as not opened yet.
  await page.getByRole("button", { name: `${words.invite}: ${anMinh.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: words.invitedSent })).toBeVisible();
  const invitations = page.getByRole("region", { name: words.invitations });
  await expect(invitations.getByRole("listitem").filter({ hasText: anMinh.name })).toContainText(
    words.notOpened,
  );
  await expect(page.getByRole("button", { name: `${words.invite}: ${anMinh.name}` })).toHaveCount(0);
  await expect
    .poll(async () =>
      (await mailTo(stack, anMinh.email)).some(
        // In the supplier's own language, whatever the buyer's.
        (m) =>
          /Lời mời báo giá|Invitation to quote/.test(m.subject) &&
          m.text.includes(`/supplier/requests/${requestId}`),
      ),
    )
    .toBe(true);
  await expectAccessible(page);
  await shot("request");

  // The other from its profile in the directory: the buyer picks the request.
  await page.goto(`/${locale}/suppliers/${hoaBinh.id}`);
  await page.getByLabel(words.inviteRequest, { exact: true }).selectOption(requestId);
  await page.getByRole("button", { name: words.sendInvitation }).click();
  await expect(page.getByRole("status").filter({ hasText: words.invitationSent })).toBeVisible();
  await expectAccessible(page);
  await shot("invite-from-profile");
  await page.goto(`/requests/${requestId}`);
  await expect(invitations.getByRole("listitem")).toHaveCount(2);
  await expect(invitations.getByRole("listitem").filter({ hasText: hoaBinh.name })).toBeVisible();

  await page.getByRole("link", { name: anMinh.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/requests/${requestId}/matches/${anMinh.id}$`));
  await expect(page.getByRole("heading", { level: 2, name: words.criteria })).toBeVisible();
  await expectAccessible(page);
  await shot("match");

  // Two suppliers quote, in VND and in USD.
  // Two suppliers quote with different terms, in VND and in USD (0.36 USD is 9,144 dong at the seeded rate:
  // the dollar quote is the lower one once converted, whatever its smaller number).
  await quote(stack, anMinh, requestId, {
    unitPrice: { amount: 9_600, currency: "VND" },
    moq: { value: 5_000, unit: "pieces" },
    leadTimeDays: 10,
    validUntil: inDays(30),
    vat: { ratePercent: 10, included: false },
    delivery: { kind: "delivered_to_buyer_zone" },
    paymentTerms: { days: 30, depositPercent: 0 },
    message: "Giá chưa gồm VAT, giao tận nơi.",
  });
  await quote(stack, hoaBinh, requestId, {
    unitPrice: { amount: 0.36, currency: "USD" },
    leadTimeDays: 7,
    validUntil: inDays(20),
    vat: { ratePercent: 8, included: true },
    delivery: { kind: "incoterm", incoterm: "EXW", place: "Củ Chi" },
    paymentTerms: { days: 0, depositPercent: 30 },
    toolingCost: 150,
    message: "Price per carton, ex works.",
  });

  // Hòa Bình asks a question; the buyer answers it to every supplier of the request, naming nobody.
  await askAsSupplier(stack, hoaBinh, requestId, "Có cần in mã vạch trên thùng không?");
  await page.goto(`/requests/${requestId}/messages/${hoaBinh.id}`);
  await expect(page.getByText("Có cần in mã vạch trên thùng không?")).toBeVisible();
  await page
    .getByRole("textbox", { name: words.messageBody, exact: true })
    .fill("Có, mã vạch EAN-13 ở hai mặt.");
  await page.getByLabel(words.answerToAll).check();
  await page.getByRole("button", { name: words.sendMessage }).click();
  await expect(page.getByRole("status").filter({ hasText: words.sentToAll })).toBeVisible();
  await expectAccessible(page);
  await shot("answered-to-all");
  const anMinhThread = await threadAsSupplier(stack, anMinh, requestId);
  expect(anMinhThread.text).toContain("Có, mã vạch EAN-13 ở hai mặt.");
  expect(anMinhThread.text).not.toContain("Hòa Bình");

  await page.goto(`/requests/${requestId}/quotes`);
  await expect(page.getByRole("heading", { level: 1, name: words.compare })).toBeVisible();
  const view = testInfo.project.name === "phone" ? page.locator("ol.md\\:hidden") : page.locator("table");
  await expect(view.getByText(/9[.,]600/).first()).toBeVisible();
  // The conversion is visible: the rate and its date, and the dollar price in dong.
  await expect(page.getByText(/1 USD = ₫?25[.,]400/).first()).toBeVisible();
  await expect(view.getByText(/9[.,]144/).first()).toBeVisible();
  // Each supplier's responsiveness, as matching measures it: these two are new, so too little history yet.
  await expect(view.getByText(words.responsiveness).first()).toBeVisible();
  await expect(view.getByText(words.responsivenessUnknown)).toHaveCount(2);
  await expectAccessible(page);
  await shot("quotes");

  await view.getByRole("button", { name: `${words.shortlist}: ${anMinh.name}` }).click();
  await expect(view.getByText(`★ ${words.shortlisted}`)).toBeVisible();
  const awardForm = view
    .locator("form")
    .filter({ has: page.getByRole("button", { name: `${words.award}: ${anMinh.name}` }) });
  await awardForm.locator("summary").click();
  await awardForm.getByRole("textbox").fill("Giao tận nơi, thanh toán 30 ngày.");
  await view.getByRole("button", { name: `${words.award}: ${anMinh.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/requests/${requestId}$`));
  await expect(page.getByText(words.awarded, { exact: true })).toBeVisible();
  // Contacts are exchanged at the award: the buyer sees the winner's, the winner the buyer's.
  await expect(page.getByRole("link", { name: `sales.${anMinh.email}` })).toBeVisible();
  const won = await awardAsSupplier(stack, anMinh, requestId);
  expect(won.status).toBe(200);
  expect(won.body).toMatchObject({
    reason: "Giao tận nơi, thanh toán 30 ngày.",
    buyer: { contact: { email: buyer.email } },
  });
  expect((await awardAsSupplier(stack, hoaBinh, requestId)).status).toBe(404);
  // The other supplier is told the outcome, with the buyer's reason.
  const lost = await ownResponseAsSupplier(stack, hoaBinh, requestId);
  expect(lost.status).toBe(200);
  expect(lost.body).toMatchObject({
    outcome: "not_awarded",
    awardReason: "Giao tận nơi, thanh toán 30 ngày.",
  });
  await expectAccessible(page);
  await shot("awarded");

  // The printable summary: the winner and its terms, without the site's header when printed.
  await page.getByRole("link", { name: words.summary }).click();
  await expect(page.getByRole("heading", { level: 1, name: words.summaryTitle })).toBeVisible();
  await expect(page.getByText(anMinh.name)).toBeVisible();
  await expectAccessible(page);
  await shot("award-summary");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Another organisation's buyer gets 404 for this request and its pages.
  const other = await registerAccount(stack, { language: locale, verified: true });
  await page.context().clearCookies();
  await page.goto(`/${locale}/login`);
  await logIn(page, locale, other.email);
  await expect(page).not.toHaveURL(/\/login/);
  for (const path of [
    `/requests/${requestId}`,
    `/requests/${requestId}/quotes`,
    `/requests/${requestId}/matches/${anMinh.id}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("what a buyer types before the page's script has run is still read for its categories and zone", async ({
  page,
  stack,
}, testInfo) => {
  const locale = testInfo.project.name === "phone" ? "vi" : "en";
  const words = copy[locale];
  const buyer = await registerAccount(stack, { language: locale, verified: true });
  await page.goto(`/${locale}/login?returnTo=%2Frequests%2Fnew`);
  await logIn(page, locale, buyer.email);
  await expect(page).toHaveURL(/\/requests\/new$/);
  // A slow phone: the form is on screen and typed into while its script is still on the way.
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  await page.route("**/_next/static/chunks/**", async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  await page.goto("/requests/new", { waitUntil: "commit" });
  await page.getByLabel(words.title).fill("Cần 2.000 thùng carton 3 lớp");
  await page.getByLabel(words.details).fill("Giấy kraft, không in.");
  await page.getByLabel(words.zone).fill("tan phu trung");
  await expect.poll(() => held).toBeGreaterThan(0);
  release();
  await expect(page.getByRole("checkbox", { name: new RegExp(words.cartons) })).toBeChecked();
  await expect(page.getByLabel(words.title)).toHaveValue("Cần 2.000 thùng carton 3 lớp");
  // The zone typed meanwhile is looked up too.
  await expect(page.getByRole("button", { name: /Tân Phú Trung|Tan Phu Trung/ }).first()).toBeVisible();
});

test("without JavaScript, a request posted with a drawing arrives with the drawing attached", async ({
  browser,
  baseURL,
  stack,
}, testInfo) => {
  const locale = testInfo.project.name === "phone" ? "vi" : "en";
  const words = copy[locale];
  const buyer = await registerAccount(stack, { language: locale, verified: true });
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() },
  });
  try {
    const page = await context.newPage();
    await page.goto(`/${locale}/login?returnTo=%2Frequests%2Fnew`);
    await logIn(page, locale, buyer.email);
    await expect(page).toHaveURL(/\/requests\/new$/);
    await page.getByLabel(words.title).fill("Cần 5.000 thùng carton 3 lớp");
    await page.getByLabel(words.details).fill("Kích thước 30x20x15 cm, không in.");
    await page.getByLabel(words.quantity, { exact: true }).fill("5000");
    // No picker without JavaScript: the zone typed in words is looked up when the form is sent.
    await page.getByLabel(words.zone).fill("tan phu trung");
    await page.getByLabel(words.neededBy).fill(inDays(40));
    await page.getByLabel(words.deadline).fill(inDays(14));
    await page.getByLabel(words.formFiles).setInputFiles(drawingPdf);
    await page.getByRole("button", { name: words.publish }).click();
    await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\?attached=1$/);
    await expect(page.getByRole("link", { name: /ban-ve-thung-carton\.pdf/ })).toBeVisible();
    await screenshot(page, testInfo, `buyer-request-no-js-${locale}`);
  } finally {
    await context.close();
  }
});
