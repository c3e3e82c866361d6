"use client";
// The same page in the other language: swaps the locale segment of the current URL and keeps the query.
// Rendered on the server too, so the link works without JavaScript.
import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "../lib/i18n/locales";

export function LanguageSwitcher({
  locale,
  label,
  accessibleLabel,
}: {
  locale: Locale;
  label: string;
  accessibleLabel: string;
}) {
  const other: Locale = locale === "vi" ? "en" : "vi";
  const pathname = usePathname() ?? `/${locale}`;
  const query = useSearchParams()?.toString();
  const rest = pathname.replace(/^\/(vi|en)(?=\/|$)/, "");
  const href = `/${other}${rest}${query ? `?${query}` : ""}`;
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={accessibleLabel}
      className="inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-white hover:text-white"
    >
      {label}
    </a>
  );
}
