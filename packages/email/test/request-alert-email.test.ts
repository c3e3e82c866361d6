import { describe, expect, it } from "vitest";
import { emailTemplates, ProductLinks, type RequestAlertItem } from "../src/index.js";

const templates = emailTemplates();
const links = new ProductLinks("https://ketnoi.example");
const supplierId = "0190f5c2-0000-7000-8000-0000000000aa";
const request = (n: number, overrides: Partial<RequestAlertItem> = {}): RequestAlertItem => ({
  id: `0190f5c2-0000-7000-8000-${String(n).padStart(12, "0")}`,
  title: `Thùng carton 5 lớp <b>#${n}</b>`,
  quantity: { value: 20_000, unit: "cartons" },
  province: "Bình Dương",
  neededBy: "2026-12-31",
  quoteDeadline: new Date("2026-12-20T10:00:00Z"),
  explanation: null,
  ...overrides,
});
const alert = (requests: RequestAlertItem[], language: "vi" | "en" = "vi") =>
  templates.requestAlert({
    recipient: { name: "Minh", language },
    links,
    unsubscribeUrl: links.unsubscribe("a.token", language),
    supplier: { id: supplierId, name: "Bao Bì Sóng Thần" },
    requests,
  });

describe("same-day request alert email", () => {
  it("links one request to the supplier's view of it, in the reader's language", () => {
    const vi = alert([request(1)]);
    expect(vi.subject).toBe("Yêu cầu mới phù hợp: Thùng carton 5 lớp <b>#1</b>");
    expect(vi.html).toContain(`https://ketnoi.example/supplier/requests/${request(1).id}`);
    expect(vi.text).toContain(`https://ketnoi.example/supplier/requests/${request(1).id}`);
    // User text is escaped in the HTML part, never markup.
    expect(vi.html).not.toContain("<b>#1</b>");
    expect(vi.html).toContain("https://ketnoi.example/vi/unsubscribe?token=a.token");
    const en = alert([request(1)], "en");
    expect(en.subject).toBe("New matching request: Thùng carton 5 lớp <b>#1</b>");
    expect(en.text).toContain("20,000");
  });

  it("gathers several requests into one email and sends the rest to the requests page", () => {
    const many = Array.from({ length: 12 }, (_, i) => request(i + 1));
    const en = alert(many, "en");
    expect(en.subject).toBe("12 new requests match Bao Bì Sóng Thần");
    expect(en.text).toContain(`https://ketnoi.example/supplier/${supplierId}/requests`);
    expect(en.text).toContain(request(10).id);
    expect(en.text).not.toContain(request(11).id);
    expect(alert(many).subject).toBe("12 yêu cầu mới phù hợp với Bao Bì Sóng Thần");
  });
});
