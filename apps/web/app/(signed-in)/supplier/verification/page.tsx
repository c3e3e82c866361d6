// The supplier's verification: its state, the requests made and their outcomes, and the form to ask.
import type { Metadata } from "next";
import { DocumentLinks } from "../../../../components/document-links";
import { VerificationForm } from "../../../../components/onboarding/verification-form";
import { SupplierNav } from "../../../../components/supplier/supplier-nav";
import { Badge } from "../../../../components/ui/badge";
import { api } from "../../../../lib/api";
import { formatDate } from "../../../../lib/format";
import { fill } from "../../../../lib/i18n/fill";
import { messagesFor } from "../../../../lib/i18n/messages";
import { languageOf, requireMe, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).onboarding.verification.title } : {};
}

const tone = { pending: "warning", approved: "success", rejected: "critical" } as const;

export default async function VerificationPage() {
  const me = await requireMe("/supplier/verification");
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.onboarding.verification;
  const own = await callAsPerson((headers) =>
    api().GET("/v1/suppliers", { headers, params: { query: { mine: "true", limit: 1 } } }),
  );
  const profile = own?.data?.items[0];
  const state = profile
    ? await callAsPerson((headers) =>
        api().GET("/v1/suppliers/{id}/verification-requests", {
          headers,
          params: { path: { id: profile.id } },
        }),
      )
    : undefined;
  const requests = state?.data?.requests ?? [];
  const latest = requests[0];
  return (
    <div className="max-w-3xl">
      {profile ? <SupplierNav supplierId={profile.id} current="verification" messages={messages} /> : null}
      <h1 className="mt-4 text-3xl font-bold">{copy.title}</h1>
      <p className="mt-3 text-lg">{copy.lead}</p>
      {!profile || !state?.data ? (
        <p className="mt-6 text-lg">
          {copy.noProfile} <a href="/claim">{copy.claimLink}</a>
        </p>
      ) : (
        <>
          <section aria-labelledby="state-heading" className="mt-8">
            <h2 id="state-heading" className="text-2xl font-bold">
              {copy.stateHeading}
            </h2>
            <p className="mt-2 text-lg font-semibold">{profile.legalName}</p>
            <p className="mt-1">
              <Badge tone={state.data.verificationStatus === "verified" ? "success" : "neutral"}>
                {state.data.verificationStatus === "verified" ? copy.verified : copy.unverified}
              </Badge>
            </p>
          </section>
          {state.data.verificationStatus === "unverified" && latest?.status !== "pending" ? (
            <section aria-labelledby="form-heading" className="mt-8">
              <h2 id="form-heading" className="text-2xl font-bold">
                {copy.formHeading}
              </h2>
              <div className="mt-4 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
                <VerificationForm locale={locale} messages={messages} supplierId={profile.id} />
              </div>
            </section>
          ) : null}
          {latest?.status === "pending" ? (
            <p role="status" className="mt-6 text-lg">
              {copy.pending}
            </p>
          ) : null}
          {requests.length > 0 ? (
            <section aria-labelledby="history-heading" className="mt-8">
              <h2 id="history-heading" className="text-2xl font-bold">
                {copy.historyHeading}
              </h2>
              <ul className="mt-3 space-y-3">
                {requests.map((request) => (
                  <li key={request.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
                    <p>
                      <Badge tone={tone[request.status]}>{copy.statuses[request.status]}</Badge>{" "}
                      {fill(copy.requestedOn, { date: formatDate(locale, request.createdAt) })}
                    </p>
                    {request.decidedAt ? (
                      <p className="mt-1">
                        {fill(copy.decidedOn, { date: formatDate(locale, request.decidedAt) })}
                      </p>
                    ) : null}
                    {request.decisionReason ? (
                      <p className="mt-1">{fill(copy.reason, { reason: request.decisionReason })}</p>
                    ) : null}
                    {request.documents.length > 0 ? (
                      <>
                        <h3 className="mt-2 font-bold">{copy.sentDocuments}</h3>
                        <DocumentLinks
                          documents={request.documents}
                          openLabel={messages.admin.verification.openDocument}
                        />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
