import { createHash, randomBytes } from "node:crypto";

/** An opaque token for links and refresh: 256 bits, URL-safe. Only its hash is stored. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 is enough here: the tokens are random and long, so there is nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
