// Post a request, or a similar one copied from a past request (?from=<id>; sourcing repeats). Dates are left
// for the buyer to choose again.
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { RequestForm } from "../../../../components/requests/request-form";
import { fill } from "../../../../lib/i18n/fill";
import { messagesFor } from "../../../../lib/i18n/messages";
import { emptyRequestForm, requestFormValues } from "../../../../lib/request-form";
import { categoryChoices, deliveryMapZones } from "../../../../lib/request-form-page";
import { certifications, requestById } from "../../../../lib/requests";
import { languageOf, requireMe, signedInMe } from "../../../../lib/session/signed-in";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).requests.newTitle } : {};
}

export default async function NewRequestPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string | string[] }>;
}) {
  const { from } = await searchParams;
  const source = typeof from === "string" && from ? from : undefined;
  const me = await requireMe(source ? `/requests/new?from=${encodeURIComponent(source)}` : "/requests/new");
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.requests;
  const [past, certificationList, mapZones] = await Promise.all([
    source ? requestById(source) : undefined,
    certifications(),
    deliveryMapZones(locale),
  ]);
  const initial = past ? requestFormValues(past, locale, true) : emptyRequestForm;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{copy.newTitle}</h1>
      <p className="mt-2 text-lg">{past ? fill(copy.similarLead, { title: past.title }) : copy.newLead}</p>
      <div className="mt-6 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
        <RequestForm
          locale={locale}
          messages={messages}
          initial={initial}
          categoryNames={categoryChoices(initial.categories)}
          certifications={certificationList}
          mapZones={mapZones}
          idempotencyKey={randomUUID()}
        />
      </div>
    </div>
  );
}
