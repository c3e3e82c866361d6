// Short-lived download links: an HMAC over the file id and an expiry, so a link works without a session (a
// browser opens it directly) but only for a few minutes and only for the file it was made for.
import { createHmac, timingSafeEqual } from "node:crypto";

export class FileLinkSigner {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  /** `expires` (Unix seconds) and `signature` to put in the download URL's query. */
  sign(fileId: string, now: Date): { expires: number; signature: string } {
    const expires = Math.floor(now.getTime() / 1000) + this.ttlSeconds;
    return { expires, signature: this.mac(fileId, expires) };
  }

  verify(fileId: string, expires: number, signature: string, now: Date): boolean {
    if (!Number.isSafeInteger(expires) || expires * 1000 < now.getTime()) return false;
    const expected = Buffer.from(this.mac(fileId, expires));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(fileId: string, expires: number): string {
    return createHmac("sha256", this.secret).update(`file:${fileId}:${expires}`).digest("base64url");
  }
}
