import { simpleParser } from "mailparser";
import { createTransport } from "nodemailer";
import { describe, expect, it } from "vitest";
import { emailTemplates, ProductLinks, subscriptionEmail } from "../src/index.js";
import {
  type AlternativeMessageInput,
  asciiAddress,
  buildAlternativeMessage,
  parseMailbox,
  UnsupportedAddressError,
} from "../src/mime-message.js";
import {
  sampleBuyerActivity,
  sampleDigestInput,
  sampleSupplierActivity,
} from "../src/previews/preview-samples.js";

const from = parseMailbox("Kết Nối <no-reply@ketnoi.test>");
const date = new Date("2026-12-07T01:02:03Z");

function message(overrides: Partial<AlternativeMessageInput> = {}): AlternativeMessageInput {
  return {
    from,
    to: "huong@tantao.example",
    subject: "Kết Nối tuần này: 2 nhà cung cấp phù hợp, 1 báo giá mới",
    text: "Xin chào Nguyễn Thị Hương,\n\nĐây là những điểm mới.\n",
    html: '<p lang="vi">Xin chào <b>Nguyễn Thị Hương</b></p>',
    messageId: "<digest.2026-W50.7c0a@ketnoi.test>",
    date,
    list: { unsubscribe: "https://ketnoi.example/unsubscribe?token=abc.def&lang=vi" },
    headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    ...overrides,
  };
}

const rawText = (input: AlternativeMessageInput) => buildAlternativeMessage(input).raw.toString("latin1");

/** The header block, unfolded: one entry per header. */
function headerLines(raw: string): string[] {
  const head = raw.slice(0, raw.indexOf("\r\n\r\n"));
  return head.replace(/\r\n /g, " ").split("\r\n");
}

