// Claim your company: find an imported profile by tax code or name, claim it (a link goes to the contact address
// on the profile, or, without one, the business registration certificate goes to the admins), and see the claims
// made with their outcomes. The search is a GET form, so it works without JavaScript.
import type { Metadata } from "next";
import { ClaimButton } from "../../../components/onboarding/claim-button";
import { DocumentClaimForm } from "../../../components/onboarding/document-claim-form";
import { QueryForm } from "../../../components/query-form";
import { Badge } from "../../../components/ui/badge";
import { api } from "../../../lib/api";
import { webFileLink } from "../../../lib/file-links";
import { formatDate } from "../../../lib/format";
import { fill } from "../../../lib/i18n/fill";
import { messagesFor } from "../../../lib/i18n/messages";
import { languageOf, requireMe, signedInMe } from "../../../lib/session/signed-in";
import { callAsPerson } from "../../../lib/session/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).onboarding.claim.title } : {};
}

const statusTone = {
  pending: "warning",
  approved: "success",
  rejected: "critical",
  cancelled: "neutral",
} as const;

export default async function ClaimPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const me = await requireMe("/claim");
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.onboarding.claim;
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const [found, claims] = await Promise.all([
    query.length >= 2
      ? callAsPerson((headers) =>
          api().GET("/v1/claims/candidates", { headers, params: { query: { q: query } } }),
        )
      : Promise.resolve(undefined),
    callAsPerson((headers) => api().GET("/v1/claims", { headers })),
  ]);
  const suppliers = found?.data?.suppliers;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{copy.title}</h1>
      <p className="mt-3 text-lg">{copy.lead}</p>

      <QueryForm
        action="/claim"
        label={copy.searchLabel}
        hint={copy.searchHint}
        submit={copy.searchSubmit}
        defaultValue={query}
      />

      {suppliers ? (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-2xl font-bold">
            {copy.resultsHeading}
          </h2>
          {suppliers.length === 0 ? (
            <p className="mt-3 text-lg">{fill(copy.noResults, { query })}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {suppliers.map((supplier) => (
                <li key={supplier.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
                  <p className="text-lg font-semibold">{supplier.legalName}</p>
                  {supplier.tradeName ? <p>{supplier.tradeName}</p> : null}
                  <p>{fill(copy.taxCode, { taxCode: supplier.taxCode })}</p>
                  <p>{supplier.province2025}</p>
                  {supplier.importedBy ? (
                    <p>{fill(copy.importedBy, { association: supplier.importedBy })}</p>
                  ) : null}
                  {/* Long addresses wrap where they must; sentences never break inside a word. */}
                  <p className="break-words">
                    {supplier.contactEmail
                      ? fill(copy.contactEmail, { email: supplier.contactEmail })
                      : copy.noContactEmail}
                  </p>
                  {supplier.contactEmail ? (
                    <ClaimButton
                      locale={locale}
                      messages={messages}
                      supplierId={supplier.id}
                      name={supplier.legalName}
                    />
                  ) : (
                    <DocumentClaimForm
                      locale={locale}
                      messages={messages}
                      supplierId={supplier.id}
                      name={supplier.legalName}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="claims-heading" className="mt-8">
        <h2 id="claims-heading" className="text-2xl font-bold">
          {copy.yourClaims}
        </h2>
        {claims?.data?.claims.length ? (
          <ul className="mt-3 space-y-3">
            {claims.data.claims.map((claim) => (
              <li key={claim.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
                <p className="text-lg font-semibold">{claim.legalName}</p>
                <p>{fill(copy.taxCode, { taxCode: claim.taxCode })}</p>
                <p className="mt-1">
                  <Badge tone={statusTone[claim.status]}>{copy.statuses[claim.status]}</Badge>{" "}
                  {formatDate(locale, claim.createdAt)}
                </p>
                {claim.document ? (
                  <p className="mt-1 break-all">
                    <a
                      href={webFileLink(claim.document)}
                      className="inline-flex min-h-11 items-center font-semibold"
                    >
                      {fill(copy.sentDocument, { name: claim.document.fileName })}
                    </a>
                  </p>
                ) : null}
                {claim.decisionReason && claim.status !== "cancelled" ? (
                  <p className="mt-1 whitespace-pre-line">
                    {fill(copy.decision, { reason: claim.decisionReason })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-lg">{copy.noClaims}</p>
        )}
      </section>
    </div>
  );
}
