// A certificate's state as a buyer reads it: the API says valid or expired; the web adds "expiring" for a valid
// certificate that ends within the next 90 days, which is when a buyer asks for the renewal.
import { timeZone } from "./i18n/locales";

export type CertificationState = "valid" | "expiring" | "expired";

const expiringWithinDays = 90;

export function certificationState(
  certificate: { status: "valid" | "expired"; expiresOn: string | null },
  today: Date,
): CertificationState {
  if (certificate.status === "expired") return "expired";
  if (!certificate.expiresOn) return "valid";
  const daysLeft = daysBetween(calendarDate(today), certificate.expiresOn);
  if (daysLeft < 0) return "expired";
  return daysLeft <= expiringWithinDays ? "expiring" : "valid";
}

const isoDate = new Intl.DateTimeFormat("en-CA", {
  timeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Ho Chi Minh City as YYYY-MM-DD (en-CA formats dates that way). */
function calendarDate(now: Date): string {
  return isoDate.format(now);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
