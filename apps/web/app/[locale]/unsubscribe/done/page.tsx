import type { Metadata } from "next";
import { AccountPanel } from "../../../../components/account/account-panel";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../../lib/account-page";
import { isLocale } from "../../../../lib/i18n/locales";
import { messagesFor } from "../../../../lib/i18n/messages";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).account.unsubscribe.doneHeading) : {};
}

export default async function UnsubscribedPage(
  props: LocaleParams & { searchParams: Promise<{ scope?: string | string[] }> },
) {
  const { messages } = await accountPageLocale(props);
  const copy = messages.account.unsubscribe;
  const { scope } = await props.searchParams;
  return (
    <AccountPanel heading={copy.doneHeading}>
      <p role="status" className="text-lg">
        {scope === "immediate" ? copy.immediateDone : scope === "alerts" ? copy.alertsDone : copy.digestDone}
      </p>
      <p className="mt-3">
        <a href="/settings/notifications" className="inline-flex min-h-11 items-center text-lg">
          {copy.settingsLink}
        </a>
      </p>
    </AccountPanel>
  );
}
