import { describe, expect, it } from "vitest";
import { FileLinkSigner } from "../src/index.js";

const signer = new FileLinkSigner("a-secret-that-is-long-enough-for-links-0123", 300);
const now = new Date("2026-12-05T10:00:00Z");

describe("signed download links", () => {
  it("work for their file until they expire", () => {
    const { expires, signature } = signer.sign("file-1", now);
    expect(signer.verify("file-1", expires, signature, now)).toBe(true);
    expect(signer.verify("file-1", expires, signature, new Date(now.getTime() + 299_000))).toBe(true);
    expect(signer.verify("file-1", expires, signature, new Date(now.getTime() + 301_000))).toBe(false);
  });

  it("do not open another file, a later expiry or under another secret", () => {
    const { expires, signature } = signer.sign("file-1", now);
    expect(signer.verify("file-2", expires, signature, now)).toBe(false);
    expect(signer.verify("file-1", expires + 3600, signature, now)).toBe(false);
    expect(
      new FileLinkSigner("another-secret-that-is-long-enough-0123456", 300).verify(
        "file-1",
        expires,
        signature,
        now,
      ),
    ).toBe(false);
    expect(signer.verify("file-1", expires, "", now)).toBe(false);
  });
});
