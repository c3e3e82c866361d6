import type { Metadata } from "next";
import { AccountPanel } from "../../../components/account/account-panel";
import { LoginForm } from "../../../components/account/login-form";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../lib/account-page";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";
import { safeReturnPath } from "../../../lib/return-to";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).account.login.title) : {};
}

export default async function LoginPage(
  props: LocaleParams & { searchParams: Promise<{ returnTo?: string | string[] }> },
) {
  const { locale, messages } = await accountPageLocale(props);
  const { returnTo } = await props.searchParams;
  const given = typeof returnTo === "string" ? returnTo : undefined;
  const copy = messages.account.login;
  return (
    <AccountPanel heading={copy.heading} {...(given ? { lead: copy.returnNote } : {})}>
      <LoginForm locale={locale} messages={messages} returnTo={safeReturnPath(given)} />
      <ul className="mt-6 space-y-1 border-t border-line-soft pt-4">
        <li>
          <a href={`/${locale}/forgot-password`} className="inline-flex min-h-11 items-center text-lg">
            {copy.forgot}
          </a>
        </li>
        <li className="text-lg">
          {copy.noAccount}{" "}
          <a href={`/${locale}/register`} className="inline-flex min-h-11 items-center">
            {copy.register}
          </a>
        </li>
      </ul>
    </AccountPanel>
  );
}
