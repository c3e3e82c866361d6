import { describe, expect, it } from "vitest";
import { certificationState } from "../lib/certification-state";

// 4 Dec 2026, 23:30 in Ho Chi Minh City (16:30 UTC).
const today = new Date("2026-12-04T16:30:00Z");

describe("certificate state", () => {
  it("is expired when the API says so", () => {
    expect(certificationState({ status: "expired", expiresOn: "2027-06-01" }, today)).toBe("expired");
  });

  it("is expiring within 90 days of its end, counted in Ho Chi Minh City days", () => {
    expect(certificationState({ status: "valid", expiresOn: "2027-03-04" }, today)).toBe("expiring");
    expect(certificationState({ status: "valid", expiresOn: "2026-12-04" }, today)).toBe("expiring");
    expect(certificationState({ status: "valid", expiresOn: "2027-03-05" }, today)).toBe("valid");
  });

  it("is valid without an expiry date, and expired once the date has passed", () => {
    expect(certificationState({ status: "valid", expiresOn: null }, today)).toBe("valid");
    expect(certificationState({ status: "valid", expiresOn: "2026-12-03" }, today)).toBe("expired");
  });
});
