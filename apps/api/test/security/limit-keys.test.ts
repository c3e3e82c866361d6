import { describe, expect, it } from "vitest";
import { accountKey, addressKey } from "../../src/rate-limits/limit-keys.js";

describe("addressKey", () => {
  it("counts an IPv4 client by its address, also when written IPv4-mapped", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, however the address is written", () => {
    const network = "2001:db8:aa:1::/64";
    expect(addressKey("2001:db8:aa:1::1")).toBe(network);
    expect(addressKey("2001:0db8:00aa:0001:ffff:ffff:ffff:fffe")).toBe(network);
    expect(addressKey("2001:DB8:AA:1:0:0:0:9")).toBe(network);
    expect(addressKey("2001:db8:aa:2::1")).not.toBe(network);
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });
});

describe("accountKey", () => {
  it("is the same for any spelling of one address and never shows the address", () => {
    const key = accountKey("Lan.Vo@Example.vn");
    expect(accountKey(" lan.vo@example.vn ")).toBe(key);
    expect(key).not.toMatch(/lan|example/i);
    expect(accountKey("other@example.vn")).not.toBe(key);
  });
});
