import type { Language } from "@ketnoi/domain";
import { describe, expect, it } from "vitest";
import { emailTemplates, ProductLinks, type QuoteNewsItem, signUnsubscribeToken } from "../src/index.js";
import { compiledMessageHtml } from "../src/messages/compiled-message-html.js";
import { compileMessageHtml } from "../src/messages/message-renderer.js";
import {
  sampleBuyerActivity,
  sampleDigestInput,
  sampleSupplierActivity,
} from "../src/previews/preview-samples.js";

const templates = emailTemplates();
const links = new ProductLinks("https://ketnoi.example");
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? "").replaceAll("&amp;", "&"));
const textLinks = (text: string) => [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);

describe("weekly digest email", () => {
  for (const lang of ["vi", "en"] as const) {
    it(`tells a buyer about new suppliers and quotes, with reasons and deep links (${lang})`, () => {
      const email = templates.digest(sampleDigestInput(sampleBuyerActivity, lang, links));
      const copy: Record<Language, string[]> = {
        vi: [
          "Kết Nối tuần này: 8 nhà cung cấp mới phù hợp, 2 báo giá mới",
          "Xin chào Nguyễn Thị Lan,",
          "Nhà cung cấp mới phù hợp (7)",
          "Xem cả 7 nhà cung cấp",
        ],
        en: [
          "Your week on Kết Nối: 8 new matching suppliers, 2 new quotes",
          "Hi Daniel Park,",
          "New matching suppliers (7)",
          "See all 7 suppliers",
        ],
      };
      expect(email.subject).toBe(copy[lang][0]);
      for (const part of copy[lang].slice(1)) {
        expect(email.text).toContain(part);
        expect(email.html).toContain(part);
      }
      // The one-line reason the product shows, in the reader's language.
      const why =
        lang === "vi"
          ? "Cùng ngành hàng: Thùng carton · Có ISO 9001 · Cách 8 km"
          : "Same category: Corrugated cartons · Holds ISO 9001 · 8 km away";
      expect(email.text).toContain(why);
      expect(email.html).toContain(why);
      // Five of the seven matches are listed; the rest are behind "see all".
      const request = "0190f5c2-0000-7000-8000-000000000001";
      const matchLinks = textLinks(email.text).filter((url) => url.includes(`/requests/${request}/matches/`));
      expect(matchLinks).toHaveLength(5);
      for (const url of matchLinks) expect(hrefs(email.html)).toContain(url);
      expect(hrefs(email.html)).toContain(links.requestQuotes(request));
    });

    it(`tells a supplier about fitting requests, grouped near misses and expiring certificates (${lang})`, () => {
      const email = templates.digest(sampleDigestInput(sampleSupplierActivity, lang, links));
      const expected: Record<Language, string[]> = {
        vi: [
          "Thùng carton: 3 yêu cầu cần FSC",
          "ISO 9001 hết hạn ngày 03/01/2027 (còn 27 ngày)",
          "Bên mua ẩn tên",
          "cách 8 km",
          "báo giá trước 17:00 18/12/2026",
        ],
        en: [
          "Corrugated cartons: 3 requests needed FSC",
          "ISO 9001 expires on 3 Jan 2027 (in 27 days)",
          "Buyer not named",
          "8 km away",
          "quote by 18 Dec 2026, 17:00",
        ],
      };
      for (const part of expected[lang]) {
        expect(email.text).toContain(part);
        expect(email.html).toContain(part);
      }
      expect(hrefs(email.html)).toContain(links.supplierRequest("0190f5c2-0000-7000-8000-000000000400"));
    });
  }

  it("is responsive HTML declaring the reader's language, with a matching plain-text part", () => {
    const email = templates.digest(sampleDigestInput(sampleBuyerActivity, "vi", links));
    expect(email.html).toMatch(/^<!doctype html>/i);
    expect(email.html).toContain('lang="vi"');
    expect(email.html).toContain("@media only screen and (min-width:480px)");
    expect(email.html).not.toMatch(/%%|ketnoi:(each|if|unless|end)/);
    // Every link of the HTML part is in the text part too, and all point into the product.
    const html = new Set(hrefs(email.html));
    expect(new Set(textLinks(email.text))).toEqual(html);
    for (const url of html) expect(url.startsWith("https://ketnoi.example/")).toBe(true);
  });

  it("carries a visible unsubscribe link in both parts", () => {
    const token = signUnsubscribeToken("a-secret-that-is-long-enough-for-hmac-0123", {
      userId: "0190f5c2-0000-7000-8000-000000000999",
      scope: "digest",
    });
    const input = {
      ...sampleDigestInput(sampleSupplierActivity, "en", links),
      unsubscribeUrl: links.unsubscribe(token, "en"),
    };
    const email = templates.digest(input);
    expect(email.text).toContain(`Unsubscribe from the weekly digest: ${links.unsubscribe(token, "en")}`);
    expect(hrefs(email.html)).toContain(links.unsubscribe(token, "en"));
  });

  it("escapes what users wrote in the HTML and keeps it readable in the text", () => {
    const hostile = `Công ty <script>alert("x")</script> & Co`;
    const activity = {
      ...sampleBuyerActivity,
      buyerRequests: sampleBuyerActivity.buyerRequests.map((r) => ({ ...r, title: hostile })),
    };
    const email = templates.digest({
      ...sampleDigestInput(activity, "en", links),
      recipient: { name: "Ann\r\nBcc: victim@example.com", language: "en" },
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Công ty &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(email.text).toContain(hostile);
    expect(email.text).toContain("Hi Ann Bcc: victim@example.com,");
  });

  it("renders from templates compiled once: 500 large digests in a few seconds even on a busy machine", () => {
    const input = sampleDigestInput(
      { buyerRequests: sampleBuyerActivity.buyerRequests, suppliers: sampleSupplierActivity.suppliers },
      "vi",
      links,
    );
    const started = performance.now();
    for (let i = 0; i < 500; i++) templates.digest(input);
    // About a millisecond each when idle. One MJML compile takes about 20 ms, so compiling per recipient would
    // take 10 s or more here; the bound leaves room for a loaded CI machine.
    expect(performance.now() - started).toBeLessThan(4000);
  });
});

describe("immediate notification emails", () => {
  const requestId = "0190f5c2-0000-7000-8000-000000000001";
  const quote = (overrides: Partial<QuoteNewsItem> = {}): QuoteNewsItem => ({
    supplierName: "Bao Bì Sóng Thần",
    unitPrice: { amount: 12_500, currency: "VND" },
    leadTimeDays: 10,
    validUntil: "2026-12-31",
    revision: 1,
    revised: false,
    explanation: null,
    ...overrides,
  });
  const quoteNews = (quotes: QuoteNewsItem[], language: "vi" | "en" = "vi") =>
    templates.quoteNews({
      recipient: { name: "Lan", language },
      links,
      unsubscribeUrl: links.unsubscribe("i.token", language),
      request: { id: requestId, title: "Thùng carton 5 lớp", quantityUnit: "cartons" },
      quotes,
    });

  it("tells the buyer who quoted what, and why the supplier matched", () => {
    const email = quoteNews([quote()]);
    expect(email.subject).toBe("Báo giá mới từ Bao Bì Sóng Thần: Thùng carton 5 lớp");
    expect(email.text).toContain("12.500 VND / thùng · sản xuất 10 ngày · hiệu lực đến 31/12/2026");
    expect(email.text).toContain(`Tắt thông báo tức thời: ${links.unsubscribe("i.token", "vi")}`);
    expect(hrefs(email.html)).toContain(links.requestQuotes(requestId));
  });

  it("calls a quote revised only when the reader was told of it before, whatever its revision number", () => {
    expect(quoteNews([quote({ revision: 3, revised: false })]).subject).toBe(
      "Báo giá mới từ Bao Bì Sóng Thần: Thùng carton 5 lớp",
    );
    expect(quoteNews([quote({ revision: 2, revised: true })]).subject).toBe(
      "Bao Bì Sóng Thần cập nhật báo giá: Thùng carton 5 lớp",
    );
  });

  it("lists what was gathered on one request in one email, new quotes before revisions", () => {
    const gathered = [
      quote({ revision: 3, revised: true, unitPrice: { amount: 11_900, currency: "VND" } }),
      quote({ supplierName: "Giấy Tân Uyên", unitPrice: { amount: 0.48, currency: "USD" } }),
    ];
    const vi = quoteNews(gathered);
    expect(vi.subject).toBe("1 báo giá mới, 1 báo giá cập nhật: Thùng carton 5 lớp");
    expect(vi.text.indexOf("Giấy Tân Uyên")).toBeLessThan(vi.text.indexOf("Bao Bì Sóng Thần"));
    expect(vi.text).toContain("11.900 VND / thùng");
    expect(vi.text).toContain("Cập nhật, lần 3");
    const en = quoteNews(gathered, "en");
    expect(en.subject).toBe("New and revised quotes (1 new, 1 revised): Thùng carton 5 lớp");
    expect(en.text).toContain("0.48 USD / carton");
    expect(quoteNews([quote(), quote({ supplierName: "Giấy Tân Uyên" })], "en").subject).toBe(
      "2 new quotes: Thùng carton 5 lớp",
    );
  });

  it("tells the buyer who wrote and how many messages, in vi and en, never the text, with a link to the thread", () => {
    const supplierId = "0190f5c2-0000-7000-8000-0000000000aa";
    const messageNews = (language: "vi" | "en", reader: "buyer" | "supplier", answerToAll = false) =>
      templates.quoteNews({
        recipient: { name: "Lan", language },
        links,
        unsubscribeUrl: links.unsubscribe("i.token", language),
        reader,
        request: { id: requestId, title: "Thùng carton 5 lớp", quantityUnit: "cartons" },
        quotes: [],
        messages: [{ supplierId, supplierName: "Bao Bì Sóng Thần", count: 2, answerToAll }],
      });
    const vi = messageNews("vi", "buyer");
    expect(vi.subject).toBe("Tin nhắn mới từ Bao Bì Sóng Thần: Thùng carton 5 lớp");
    expect(vi.text).toContain("2 tin nhắn mới");
    expect(hrefs(vi.html)).toContain(links.requestThread(requestId, supplierId));
    expect(messageNews("en", "buyer").subject).toBe("New message from Bao Bì Sóng Thần: Thùng carton 5 lớp");
    // A supplier reads of "the buyer", and of an answer to all without the name of the supplier that asked.
    const toSupplier = messageNews("en", "supplier", true);
    expect(toSupplier.subject).toBe("The buyer answered a supplier's question: Thùng carton 5 lớp");
    expect(toSupplier.text).not.toContain("Sóng Thần");
    expect(hrefs(toSupplier.html)).toContain(links.supplierRequest(requestId));
    expect(messageNews("vi", "supplier").subject).toBe("Tin nhắn mới từ bên mua: Thùng carton 5 lớp");
  });

  it("tells each quoting supplier whether it won", () => {
    const base = {
      recipient: { name: "Minh", language: "en" as const },
      links,
      unsubscribeUrl: links.unsubscribe("i.token", "en"),
      request: { id: "0190f5c2-0000-7000-8000-000000000001", title: "Cartons" },
    };
    expect(templates.quoteOutcome({ ...base, awarded: true, reason: "" }).subject).toBe(
      "Your quote was chosen: Cartons",
    );
    expect(templates.quoteOutcome({ ...base, awarded: false, reason: "" }).subject).toBe(
      "Request awarded to another supplier: Cartons",
    );
  });

  it("gives the others the buyer's reason when there is one, and says nothing of it otherwise", () => {
    const base = {
      recipient: { name: "Minh", language: "en" as const },
      links,
      unsubscribeUrl: links.unsubscribe("i.token", "en"),
      request: { id: "0190f5c2-0000-7000-8000-000000000001", title: "Cartons" },
      awarded: false,
    };
    const withReason = templates.quoteOutcome({ ...base, reason: "Faster delivery\nand ISO 9001" });
    expect(withReason.text).toContain('The buyer\'s reason: "Faster delivery and ISO 9001"');
    expect(templates.quoteOutcome({ ...base, reason: "" }).text).not.toContain("reason");
  });

  it("invites a supplier to quote, naming the buyer only when the request shows it", () => {
    const input = {
      recipient: { name: "Lan", language: "vi" as const },
      links,
      unsubscribeUrl: links.unsubscribe("a.token", "vi"),
      supplier: { id: "0190f5c2-0000-7000-8000-000000000002", name: "Bao Bì Phú Thịnh" },
      request: {
        id: "0190f5c2-0000-7000-8000-000000000001",
        title: "Thùng carton 5 lớp",
        quantity: { value: 20_000, unit: "pieces" },
        neededBy: "2027-01-15",
        quoteDeadline: new Date("2026-12-20T10:00:00Z"),
      },
    };
    const named = templates.requestInvitation({ ...input, buyerName: "Điện tử Sóng Thần" });
    expect(named.subject).toBe("Lời mời báo giá: Thùng carton 5 lớp");
    expect(named.text).toContain("Điện tử Sóng Thần mời Bao Bì Phú Thịnh báo giá");
    expect(named.text).toContain("/supplier/requests/0190f5c2-0000-7000-8000-000000000001");
    const anonymous = templates.requestInvitation({ ...input, buyerName: null });
    expect(anonymous.text).toContain("Một bên mua mời Bao Bì Phú Thịnh báo giá");
  });
});

describe("compiled layout", () => {
  it("is what the MJML source compiles to today (run `pnpm email:compile` after changing message-mjml.ts)", async () => {
    expect(await compileMessageHtml()).toEqual(compiledMessageHtml);
  });
});
