import { Suspense } from "react";
import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader({ locale, messages }: { locale: Locale; messages: Messages }) {
  const other: Locale = locale === "vi" ? "en" : "vi";
  const switcher = { label: messages.nav.switchTo, accessibleLabel: messages.nav.switchToLabel };
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <a
          href={`/${locale}`}
          className="inline-flex min-h-11 items-center text-xl font-bold text-white no-underline hover:text-white"
        >
          {messages.meta.siteName}
        </a>
        <nav aria-label={messages.nav.language} className="flex items-center gap-2">
          <a
            href={`/${locale}/suppliers`}
            className="inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-white hover:text-white"
          >
            {messages.nav.suppliers}
          </a>
          {/* Without the current URL (static render), the fallback links to the other language's home page. */}
          <Suspense
            fallback={
              <a
                href={`/${other}`}
                hrefLang={other}
                lang={other}
                aria-label={switcher.accessibleLabel}
                className="inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-white hover:text-white"
              >
                {switcher.label}
              </a>
            }
          >
            <LanguageSwitcher locale={locale} {...switcher} />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
