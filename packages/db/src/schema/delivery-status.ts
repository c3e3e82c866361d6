/**
 * The email ledgers' state machine: a row is `planned` before anything is sent, and ends `sent`, `skipped`
 * (nothing to say, or the person opted out meanwhile) or `failed` (the SMTP server refused, after retries).
 */
export const deliveryStatuses = ["planned", "sent", "failed", "skipped"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const deliverySkipReasons = [
  "nothing_new",
  "digest_off",
  "immediate_off",
  "no_verified_email",
  /** The quote was withdrawn (declined) before the email about it went out. */
  "withdrawn",
  /** Same-day alerts: every request the alert would tell of closed or stopped matching before it went out. */
  "no_longer_open",
  /** Same-day alerts turned off in the person's settings. */
  "alerts_off",
] as const;
export type DeliverySkipReason = (typeof deliverySkipReasons)[number];
