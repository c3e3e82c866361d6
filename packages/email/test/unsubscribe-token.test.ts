import { describe, expect, it } from "vitest";
import {
  digestMessageId,
  messageIdDomain,
  oneClickUnsubscribeHeaders,
  signUnsubscribeToken,
  subscriptionEmail,
  verifyUnsubscribeToken,
} from "../src/index.js";

const secret = "a-secret-that-is-long-enough-for-hmac-0123";
const userId = "0190f5c2-1234-7abc-8def-0123456789ab";

describe("unsubscribe tokens", () => {
  it("round-trips the user and what to turn off", () => {
    for (const scope of ["digest", "immediate"] as const) {
      const token = signUnsubscribeToken(secret, { userId, scope });
      expect(token).toMatch(/^[a-z]\.[0-9a-f]{32}\.[A-Za-z0-9_-]{22}$/);
      expect(verifyUnsubscribeToken(secret, token)).toEqual({ userId, scope });
    }
  });

  it("rejects a token signed with another secret, for another user or with its scope swapped", () => {
    const token = signUnsubscribeToken(secret, { userId, scope: "digest" });
    expect(verifyUnsubscribeToken("another-secret-that-is-long-enough-0123456", token)).toBeNull();
    const otherUser = token.replace("0123456789ab", "0123456789ac");
    expect(verifyUnsubscribeToken(secret, otherUser)).toBeNull();
    expect(verifyUnsubscribeToken(secret, `i${token.slice(1)}`)).toBeNull();
  });

  it("rejects malformed tokens without throwing", () => {
    for (const bad of [
      "",
      "d",
      "d..",
      "x.0190f5c212347abc8def0123456789ab.AAAAAAAAAAAAAAAAAAAAAA",
      "d.zz.sig",
      `${signUnsubscribeToken(secret, { userId, scope: "digest" })}.extra`,
    ]) {
      expect(verifyUnsubscribeToken(secret, bad)).toBeNull();
    }
  });
});

describe("message ids and list headers", () => {
  it("derives one Message-ID per recipient and week, in the sender's domain", () => {
    const domain = messageIdDomain("Kết Nối <no-reply@ketnoi.vn>");
    expect(domain).toBe("ketnoi.vn");
    expect(digestMessageId("2026-W50", userId, domain)).toBe(`<digest.2026-W50.${userId}@ketnoi.vn>`);
  });

  it("asks for RFC 8058 one-click unsubscribe", () => {
    const url = "https://ketnoi.example/vi/unsubscribe?token=t";
    expect(oneClickUnsubscribeHeaders(url)).toEqual({
      list: { unsubscribe: url },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
  });

  it("sends subscription emails with their Message-ID, one-click unsubscribe and base64 parts", () => {
    const url = "https://ketnoi.example/vi/unsubscribe?token=t";
    const content = { subject: "Tuần này trên Kết Nối", html: "<p>Xin chào</p>", text: "Xin chào" };
    expect(
      subscriptionEmail({ to: "lan@example.vn", content, messageId: "<m@ketnoi.vn>", unsubscribeUrl: url }),
    ).toEqual({
      to: "lan@example.vn",
      ...content,
      messageId: "<m@ketnoi.vn>",
      textEncoding: "base64",
      ...oneClickUnsubscribeHeaders(url),
    });
  });
});
