import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isSecureOrigin, securityHeaders } from "../lib/security-headers";

describe("security headers", () => {
  it("allow scripts only with the response's nonce and forbid framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", development: false, secureOrigin: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
  });

  it("let next dev inject its styles and eval its error overlays, and nothing more", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", development: true, secureOrigin: false });
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'unsafe-eval'");
  });

  it("send HSTS only for HTTPS on a real host", () => {
    expect(isSecureOrigin(new URL("https://ketnoi.vn/vi"))).toBe(true);
    expect(isSecureOrigin(new URL("https://localhost:3001/vi"))).toBe(false);
    expect(isSecureOrigin(new URL("http://127.0.0.1:3001/vi"))).toBe(false);
    const local = securityHeaders({ nonce: "n", development: true, secureOrigin: false });
    expect(local).not.toHaveProperty("Strict-Transport-Security");
    expect(local["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
    expect(securityHeaders({ nonce: "n", development: false, secureOrigin: true })).toHaveProperty(
      "Strict-Transport-Security",
    );
  });

  it("always say nosniff, no framing and a cross-origin referrer without the path", () => {
    const headers = securityHeaders({ nonce: "n", development: false, secureOrigin: false });
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("makes a different 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0] ?? "", "base64")).toHaveLength(16);
  });
});
