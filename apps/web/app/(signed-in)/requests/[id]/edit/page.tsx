// Change a draft (anything) or an open request (details, categories and dates), or publish a draft.
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestForm } from "../../../../../components/requests/request-form";
import { messagesFor } from "../../../../../lib/i18n/messages";
import { requestFormValues } from "../../../../../lib/request-form";
import { categoryChoices, deliveryMapZones } from "../../../../../lib/request-form-page";
import { certifications, requestById } from "../../../../../lib/requests";
import { languageOf, requireMe, signedInMe } from "../../../../../lib/session/signed-in";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).requests.editTitle } : {};
}

export default async function EditRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireMe(`/requests/${encodeURIComponent(id)}/edit`);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const [request, certificationList, mapZones] = await Promise.all([
    requestById(id),
    certifications(),
    deliveryMapZones(locale),
  ]);
  if (request.status !== "draft" && request.status !== "open") notFound();
  const initial = requestFormValues(request, locale);
  return (
    <div className="max-w-3xl">
      <p>
        <a href={`/requests/${request.id}`} className="inline-flex min-h-11 items-center">
          ← {messages.requests.page.backToRequest}
        </a>
      </p>
      <h1 className="text-3xl font-bold">{messages.requests.editTitle}</h1>
      <div className="mt-6 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
        <RequestForm
          locale={locale}
          messages={messages}
          initial={initial}
          categoryNames={categoryChoices(initial.categories)}
          certifications={certificationList}
          mapZones={mapZones}
          requestId={request.id}
          status={request.status}
          idempotencyKey={randomUUID()}
        />
      </div>
    </div>
  );
}
