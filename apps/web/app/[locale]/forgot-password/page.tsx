import type { Metadata } from "next";
import { AccountPanel } from "../../../components/account/account-panel";
import { ForgotPasswordForm } from "../../../components/account/forgot-password-form";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../lib/account-page";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).account.forgotPassword.title) : {};
}

export default async function ForgotPasswordPage(props: LocaleParams) {
  const { locale, messages } = await accountPageLocale(props);
  const copy = messages.account.forgotPassword;
  return (
    <AccountPanel heading={copy.heading} lead={copy.lead}>
      <ForgotPasswordForm locale={locale} messages={messages} />
    </AccountPanel>
  );
}