describe("buildAlternativeMessage", () => {
  it("is read back by a MIME parser as the same sender, recipient, subject, parts and list headers", async () => {
    const input = message();
    const built = buildAlternativeMessage(input);
    expect(built.envelope).toEqual({ from: "no-reply@ketnoi.test", to: "huong@tantao.example" });

    const parsed = await simpleParser(built.raw);
    expect(parsed.from?.value).toEqual([{ name: "Kết Nối", address: "no-reply@ketnoi.test" }]);
    expect(parsed.to).toMatchObject({ value: [{ address: "huong@tantao.example" }] });
    expect(parsed.subject).toBe(input.subject);
    expect(parsed.messageId).toBe(input.messageId);
    expect(parsed.date?.toISOString()).toBe(date.toISOString());
    expect(parsed.text).toBe(input.text);
    expect(parsed.html).toBe(input.html);
    expect(headerLines(rawText(input))).toEqual(
      expect.arrayContaining([
        "List-Unsubscribe: <https://ketnoi.example/unsubscribe?token=abc.def&lang=vi>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0",
        "Date: Mon, 07 Dec 2026 01:02:03 +0000",
      ]),
    );
  });

  it("carries a rendered digest exactly as nodemailer's composer does, in both languages", async () => {
    const links = new ProductLinks("https://ketnoi.example");
    const composer = createTransport({ streamTransport: true, buffer: true });
    for (const [language, activity] of [
      ["vi", sampleBuyerActivity],
      ["en", sampleSupplierActivity],
    ] as const) {
      const input = sampleDigestInput(activity, language, links);
      const content = emailTemplates().digest(input);
      const email = subscriptionEmail({
        to: "huong@tantao.example",
        content,
        messageId: "<digest.2026-W50.7c0a@ketnoi.test>",
        unsubscribeUrl: input.unsubscribeUrl,
      });
      const ours = await simpleParser(
        buildAlternativeMessage({
          from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: "<digest.2026-W50.7c0a@ketnoi.test>",
          date,
          list: { unsubscribe: input.unsubscribeUrl },
          headers: email.headers ?? {},
        }).raw,
      );
      const info = await composer.sendMail({ ...email, from: "Kết Nối <no-reply@ketnoi.test>", date });
      const theirs = await simpleParser(info.message as Buffer);
      for (const field of ["subject", "text", "html", "messageId", "date"] as const) {
        expect(ours[field], `${language} ${field}`).toEqual(theirs[field]);
      }
      expect(ours.from?.value).toEqual(theirs.from?.value);
      expect(ours.to).toMatchObject({ value: [{ address: "huong@tantao.example" }] });
      const lines = (parsed: typeof ours) =>
        parsed.headerLines
          .filter((line) => line.key.startsWith("list-"))
          .map((line) => line.line.replace(/\r?\n\s+/g, " "))
          .sort();
      expect(lines(ours)).toEqual(lines(theirs));
    }
  });

  it("keeps every line within 78 characters and ending in CRLF, with no line starting with a dot", async () => {
    const longLine = `<p>${"Thùng carton 5 lớp. ".repeat(200)}</p>`;
    const input = message({
      subject: `${"Rất nhiều nhà cung cấp mới phù hợp với yêu cầu của bạn ".repeat(6)}🎉`,
      text: `.starts with a dot\n..two dots\n${"x".repeat(3000)}\n.\n`,
      html: longLine,
    });
    const raw = rawText(input);
    const lines = raw.split("\r\n");
    expect(lines.at(-1)).toBe("");
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(78);
      expect(line).not.toMatch(/^\./);
      expect(line).not.toMatch(/[\r\n]/);
    }
    const parsed = await simpleParser(buildAlternativeMessage(input).raw);
    expect(parsed.subject).toBe(input.subject);
    expect(parsed.text).toBe(input.text);
    expect(parsed.html).toBe(longLine);
  });

  it("folds a long ASCII subject at spaces and reads back the same", async () => {
    const subject = `Your week on Ket Noi: ${"three new suppliers match your request, ".repeat(4)}`.trim();
    const raw = rawText(message({ subject }));
    expect(raw).toMatch(
      /^Subject: Your week on Ket Noi: three new suppliers match your request, three\r\n /m,
    );
    expect((await simpleParser(Buffer.from(raw, "latin1"))).subject).toBe(subject);
  });

  it("cannot be made to carry another header through CR or LF in a subject, a name or a header value", async () => {
    const input = message({
      from: { name: "Kết Nối\r\nBcc: attacker@evil.example", address: "no-reply@ketnoi.test" },
      subject: "Báo giá mới\r\nBcc: attacker@evil.example\r\n\r\n<script>",
      headers: { "X-Ketnoi-Template": "digest\nBcc: attacker@evil.example" },
    });
    const raw = rawText(input);
    const lines = headerLines(raw);
    expect(lines.filter((line) => /^bcc:/i.test(line))).toEqual([]);
    expect(
      lines.some((line) => line.startsWith("X-Ketnoi-Template: digest Bcc: attacker@evil.example")),
    ).toBe(true);
    const parsed = await simpleParser(Buffer.from(raw, "latin1"));
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject).toBe("Báo giá mới Bcc: attacker@evil.example <script>");
    expect(parsed.from?.value).toEqual([
      { name: "Kết Nối Bcc: attacker@evil.example", address: "no-reply@ketnoi.test" },
    ]);
    expect(parsed.text).toBe(input.text);
  });

  it("quotes an ASCII display name with specials", () => {
    const raw = rawText(message({ from: { name: 'Ket Noi, "Digest"', address: "no-reply@ketnoi.test" } }));
    expect(headerLines(raw)).toContain('From: "Ket Noi, \\"Digest\\"" <no-reply@ketnoi.test>');
  });

  it("refuses addresses, header names and Message-IDs that would break the message", () => {
    expect(() => buildAlternativeMessage(message({ to: "a@b.example\r\nRCPT TO:<x@y.example>" }))).toThrow(
      UnsupportedAddressError,
    );
    expect(() => buildAlternativeMessage(message({ to: "no-at-sign" }))).toThrow(UnsupportedAddressError);
    expect(() => buildAlternativeMessage(message({ headers: { "Bad Name": "x" } }))).toThrow(/header name/);
    expect(() => buildAlternativeMessage(message({ messageId: "<a@b>\r\nBcc: x@y" }))).toThrow(/Message-ID/);
  });

  it("sends an internationalised domain in punycode and leaves a non-ASCII local part to SMTPUTF8", () => {
    expect(asciiAddress("ban@công-ty.vn")).toBe("ban@xn--cng-ty-ixa.vn");
    expect(() => asciiAddress("hương@tantao.example")).toThrow(UnsupportedAddressError);
  });
});
