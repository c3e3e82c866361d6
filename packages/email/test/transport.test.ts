import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMailer, emailTemplates, type Mailer } from "../src/index.js";
import { smtpTlsPolicy } from "../src/transport.js";

interface ReceivedMessage {
  readonly mailFrom: string | false;
  readonly rcptTo: readonly string[];
  readonly user: string | undefined;
  readonly raw: Buffer;
}

const from = "Kết Nối <no-reply@ketnoi.test>";

// A real SMTP server in the test process: no TLS, optional auth, and it keeps every message it accepts.
function startSmtpServer() {
  const received: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "mailer" && auth.password === "s3cret") callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          mailFrom: session.envelope.mailFrom === false ? false : session.envelope.mailFrom.address,
          rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: typeof session.user === "string" ? session.user : undefined,
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  const listening = new Promise<number>((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port));
  });
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { received, listening, close };
}

describe("createMailer against a real SMTP server", () => {
  const smtp = startSmtpServer();
  let port: number;
  let mailer: Mailer;

  beforeAll(async () => {
    port = await smtp.listening;
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from });
  });

  beforeEach(() => {
    smtp.received.length = 0;
  });

  afterAll(async () => {
    mailer?.close();
    await smtp.close();
  });

  it("verifies the connection", async () => {
    await expect(mailer.verify()).resolves.toBeUndefined();
  });

  it("delivers a Vietnamese email with both parts, sender, recipient and our Message-ID", async () => {
    const email = emailTemplates().verifyEmail({
      recipient: { name: "Nguyễn Thị Hương", language: "vi" },
      organizationName: "Công ty TNHH Cơ khí Tân Tạo",
      verifyUrl: "https://ketnoi.example/verify?utm_source=email&lang=vi#token=abc123",
      expiresInHours: 24,
    });

    const sent = await mailer.send({
      to: "huong@tantao.example",
      ...email,
      messageId: "verify-email-42@ketnoi.test",
      headers: { "X-Ketnoi-Template": "verify-email" },
    });

    expect(sent).toEqual({ messageId: "<verify-email-42@ketnoi.test>", accepted: ["huong@tantao.example"] });
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message?.mailFrom).toBe("no-reply@ketnoi.test");
    expect(message?.rcptTo).toEqual(["huong@tantao.example"]);

    const parsed = await simpleParser(message!.raw);
    expect(parsed.subject).toBe("Xác nhận địa chỉ email của bạn trên Kết Nối");
    expect(parsed.from?.value).toEqual([{ name: "Kết Nối", address: "no-reply@ketnoi.test" }]);
    expect(parsed.to).toMatchObject({ value: [{ address: "huong@tantao.example" }] });
    expect(parsed.messageId).toBe("<verify-email-42@ketnoi.test>");
    expect(parsed.headers.get("x-ketnoi-template")).toBe("verify-email");
    expect(parsed.text).toContain("Xin chào Nguyễn Thị Hương,");
    expect(parsed.text).toContain("https://ketnoi.example/verify?utm_source=email&lang=vi#token=abc123");
    expect(parsed.html).toContain('<html lang="vi"');
    expect(parsed.html).toContain("Công ty TNHH Cơ khí Tân Tạo");
    expect(parsed.html).toContain(
      'href="https://ketnoi.example/verify?utm_source=email&amp;lang=vi#token=abc123"',
    );
  });

  it("reports the Message-ID nodemailer generated when none is given", async () => {
    const email = emailTemplates().passwordReset({
      recipient: { name: "Ann", language: "en" },
      resetUrl: "https://ketnoi.example/reset#token=x",
      expiresInMinutes: 30,
    });

    const sent = await mailer.send({ to: "ann@example.com", ...email });

    expect(sent.messageId).toMatch(/^<.+@.+>$/);
    const parsed = await simpleParser(smtp.received[0]!.raw);
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.subject).toBe("Reset your Kết Nối password");
  });

  it("adds List-Unsubscribe headers when asked", async () => {
    await mailer.send({
      to: "buyer@example.com",
      subject: "Digest",
      html: "<p>Hi</p>",
      text: "Hi",
      list: {
        unsubscribe: { url: "https://ketnoi.example/unsubscribe/opaque-token", comment: "Unsubscribe" },
      },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });

    // mailparser folds List-* headers into one structured value, so read the raw header lines.
    const { headerLines } = await simpleParser(smtp.received[0]!.raw);
    const headerLine = (key: string) =>
      headerLines.find((line) => line.key === key)?.line.replace(/\r?\n\s+/g, " ");
    expect(headerLine("list-unsubscribe")).toBe(
      "List-Unsubscribe: <https://ketnoi.example/unsubscribe/opaque-token> (Unsubscribe)",
    );
    expect(headerLine("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("authenticates with credentials from the URL", async () => {
    const authenticated = createMailer({ smtpUrl: `smtp://mailer:s3cret@127.0.0.1:${port}`, from });
    try {
      await authenticated.send({ to: "ops@example.com", subject: "Auth", html: "<p>ok</p>", text: "ok" });
    } finally {
      authenticated.close();
    }
    expect(smtp.received[0]?.user).toBe("mailer");
  });
});

describe("smtpTlsPolicy", () => {
  it("skips STARTTLS for a local catcher without credentials", () => {
    expect(smtpTlsPolicy("smtp://127.0.0.1:1025")).toEqual({ ignoreTLS: true });
    expect(smtpTlsPolicy("smtp://localhost:1025")).toEqual({ ignoreTLS: true });
    expect(smtpTlsPolicy("smtp://[::1]:1025")).toEqual({ ignoreTLS: true });
  });

  it("uses STARTTLS when offered on localhost with credentials", () => {
    expect(smtpTlsPolicy("smtp://user:pass@localhost:587")).toEqual({});
  });

  it("requires STARTTLS for a remote smtp:// server", () => {
    expect(smtpTlsPolicy("smtp://user:pass@smtp.example.com:587")).toEqual({ requireTLS: true });
  });

  it("leaves smtps:// alone, which is TLS from the start", () => {
    expect(smtpTlsPolicy("smtps://user:pass@smtp.example.com:465")).toEqual({});
  });
});
