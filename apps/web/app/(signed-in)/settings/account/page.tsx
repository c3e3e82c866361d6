// Who the person is to Kết Nối: their name, email (confirmed or not, with a way to get the link again), their
// organisation, and the language the product and the emails use with them.
import type { Metadata } from "next";
import { ProfileForm, ResendVerificationForm } from "../../../../components/account/profile-form";
import { SettingsNav } from "../../../../components/account/settings-nav";
import { Badge } from "../../../../components/ui/badge";
import { messagesFor } from "../../../../lib/i18n/messages";
import { currentMembership, languageOf, requireMe, signedInMe } from "../../../../lib/session/signed-in";

const here = "/settings/account";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).account.settings.accountTitle } : {};
}

export default async function AccountSettingsPage() {
  const me = await requireMe(here);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.account.settings;
  const membership = currentMembership(me);
  return (
    <div className="max-w-2xl">
      <SettingsNav current={here} messages={messages} />
      <h1 className="text-3xl font-bold">{copy.accountTitle}</h1>
      <p className="mt-3 text-lg">{copy.accountLead}</p>
      <dl className="mt-6 space-y-3 rounded-lg border border-line-soft bg-white p-4 text-lg shadow-sm sm:p-6">
        <div>
          <dt className="font-semibold">{copy.email}</dt>
          <dd className="flex flex-wrap items-center gap-2 break-all">
            {me.user.email}
            <Badge tone={me.user.emailVerified ? "success" : "warning"}>
              {me.user.emailVerified ? copy.verified : copy.unverified}
            </Badge>
          </dd>
          {me.user.emailVerified ? null : (
            <dd className="mt-2">
              <p>{messages.account.verifyEmail.notVerified}</p>
              <ResendVerificationForm locale={locale} messages={messages} />
            </dd>
          )}
        </div>
        {membership ? (
          <div>
            <dt className="font-semibold">{copy.organization}</dt>
            <dd>{membership.organization.name}</dd>
          </div>
        ) : null}
      </dl>
      <div className="mt-6 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
        <ProfileForm locale={locale} messages={messages} name={me.user.name} />
      </div>
    </div>
  );
}
