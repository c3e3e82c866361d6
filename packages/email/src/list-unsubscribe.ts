// RFC 8058 one-click unsubscribe: an HTTPS link in List-Unsubscribe and exactly `List-Unsubscribe=One-Click` in
// List-Unsubscribe-Post. Nodemailer wraps list values in <> itself and has no option for the -Post header.
import type { ListHeaders } from "nodemailer";
import type { OutgoingEmail } from "./transport.js";

export interface UnsubscribeHeaders {
  list: ListHeaders;
  headers: Record<string, string>;
}

export function oneClickUnsubscribeHeaders(unsubscribeUrl: string): UnsubscribeHeaders {
  return {
    list: { unsubscribe: unsubscribeUrl },
    headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/**
 * An email people subscribed to and can leave with one click (the digest, notifications), sent with its
 * deterministic Message-ID so that a resend after a crash is recognisably the same message.
 */
export function subscriptionEmail(input: {
  to: string;
  content: Pick<OutgoingEmail, "subject" | "html" | "text">;
  messageId: string;
  unsubscribeUrl: string;
}): OutgoingEmail {
  return {
    to: input.to,
    ...input.content,
    messageId: input.messageId,
    // Large, mostly non-ASCII bodies: see OutgoingEmail.textEncoding.
    textEncoding: "base64",
    ...oneClickUnsubscribeHeaders(input.unsubscribeUrl),
  };
}
