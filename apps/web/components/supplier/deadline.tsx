// The quote deadline as a date and, while it matters, how many days are left ("còn 3 ngày").
import { formatDateTime } from "../../lib/format";
import { plural } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { daysUntil } from "../../lib/supplier-workspace";

export function Deadline({ at, locale, messages }: { at: string; locale: Locale; messages: Messages }) {
  const copy = messages.supplierWorkspace;
  const passed = new Date(at).getTime() <= Date.now();
  const days = daysUntil(at);
  const left = passed
    ? copy.deadlinePassed
    : days <= 0
      ? copy.deadlineToday
      : plural(locale, copy.daysLeft, days);
  return (
    <span>
      <time dateTime={at}>{formatDateTime(locale, at)}</time>{" "}
      <span className={passed || days <= 2 ? "font-semibold text-critical-ink" : "font-semibold"}>
        ({left})
      </span>
    </span>
  );
}
