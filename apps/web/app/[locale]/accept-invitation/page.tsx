// Opened from an invitation email; the token is in the link's #fragment (components/forms/token-field.tsx).
import type { Metadata } from "next";
import { AccountPanel } from "../../../components/account/account-panel";
import { InvitationForm } from "../../../components/account/invitation-form";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../lib/account-page";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).account.invitation.title) : {};
}

export default async function AcceptInvitationPage(props: LocaleParams) {
  const { locale, messages } = await accountPageLocale(props);
  return (
    <AccountPanel heading={messages.account.invitation.title}>
      <InvitationForm locale={locale} messages={messages} />
    </AccountPanel>
  );
}
