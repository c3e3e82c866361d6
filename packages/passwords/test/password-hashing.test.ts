import { describe, expect, it } from "vitest";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../src/index.js";

describe("password hashing", () => {
  it("hashes with argon2id at OWASP's baseline parameters and a fresh salt each time", async () => {
    const first = await hashPassword("mật khẩu của Lan 2026");
    const second = await hashPassword("mật khẩu của Lan 2026");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
  });

  it("verifies the password a hash was made from and refuses any other", async () => {
    const stored = await hashPassword("mật khẩu của Lan 2026");
    expect(await verifyPassword(stored, "mật khẩu của Lan 2026")).toBe(true);
    expect(await verifyPassword(stored, "mat khau cua Lan 2026")).toBe(false);
  });

  it("refuses, rather than throws, when the stored hash is not a hash", async () => {
    expect(await verifyPassword("", "anything")).toBe(false);
    expect(await verifyPassword("plain text", "plain text")).toBe(false);
  });

  it("makes the decoy hash once, and no password people choose matches it", async () => {
    const decoy = await decoyPasswordHash();
    expect(await decoyPasswordHash()).toBe(decoy);
    expect(await verifyPassword(decoy, "")).toBe(false);
  });
});
