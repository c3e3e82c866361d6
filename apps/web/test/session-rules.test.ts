import { describe, expect, it } from "vitest";
import { isUnprefixedAccountPage, isUnsubscribePost } from "../lib/account-paths";
import { allowedOrigins, isMutation, isSameSiteMutation } from "../lib/origin-check";
import { accountHome, safeReturnPath } from "../lib/return-to";
import { sessionCookieFor, sessionCookieOptions } from "../lib/session/session-cookie";

describe("returnTo after login", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/requests/0190f5c2?tab=quotes#q2")).toBe("/requests/0190f5c2?tab=quotes#q2");
    expect(safeReturnPath("/settings/notifications")).toBe("/settings/notifications");
  });

  it.each([
    "//evil.example/x",
    "https://evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/\t/evil.example",
    "",
    undefined,
    `/${"a".repeat(2001)}`,
  ])("sends %s to the account's home instead", (value) => {
    expect(safeReturnPath(value)).toBe(accountHome);
  });
});

describe("the Origin check", () => {
  const allowed = allowedOrigins("https://ketnoi.vn", "https://ketnoi.vn");
  it("applies to every method that changes something", () => {
    expect(["POST", "PUT", "PATCH", "DELETE"].every(isMutation)).toBe(true);
    expect(["GET", "HEAD", "OPTIONS"].some(isMutation)).toBe(false);
  });
  it("accepts our own origin and refuses a foreign one, or none", () => {
    expect(isSameSiteMutation("https://ketnoi.vn", allowed)).toBe(true);
    expect(isSameSiteMutation("https://evil.example", allowed)).toBe(false);
    expect(isSameSiteMutation("https://ketnoi.vn.evil.example", allowed)).toBe(false);
    expect(isSameSiteMutation("null", allowed)).toBe(false);
    expect(isSameSiteMutation(null, allowed)).toBe(false);
  });
});

describe("the session cookie", () => {
  it("is __Host- and Secure on https, plain on this machine's http", () => {
    expect(sessionCookieFor("https://ketnoi.vn")).toEqual({ name: "__Host-ketnoi_session", secure: true });
    expect(sessionCookieFor("http://127.0.0.1:3001")).toEqual({ name: "ketnoi_session", secure: false });
    expect(sessionCookieOptions(sessionCookieFor("https://ketnoi.vn"), 0)).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
    });
  });
});

describe("account paths", () => {
  it("redirect the unprefixed account pages emails and old links name", () => {
    expect(isUnprefixedAccountPage("/verify-email")).toBe(true);
    expect(isUnprefixedAccountPage("/login")).toBe(true);
    expect(isUnprefixedAccountPage("/settings/notifications")).toBe(false);
    expect(isUnprefixedAccountPage("/vi/login")).toBe(false);
  });
  it("send POSTs to unsubscribe links (also the API's old address) to the token-authorised handler", () => {
    for (const path of ["/vi/unsubscribe", "/en/unsubscribe", "/unsubscribe", "/pages/unsubscribe"]) {
      expect(isUnsubscribePost(path), path).toBe(true);
    }
    expect(isUnsubscribePost("/vi/unsubscribe/done")).toBe(false);
    expect(isUnsubscribePost("/vi/login")).toBe(false);
  });
});
