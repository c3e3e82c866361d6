// RFC 8058 one-click unsubscribe: an HTTPS link in List-Unsubscribe and exactly `List-Unsubscribe=One-Click` in
// List-Unsubscribe-Post. Nodemailer wraps list values in <> itself and has no option for the -Post header.
import type { ListHeaders } from "nodemailer";

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
