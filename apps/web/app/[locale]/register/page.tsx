import type { Metadata } from "next";
import { AccountPanel } from "../../../components/account/account-panel";
import { RegisterForm } from "../../../components/account/register-form";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../lib/account-page";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).account.register.title) : {};
}

export default async function RegisterPage(
  props: LocaleParams & { searchParams: Promise<{ role?: string | string[] }> },
) {
  const { locale, messages } = await accountPageLocale(props);
  const { role } = await props.searchParams;
  const copy = messages.account.register;
  return (
    <AccountPanel heading={copy.heading} lead={copy.lead}>
      <RegisterForm
        locale={locale}
        messages={messages}
        initialRole={role === "supplier" ? "supplier" : role === "buyer" ? "buyer" : ""}
      />
      <p className="mt-6 border-t border-line-soft pt-4 text-lg">
        {copy.haveAccount}{" "}
        <a href={`/${locale}/login`} className="inline-flex min-h-11 items-center">
          {messages.account.login.submit}
        </a>
      </p>
    </AccountPanel>
  );
}
