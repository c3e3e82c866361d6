// "Your data": download everything Kết Nối keeps about the person, or erase the account. The privacy page says what
// is kept and why; both actions ask for the password again.
import type { Metadata } from "next";
import { DeleteAccountForm, ExportDataForm } from "../../../../components/account/personal-data-forms";
import { SettingsNav } from "../../../../components/account/settings-nav";
import { Notice } from "../../../../components/notice";
import { messagesFor } from "../../../../lib/i18n/messages";
import { languageOf, requireMe, signedInMe } from "../../../../lib/session/signed-in";

const here = "/settings/data";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).personalData.title } : {};
}

export default async function PersonalDataPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requireMe(here);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.personalData;
  const { expired } = await searchParams;
  return (
    <div className="max-w-2xl">
      <SettingsNav current={here} messages={messages} />
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      <p className="mt-3 text-lg">
        {copy.lead} <a href={`/${locale}/privacy`}>{copy.privacyLink}</a>
      </p>
      {expired ? (
        <div className="mt-4">
          <Notice>{copy.expired}</Notice>
        </div>
      ) : null}
      <section
        aria-labelledby="export-heading"
        className="mt-6 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="export-heading" className="text-2xl font-bold">
          {copy.exportHeading}
        </h2>
        <p className="mt-2 mb-4 text-lg">{copy.exportLead}</p>
        <ExportDataForm locale={locale} messages={messages} />
      </section>
      <section
        aria-labelledby="delete-heading"
        className="mt-6 rounded-lg border-2 border-critical-ink bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="delete-heading" className="text-2xl font-bold">
          {copy.deleteHeading}
        </h2>
        <p className="mt-2 text-lg">{copy.deleteLead}</p>
        <p className="mt-2 mb-4 text-lg">
          {copy.deleteOwners} <a href="/organization/members">{copy.membersLink}</a>
        </p>
        <DeleteAccountForm locale={locale} messages={messages} />
      </section>
    </div>
  );
}
