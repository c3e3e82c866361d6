// The page an email's unsubscribe link opens (its token in the query: the List-Unsubscribe address, which mail
// providers POST to as it is). Opening it changes nothing (link scanners open links); its button is a plain form
// that posts to this same address, like the providers' one-click POST, and works without JavaScript. proxy.ts
// hands that POST to app/email-links/unsubscribe/route.ts.
import type { Metadata } from "next";
import { AccountPanel } from "../../../components/account/account-panel";
import { Button } from "../../../components/ui/button";
import { accountPageLocale, accountPageMetadata, type LocaleParams } from "../../../lib/account-page";
import { api } from "../../../lib/api";
import { isLocale } from "../../../lib/i18n/locales";
import { messagesFor } from "../../../lib/i18n/messages";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? accountPageMetadata(messagesFor(locale).account.unsubscribe.title) : {};
}

export default async function UnsubscribePage(
  props: LocaleParams & { searchParams: Promise<{ token?: string | string[] }> },
) {
  const { messages } = await accountPageLocale(props);
  const copy = messages.account.unsubscribe;
  const { token } = await props.searchParams;
  const checked =
    typeof token === "string" && token.length <= 200
      ? await api().POST("/v1/notifications/unsubscribe/check", { body: { token } })
      : undefined;
  const scope = checked?.data?.scope;
  if (!scope) {
    return (
      <AccountPanel heading={messages.account.unsubscribe.title}>
        <p role="alert" className="text-lg">
          {copy.invalid}
        </p>
      </AccountPanel>
    );
  }
  return (
    <AccountPanel
      heading={
        { digest: copy.digestHeading, immediate: copy.immediateHeading, alerts: copy.alertsHeading }[scope]
      }
    >
      <p className="text-lg">
        {{ digest: copy.digestLead, immediate: copy.immediateLead, alerts: copy.alertsLead }[scope]}
      </p>
      <form method="post" className="mt-6">
        <Button type="submit" className="w-full sm:w-auto">
          {copy.submit}
        </Button>
      </form>
    </AccountPanel>
  );
}
