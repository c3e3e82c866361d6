// Signed tokens for unsubscribe links: they must work without logging in (RFC 8058 one-click POSTs carry no
// cookies), for as long as old emails sit in inboxes, and must not be forgeable for someone else's address.
// An HMAC over the user id and what the link turns off is all that needs; nothing is stored.
import { createHmac, timingSafeEqual } from "node:crypto";

/** What an unsubscribe link turns off: the weekly digest, the immediate notifications, or same-day request alerts. */
export const unsubscribeScopes = ["digest", "immediate", "alerts"] as const;
export type UnsubscribeScope = (typeof unsubscribeScopes)[number];

export interface UnsubscribeClaim {
  userId: string;
  scope: UnsubscribeScope;
}

const scopeCodes: Record<UnsubscribeScope, string> = { digest: "d", immediate: "i", alerts: "a" };
const scopesByCode = new Map(
  Object.entries(scopeCodes).map(([scope, code]) => [code, scope as UnsubscribeScope]),
);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 128 bits of HMAC: far beyond guessing, and keeps the link short. */
const signatureLength = 22;

function sign(secret: string, claim: UnsubscribeClaim): string {
  return createHmac("sha256", secret)
    .update(`ketnoi-unsubscribe:v1:${claim.scope}:${claim.userId}`)
    .digest("base64url")
    .slice(0, signatureLength);
}

export function signUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  if (!uuidPattern.test(claim.userId)) throw new TypeError("unsubscribe tokens are for user ids (UUIDs)");
  return `${scopeCodes[claim.scope]}.${claim.userId.replaceAll("-", "")}.${sign(secret, claim)}`;
}

/** The claim of a well-formed token with a valid signature; null for anything else. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const [code, compactId, signature, ...rest] = token.split(".");
  if (rest.length > 0 || code === undefined || compactId === undefined || signature === undefined)
    return null;
  const scope = scopesByCode.get(code);
  if (!scope || !/^[0-9a-f]{32}$/.test(compactId) || signature.length !== signatureLength) return null;
  const userId = `${compactId.slice(0, 8)}-${compactId.slice(8, 12)}-${compactId.slice(12, 16)}-${compactId.slice(16, 20)}-${compactId.slice(20)}`;
  const expected = Buffer.from(sign(secret, { userId, scope }));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { userId, scope } : null;
}
