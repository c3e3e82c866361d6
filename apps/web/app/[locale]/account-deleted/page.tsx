// Where a person lands once their account is erased: what happened and what stays with their company.
import type { Metadata } from "next";
import { AccountPanel } from "../../../components/account/account-panel";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../lib/account-page";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).personalData.deletedHeading) : {};
}

export default async function AccountDeletedPage(props: LocaleParams) {
  const { locale, messages } = await accountPageLocale(props);
  const copy = messages.personalData;
  return (
    <AccountPanel heading={copy.deletedHeading}>
      <p role="status" className="text-lg">
        {copy.deletedBody}
      </p>
      <p className="mt-3">
        <a href={`/${locale}`} className="inline-flex min-h-11 items-center text-lg">
          {copy.homeLink}
        </a>
      </p>
    </AccountPanel>
  );
}
