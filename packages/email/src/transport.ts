// The SMTP side of sending: one pooled connection set per process, configured from a single SMTP URL.
import { Transform, type TransformCallback } from "node:stream";
import { createTransport, type ListHeaders, type SMTPPoolOptions } from "nodemailer";
import {
  type AlternativeMessage,
  buildAlternativeMessage,
  type MailAddress,
  parseMailbox,
  UnsupportedAddressError,
} from "./mime-message.js";

export interface MailerConfig {
  /** smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465; query parameters override our options. */
  readonly smtpUrl: string;
  /** Sender for every message, e.g. `Kết Nối <no-reply@ketnoi.vn>`. */
  readonly from: string;
  /** Pooled SMTP connections (nodemailer's default is 5); match the sends a process runs at once. */
  readonly maxConnections?: number;
}

export interface OutgoingEmail {
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** Set it to make retries of the same email recognisable; nodemailer generates one otherwise. */
  readonly messageId?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** List-* headers (e.g. List-Unsubscribe); each value is wrapped in <>. */
  readonly list?: ListHeaders;
  /**
   * Transfer encoding of the HTML and text parts. Base64 is several times faster to produce than nodemailer's
   * default quoted-printable, and no larger for Vietnamese, where most letters take several encoded bytes.
   * A base64 email with a Message-ID and plain-URL list headers (the bulk emails: digest, notifications) is built
   * by `buildAlternativeMessage` in one piece rather than by nodemailer's composer (mime-message.ts).
   */
  readonly textEncoding?: "base64" | "quoted-printable";
}

export interface SentEmail {
  /** The Message-ID header the message went out with, angle brackets included. */
  readonly messageId: string;
  readonly accepted: string[];
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<SentEmail>;
  /** Connects and authenticates once, to fail at start-up rather than on the first email. */
  verify(): Promise<void>;
  /** Closes pooled connections; a message still being sent finishes first. */
  close(): void;
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * How strictly to insist on STARTTLS for a plain smtp:// URL. Local catchers (maildev, smtp-server in tests)
 * offer no usable TLS, so without credentials we skip it there; anywhere else credentials and addresses must not
 * cross the network in clear text, so TLS is required. smtps:// is TLS from the first byte and needs neither.
 */
export function smtpTlsPolicy(smtpUrl: string): Pick<SMTPPoolOptions, "ignoreTLS" | "requireTLS"> {
  const url = new URL(smtpUrl);
  if (url.protocol !== "smtp:") return {};
  const isLoopback = loopbackHosts.has(url.hostname) || url.hostname.startsWith("127.");
  if (!isLoopback) return { requireTLS: true };
  const hasAuth = url.username !== "" || url.password !== "";
  return hasAuth ? {} : { ignoreTLS: true };
}

/** RFC 5322 wants the Message-ID in angle brackets; nodemailer sends whatever it is given. */
function normalizeMessageId(messageId: string): string {
  const id = messageId.trim();
  return id.startsWith("<") && id.endsWith(">") ? id : `<${id}>`;
}

/**
 * Hands the SMTP connection the whole message in one piece. nodemailer streams a message as it builds it, in
 * small pieces (headers, boundaries, base64 lines), and pipes each one to the socket: a system call each, which
 * made writing the socket about a tenth of the digest worker's CPU. One message (tens of KB) per connection at a
 * time is what this holds.
 */
class WholeMessage extends Transform {
  private readonly chunks: Buffer[] = [];
  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    done();
  }
  override _flush(done: TransformCallback): void {
    done(null, Buffer.concat(this.chunks));
  }
}

/** The list headers as plain URLs, or null when one has a comment or several URLs (nodemailer's composer). */
function plainListUrls(list: ListHeaders | undefined): Record<string, string> | null {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(list ?? {})) {
    if (typeof value !== "string") return null;
    urls[key] = value;
  }
  return urls;
}

/**
 * The bulk email's message built in one piece, or null for nodemailer's composer: another encoding, no
 * Message-ID, list headers with comments, or an address that needs SMTPUTF8 (which nodemailer negotiates).
 */
function bulkMessage(from: MailAddress, email: OutgoingEmail, date: Date): AlternativeMessage | null {
  const list = plainListUrls(email.list);
  if (email.textEncoding !== "base64" || email.messageId === undefined || list === null) return null;
  try {
    return buildAlternativeMessage({
      from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: normalizeMessageId(email.messageId),
      date,
      list,
      ...(email.headers === undefined ? {} : { headers: email.headers }),
    });
  } catch (error) {
    if (error instanceof UnsupportedAddressError) return null;
    throw error;
  }
}

export function createMailer(config: MailerConfig): Mailer {
  const from = parseMailbox(config.from);
  const transporter = createTransport(
    {
      url: config.smtpUrl,
      pool: true,
      maxConnections: config.maxConnections ?? 5,
      // A connection carries any number of messages: reconnecting (greeting, EHLO, AUTH, STARTTLS) every 100 —
      // nodemailer's default — costs more than the messages themselves at digest rates.
      maxMessages: Number.POSITIVE_INFINITY,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      // Messages are built only from our templates; never let a field make nodemailer read files or fetch URLs.
      disableFileAccess: true,
      disableUrlAccess: true,
      ...smtpTlsPolicy(config.smtpUrl),
    },
    { from: config.from },
  );
  transporter.use("stream", (mail, done) => {
    // A raw message is one Buffer already.
    if (mail.data.raw === undefined) mail.message.transform(() => new WholeMessage());
    done();
  });

  return {
    async send(email) {
      const bulk = bulkMessage(from, email, new Date());
      if (bulk) {
        const { envelope, raw, messageId } = bulk;
        const info = await transporter.sendMail({
          envelope: { from: envelope.from, to: [envelope.to] },
          raw,
        });
        return { messageId, accepted: [...info.accepted] };
      }
      const info = await transporter.sendMail({
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        ...(email.messageId === undefined ? {} : { messageId: normalizeMessageId(email.messageId) }),
        ...(email.headers === undefined ? {} : { headers: { ...email.headers } }),
        ...(email.list === undefined ? {} : { list: email.list }),
        ...(email.textEncoding === undefined ? {} : { textEncoding: email.textEncoding }),
      });
      return {
        messageId: info.messageId,
        accepted: [...info.accepted],
      };
    },
    async verify() {
      await transporter.verify();
    },
    close() {
      transporter.close();
    },
  };
}
