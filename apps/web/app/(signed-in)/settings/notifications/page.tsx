// The emails a person gets: the weekly digest and its day, immediate notifications, the language. Emails link
// here (/settings/notifications), so the URL carries no locale: the page is in the account's language.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotificationsForm } from "../../../../components/account/notifications-form";
import { SettingsNav } from "../../../../components/account/settings-nav";
import { api } from "../../../../lib/api";
import { messagesFor } from "../../../../lib/i18n/messages";
import { languageOf, requireMe, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

const here = "/settings/notifications";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).account.settings.notificationsTitle } : {};
}

export default async function NotificationSettingsPage() {
  const me = await requireMe(here);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const answer = await callAsPerson((headers) => api().GET("/v1/me/notifications", { headers }));
  if (!answer?.data) notFound();
  const copy = messages.account.settings;
  return (
    <div className="max-w-2xl">
      <SettingsNav current={here} messages={messages} />
      <h1 className="text-3xl font-bold">{copy.notificationsTitle}</h1>
      <p className="mt-3 text-lg">{copy.notificationsLead}</p>
      <div className="mt-6 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
        <NotificationsForm
          key={answer.data.language}
          locale={locale}
          messages={messages}
          settings={answer.data}
        />
      </div>
    </div>
  );
}
