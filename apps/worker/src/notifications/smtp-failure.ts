// What went wrong with an SMTP send, in words an admin can act on, and whether retrying can help: a 5xx reply is
// the server's final word (no such mailbox, rejected as spam); 4xx replies, timeouts and dropped connections
// are worth another try.

export interface SmtpFailure {
  permanent: boolean;
  /** For the ledger (admins): the server's reply or the network error. Never the message itself. */
  detail: string;
  /** For logs and job errors: code only, no addresses. */
  summary: string;
}

const firstLine = (text: string | undefined) => (text ?? "").split(/\r?\n/)[0]?.trim() ?? "";

export function describeSmtpFailure(error: unknown): SmtpFailure {
  const failure = error as { responseCode?: unknown; response?: string; code?: string; message?: string };
  if (typeof failure.responseCode === "number") {
    const permanent = failure.responseCode >= 500 && failure.responseCode < 600;
    return {
      permanent,
      detail: `SMTP ${failure.responseCode}: ${firstLine(failure.response ?? failure.message)}`,
      summary: `SMTP ${failure.responseCode} (${permanent ? "permanent" : "temporary"})`,
    };
  }
  const code = failure.code ?? "SEND_FAILED";
  return {
    permanent: false,
    detail: `${code}: ${firstLine(failure.message)}`,
    summary: `${code} (temporary)`,
  };
}
