import { Suspense } from "react";
import { logOut } from "../app/actions/session-actions";
import type { Locale } from "../lib/i18n/locales";
import type { Messages } from "../lib/i18n/messages";
import { LanguageSwitcher } from "./language-switcher";

const headerLink =
  "inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-white hover:text-white";

/**
 * The site's header. Signed-in pages (whose language is the account's, not the URL's) show no language switch;
 * every page shows either the login link or the account link and the logout button.
 */
export function SiteHeader({
  locale,
  messages,
  signedIn = false,
  supplier = false,
  buyer = true,
  languageSwitch = true,
}: {
  locale: Locale;
  messages: Messages;
  signedIn?: boolean;
  /** The person's organisation supplies: its requests are one tap away. */
  supplier?: boolean;
  /** The organisation buys (assumed where roles are not read, on public pages): its own requests. */
  buyer?: boolean;
  languageSwitch?: boolean;
}) {
  const other: Locale = locale === "vi" ? "en" : "vi";
  const switcher = { label: messages.nav.switchTo, accessibleLabel: messages.nav.switchToLabel };
  return (
    <header className="bg-brand text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <a
          href={`/${locale}`}
          className="inline-flex min-h-11 items-center text-xl font-bold text-white no-underline hover:text-white"
        >
          {messages.meta.siteName}
        </a>
        <nav aria-label={messages.nav.accountMenu} className="flex flex-wrap items-center gap-x-2">
          <a
            href={`/${locale}/suppliers`}
            className="inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-white hover:text-white"
          >
            {messages.nav.suppliers}
          </a>
          {signedIn ? (
            <>
              {supplier ? (
                <a href="/supplier/requests" className={headerLink}>
                  {messages.nav.supplierRequests}
                </a>
              ) : (
                // A company not supplying here yet is most likely listed by its association: claiming is its way in.
                <a href="/claim" className={headerLink}>
                  {messages.nav.claim}
                </a>
              )}
              {buyer ? (
                <a href="/requests" className={headerLink}>
                  {messages.nav.requests}
                </a>
              ) : null}
              <a href="/settings/notifications" className={headerLink}>
                {messages.nav.myAccount}
              </a>
              <form action={logOut}>
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className={`${headerLink} cursor-pointer underline`}>
                  {messages.nav.logout}
                </button>
              </form>
            </>
          ) : (
            <a href={`/${locale}/login`} className={headerLink}>
              {messages.nav.login}
            </a>
          )}
          {/* Without the current URL (static render), the fallback links to the other language's home page. */}
          {languageSwitch ? (
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
          ) : null}
        </nav>
      </div>
    </header>
  );
}
