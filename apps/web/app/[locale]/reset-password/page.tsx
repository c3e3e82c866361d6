// Opened from the link in an email; the token is in the link's #fragment (components/forms/token-field.tsx).
import type { Metadata } from "next";
import { AccountPanel } from "../../../components/account/account-panel";
import { EmailLinkForm } from "../../../components/account/email-link-form";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../lib/account-page";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).account.resetPassword.title) : {};
}

export default async function ResetPasswordPage(props: LocaleParams) {
  const { locale, messages } = await accountPageLocale(props);
  const copy = messages.account.resetPassword;
  return (
    <AccountPanel heading={copy.heading}>
      <EmailLinkForm kind="reset" locale={locale} messages={messages} />
    </AccountPanel>
  );
}
