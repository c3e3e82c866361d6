// Claims waiting: who asks for which profile and how it was to be proven (the registration certificate opens from
// here); an admin may approve or reject any, and the claimant is emailed the decision.
import type { Metadata } from "next";
import { AdminNav } from "../../../../components/admin/admin-nav";
import { DecisionForm } from "../../../../components/admin/decision-form";
import { adminData, adminPage } from "../../../../lib/admin-page";
import { api } from "../../../../lib/api";
import { webFileLink } from "../../../../lib/file-links";
import { formatDateTime } from "../../../../lib/format";
import { fill } from "../../../../lib/i18n/fill";
import { messagesFor } from "../../../../lib/i18n/messages";
import { languageOf, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).admin.claims.title } : {};
}

export default async function ClaimsQueuePage() {
  const { locale, messages } = await adminPage("/admin/claims");
  const copy = messages.admin.claims;
  const queue = adminData(await callAsPerson((headers) => api().GET("/v1/admin/claims", { headers })));
  return (
    <div className="max-w-3xl">
      <AdminNav current="/admin/claims" messages={messages} />
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      {queue.claims.length === 0 ? (
        <p className="mt-6 text-lg">{copy.empty}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {queue.claims.map((claim) => (
            <li key={claim.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
              <h2 className="text-xl font-bold">{claim.legalName}</h2>
              <p>MST {claim.taxCode}</p>
              <p>{fill(copy.claimant, { organization: claim.organizationName })}</p>
              {claim.requestedByEmail ? <p className="break-all">{claim.requestedByEmail}</p> : null}
              <p>
                {copy.method[claim.method]} · {formatDateTime(locale, claim.createdAt)}
              </p>
              {claim.sentTo ? (
                <p className="break-all">{fill(copy.sentTo, { email: claim.sentTo })}</p>
              ) : null}
              {claim.note ? <p className="mt-2 whitespace-pre-line">{claim.note}</p> : null}
              {claim.document ? (
                <p className="mt-2 break-all">
                  <a
                    href={webFileLink(claim.document)}
                    className="inline-flex min-h-11 items-center font-semibold"
                  >
                    {fill(copy.document, { name: claim.document.fileName })}
                  </a>
                </p>
              ) : claim.method === "document" ? null : (
                <p className="mt-2 text-muted">{copy.noDocument}</p>
              )}
              <DecisionForm
                locale={locale}
                messages={messages}
                kind="claim"
                id={claim.id}
                subject={claim.legalName}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
