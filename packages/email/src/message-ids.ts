// Deterministic Message-IDs: a retried send of the same email carries the same id, so in the one window we cannot
// close (the SMTP server accepted, the process died before the ledger said so) a second copy is recognisable as
// the same message to mail systems and clients that de-duplicate by Message-ID.

/** The domain part of the sender address, so ids are unique to our mail domain (RFC 5322 §3.6.4). */
export function messageIdDomain(mailFrom: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  const domain = address.split("@")[1]?.trim().toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : "ketnoi.local";
}

/** `<digest.2026-W49.<userId>@domain>`: one per recipient and week. */
export function digestMessageId(weekKey: string, userId: string, domain: string): string {
  return `<digest.${weekKey}.${userId}@${domain}>`;
}

/** One per notification ledger key (event and recipient). */
export function notificationMessageId(dedupeKey: string, domain: string): string {
  return `<notify.${dedupeKey.replace(/[^A-Za-z0-9.-]/g, ".")}@${domain}>`;
}
