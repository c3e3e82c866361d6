// The verification queue, oldest first: each request with what the supplier wrote, its documents and the decision.
import type { Metadata } from "next";
import { AdminNav } from "../../../../components/admin/admin-nav";
import { DecisionForm } from "../../../../components/admin/decision-form";
import { DocumentLinks } from "../../../../components/document-links";
import { adminData, adminPage } from "../../../../lib/admin-page";
import { api } from "../../../../lib/api";
import { formatDateTime } from "../../../../lib/format";
import { fill } from "../../../../lib/i18n/fill";
import { messagesFor } from "../../../../lib/i18n/messages";
import { languageOf, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).admin.verification.title } : {};
}

export default async function VerificationQueuePage() {
  const { locale, messages } = await adminPage("/admin/verification");
  const copy = messages.admin.verification;
  const queue = adminData(
    await callAsPerson((headers) => api().GET("/v1/admin/verification-requests", { headers })),
  );
  return (
    <div className="max-w-3xl">
      <AdminNav current="/admin/verification" messages={messages} />
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      {queue.requests.length === 0 ? (
        <p className="mt-6 text-lg">{copy.empty}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {queue.requests.map((request) => (
            <li key={request.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
              <h2 className="text-xl font-bold">{request.legalName}</h2>
              <p>MST {request.taxCode}</p>
              <p>{formatDateTime(locale, request.createdAt)}</p>
              {request.requestedByEmail ? (
                <p className="break-all">{fill(copy.requestedBy, { email: request.requestedByEmail })}</p>
              ) : null}
              {request.note ? (
                <p className="mt-2 whitespace-pre-line">{fill(copy.note, { note: request.note })}</p>
              ) : null}
              <h3 className="mt-3 font-bold">{copy.documents}</h3>
              {request.documents.length === 0 ? (
                <p>{copy.noDocuments}</p>
              ) : (
                <DocumentLinks documents={request.documents} openLabel={copy.openDocument} />
              )}
              <p className="mt-2">
                <a href={`/${locale}/suppliers/${request.supplierId}`}>{copy.profile}</a>
              </p>
              <DecisionForm
                locale={locale}
                messages={messages}
                kind="verification"
                id={request.id}
                subject={request.legalName}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
