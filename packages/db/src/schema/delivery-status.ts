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
] as const;
export type DeliverySkipReason = (typeof deliverySkipReasons)[number];
