// Why one supplier fits a request (or nearly does), criterion by criterion. Emails link here
// (/requests/{id}/matches/{supplierId}); a supplier that is not among the request's matches is a 404.
import { explainMatchFacts, type MatchExplanation, type MatchFactKind } from "@ketnoi/domain/matching";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "../../../../../../components/ui/badge";
import { Button } from "../../../../../../components/ui/button";
import { Card, CardHeading } from "../../../../../../components/ui/card";
import { fill } from "../../../../../../lib/i18n/fill";
import { messagesFor } from "../../../../../../lib/i18n/messages";
import { matchesOf, nearMissReasonsOf, requestById } from "../../../../../../lib/requests";
import { languageOf, requireMe, signedInMe } from "../../../../../../lib/session/signed-in";

type Params = { params: Promise<{ id: string; supplierId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const me = await signedInMe();
  if (!me) return {};
  const { id, supplierId } = await params;
  try {
    const match = (await matchesOf(id)).find((m) => m.supplier.id === supplierId);
    const name = match ? (match.supplier.tradeName ?? match.supplier.legalName) : "";
    return match ? { title: fill(messagesFor(languageOf(me)).requests.match.title, { name }) } : {};
  } catch {
    return {};
  }
}

export default async function MatchPage({ params }: Params) {
  const { id, supplierId } = await params;
  const me = await requireMe(`/requests/${encodeURIComponent(id)}/matches/${encodeURIComponent(supplierId)}`);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.requests;
  const [request, matches] = await Promise.all([requestById(id), matchesOf(id)]);
  const match = matches.find((m) => m.supplier.id === supplierId);
  if (!match) notFound();
  const name = match.supplier.tradeName ?? match.supplier.legalName;
  const facts = explainMatchFacts(match.explanation as unknown as MatchExplanation, locale);
  const byKind = new Map<MatchFactKind, string[]>();
  for (const fact of facts) byKind.set(fact.kind, [...(byKind.get(fact.kind) ?? []), fact.text]);
  const lacks = nearMissReasonsOf(match);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <a href={`/requests/${request.id}`} className="inline-flex min-h-11 items-center">
          ← {copy.page.backToRequest}: {request.title}
        </a>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{fill(copy.match.title, { name })}</h1>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone={match.verdict === "match" ? "success" : "warning"}>
            {match.verdict === "match" ? copy.match.verdictMatch : copy.match.verdictNearMiss}
          </Badge>
          <Badge tone="info">{fill(copy.page.score, { score: Math.round(match.score) })}</Badge>
        </p>
        {lacks.length > 0 ? (
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <span className="font-semibold">{copy.page.lacks}:</span>
            {lacks.map((reason) => (
              <Badge key={reason} tone="warning">
                {copy.nearMiss[reason]}
              </Badge>
            ))}
          </p>
        ) : null}
      </div>
      <Card aria-labelledby="criteria">
        <CardHeading id="criteria">{copy.match.criteria}</CardHeading>
        <dl className="divide-y divide-line-soft">
          {[...byKind].map(([kind, lines]) => (
            <div key={kind} className="py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
              <dt className="font-semibold">{copy.match.criterion[kind]}</dt>
              <dd>{lines.join("; ")}</dd>
            </div>
          ))}
          <div className="py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
            <dt className="font-semibold">{copy.match.criterion.verification}</dt>
            <dd>{match.supplier.verified ? copy.match.verifiedText : copy.match.unverifiedText}</dd>
          </div>
        </dl>
      </Card>
      <div className="flex flex-wrap gap-3">
        <Button asChild variant="secondary">
          <a href={`/${locale}/suppliers/${match.supplier.id}`}>{copy.match.profile}</a>
        </Button>
        {request.status === "open" ? (
          <Button asChild variant="secondary">
            <a href={`/requests/${request.id}/messages/${match.supplier.id}`}>{messages.threads.writeTo}</a>
          </Button>
        ) : null}
      </div>
    </div>
  );
}
