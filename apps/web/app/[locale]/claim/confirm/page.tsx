// Opened from a claim link (the token is in the link's #fragment, read by components/forms/token-field.tsx);
// confirming needs the person signed in to the organisation that takes the profile.
import type { Metadata } from "next";
import { AccountPanel } from "../../../../components/account/account-panel";
import { ConfirmClaimForm } from "../../../../components/onboarding/confirm-claim-form";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../../lib/account-page";
import { isLocale } from "../../../../lib/i18n/locales";
import { messagesFor } from "../../../../lib/i18n/messages";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).onboarding.confirm.title) : {};
}

export default async function ConfirmClaimPage(props: LocaleParams) {
  const { locale, messages } = await accountPageLocale(props);
  const copy = messages.onboarding.confirm;
  return (
    <AccountPanel heading={copy.heading} lead={copy.lead}>
      <ConfirmClaimForm locale={locale} messages={messages} />
    </AccountPanel>
  );
}
