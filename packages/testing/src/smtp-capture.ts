// An in-process SMTP server that keeps every message it receives, parsed, so tests can read real emails and
// follow their links.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedEmail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail["headers"];
  messageId: string | undefined;
  raw: string;
}

export interface SmtpCapture {
  url: string;
  messages: CapturedEmail[];
  /** Waits for a message to `to` matching `predicate`; the newest one when several match. */
  waitFor(
    to: string,
    options?: { predicate?: (m: CapturedEmail) => boolean; timeoutMs?: number },
  ): Promise<CapturedEmail>;
  close(): Promise<void>;
}

/**
 * How the server answers a message instead of accepting it: an SMTP error reply (4xx temporary, 5xx permanent)
 * after the data, or no answer at all (the client's timeout has to notice).
 */
export type SmtpFault = { code: number; message: string } | "hang";

export interface SmtpCaptureOptions {
  /** Decides, per message, whether to fail it; `attempt` counts this recipient's messages from 1. */
  fault?: (message: { to: string; attempt: number }) => SmtpFault | undefined;
}

export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const messages: CapturedEmail[] = [];
  const listeners = new Set<() => void>();
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo[0]?.address.toLowerCase() ?? "";
        const attempt = (attempts.get(to) ?? 0) + 1;
        attempts.set(to, attempt);
        const fault = options.fault?.({ to, attempt });
        if (fault === "hang") return;
        if (fault) {
          callback(Object.assign(new Error(fault.message), { responseCode: fault.code }));
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            messages.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              from: parsed.from?.text ?? "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              headers: parsed.headers,
              messageId: parsed.messageId,
              raw,
            });
            for (const listener of listeners) listener();
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  // A client that dies mid-session (tests kill workers) resets its connection; that is not the server failing,
  // and without a listener the event would crash the test process.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(to, { predicate = () => true, timeoutMs = 5000 } = {}) {
      const find = () => messages.findLast((m) => m.to.includes(to.toLowerCase()) && predicate(m));
      const found = find();
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no email to ${to} within ${timeoutMs} ms (have ${messages.length})`));
        }, timeoutMs);
        const check = () => {
          const match = find();
          if (!match) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(match);
        };
        listeners.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The links in an email's plain-text part, in order. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>")]+/g)].map((m) => m[0]);
}
