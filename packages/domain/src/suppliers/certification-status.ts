// An expired certificate stays on the profile (buyers see it, marked expired) but stops counting as held.

export interface HeldCertification {
  code: string;
  expiresOn?: string | undefined;
  certificateNumber?: string | undefined;
}

/** Whether a certificate counts on `today` (YYYY-MM-DD, Ho Chi Minh City date): valid through its expiry day. */
export function isCertificationActive(cert: HeldCertification, today: string): boolean {
  return cert.expiresOn === undefined || cert.expiresOn >= today;
}

export function activeCertificationCodes(certs: readonly HeldCertification[], today: string): string[] {
  return certs.filter((c) => isCertificationActive(c, today)).map((c) => c.code);
}

// Built once: constructing a DateTimeFormat costs far more than formatting with it (the digest calls this per
// recipient).
const hcmcDateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/** Today's date in Ho Chi Minh City, where certificates' dates are meant. */
export function hcmcDate(at: Date): string {
  return hcmcDateFormat.format(at);
}
