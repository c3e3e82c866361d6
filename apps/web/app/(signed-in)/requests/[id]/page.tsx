// A request as its buyer sees it: what was asked, the ranked matches with their reasons, the near misses with what
// they lack, and the way to the quotes. Emails link here (/requests/{id}); anyone outside the organisation gets 404.
import type { Metadata } from "next";
import { type InviteError, publishRequest } from "../../../../app/actions/request-actions";
import { ThreadsSection } from "../../../../components/messages/threads-section";
import { AttachmentsCard } from "../../../../components/requests/attachments-card";
import { ContactDetails } from "../../../../components/requests/contact-details";
import { InvitationsCard } from "../../../../components/requests/invitations-card";
import { MatchCard } from "../../../../components/requests/match-card";
import { RequestFacts } from "../../../../components/requests/request-facts";
import { RequestStatusBadge } from "../../../../components/requests/request-status-badge";
import { Button } from "../../../../components/ui/button";
import { Card, CardHeading } from "../../../../components/ui/card";
import { plural } from "../../../../lib/i18n/fill";
import { type Messages, messagesFor } from "../../../../lib/i18n/messages";
import { threadsOf } from "../../../../lib/messages";
import { attachmentsOf, awardOf, invitationsOf, matchesOf, requestById } from "../../../../lib/requests";
import { languageOf, requireMe, signedInMe } from "../../../../lib/session/signed-in";

type Params = { params: Promise<{ id: string }> };
type Search = {
  searchParams: Promise<{
    attached?: string;
    attachmentError?: string;
    invited?: string;
    inviteError?: string;
  }>;
};

const attachmentErrors = ["file_type_unsupported", "file_too_large", "file_empty", "failed"] as const;
const attachmentError = (code: string | undefined) => attachmentErrors.find((known) => known === code);
const inviteErrors: readonly InviteError[] = ["limit", "closed", "supplier", "failed"];
const inviteError = (code: string | undefined) => inviteErrors.find((known) => known === code);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const me = await signedInMe();
  if (!me) return {};
  try {
    return { title: (await requestById((await params).id)).title };
  } catch {
    return {};
  }
}

export default async function RequestPage({ params, searchParams }: Params & Search) {
  const { id } = await params;
  const { attached, attachmentError: errorCode, invited, inviteError: inviteCode } = await searchParams;
  const me = await requireMe(`/requests/${encodeURIComponent(id)}`);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.requests;
  const [request, matches, attachments, invitations, threads] = await Promise.all([
    requestById(id),
    matchesOf(id),
    attachmentsOf(id),
    invitationsOf(id),
    threadsOf(id),
  ]);
  const fits = matches.filter((m) => m.verdict === "match");
  const nearMisses = matches.filter((m) => m.verdict === "near_miss");
  const invitedIds = new Set(invitations.map((invitation) => invitation.supplier.id));
  const justInvited = invitations.find((invitation) => invitation.supplier.id === invited)?.supplier;
  // Invitations go out only while the request takes quotes.
  const invite = request.status === "open" ? { locale, invitedIds } : undefined;
  return (
    <div className="space-y-8">
      <div>
        <p>
          <a href="/requests" className="inline-flex min-h-11 items-center">
            ← {copy.page.back}
          </a>
        </p>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-3xl font-bold">{request.title}</h1>
          <RequestStatusBadge status={request.status} messages={messages} />
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          {request.status === "draft" ? (
            <form action={publishRequest}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="requestId" value={request.id} />
              <Button type="submit">{copy.page.publishNow}</Button>
            </form>
          ) : (
            <Button asChild>
              <a href={`/requests/${request.id}/quotes`}>{copy.page.quotes}</a>
            </Button>
          )}
          {request.status === "awarded" ? (
            <Button asChild variant="secondary">
              <a href={`/requests/${request.id}/award-summary`}>{copy.summary.open}</a>
            </Button>
          ) : null}
          {request.status === "draft" || request.status === "open" ? (
            <Button asChild variant="secondary">
              <a href={`/requests/${request.id}/edit`}>{copy.edit}</a>
            </Button>
          ) : null}
          <Button asChild variant="secondary">
            <a href={`/requests/new?from=${request.id}`}>{copy.postSimilar}</a>
          </Button>
        </div>
      </div>
      {request.status === "draft" ? (
        <p className="rounded-md border-l-4 border-warning-ink bg-warning-bg p-4">{copy.page.draftNotice}</p>
      ) : null}
      {request.status === "awarded" ? <WinnerContact id={request.id} messages={messages} /> : null}
      <RequestFacts request={request} locale={locale} messages={messages} />
      <AttachmentsCard
        requestId={request.id}
        attachments={attachments}
        locale={locale}
        messages={messages}
        canUpload={request.status !== "closed" && request.status !== "cancelled"}
        uploaded={attached === "1"}
        error={attachmentError(errorCode)}
      />
      {request.status !== "draft" ? (
        <>
          <InvitationsCard
            invitations={invitations}
            locale={locale}
            messages={messages}
            invitedName={justInvited ? (justInvited.tradeName ?? justInvited.legalName) : undefined}
            error={inviteError(inviteCode)}
          />
          <ThreadsSection
            requestId={request.id}
            threads={threads.items}
            from="request"
            locale={locale}
            messages={messages}
          />
          <section aria-labelledby="matches">
            <h2 id="matches" className="text-2xl font-bold">
              {copy.page.matches}{" "}
              <span className="text-muted">({plural(locale, copy.matchesCount, fits.length)})</span>
            </h2>
            <p className="mt-1">{copy.page.matchesLead}</p>
            {fits.length === 0 ? <p className="mt-4 text-lg">{copy.page.noMatches}</p> : null}
            <ol className="mt-4 space-y-4">
              {fits.map((match) => (
                <MatchCard
                  key={match.supplier.id}
                  requestId={request.id}
                  match={match}
                  locale={locale}
                  messages={messages}
                  invite={invite}
                />
              ))}
            </ol>
          </section>
          {nearMisses.length > 0 ? (
            <section aria-labelledby="near-misses">
              <h2 id="near-misses" className="text-2xl font-bold">
                {copy.page.nearMisses}{" "}
                <span className="text-muted">
                  ({plural(locale, copy.nearMissesCount, nearMisses.length)})
                </span>
              </h2>
              <p className="mt-1">{copy.page.nearMissesLead}</p>
              <ol className="mt-4 space-y-4">
                {nearMisses.map((match) => (
                  <MatchCard
                    key={match.supplier.id}
                    requestId={request.id}
                    match={match}
                    locale={locale}
                    messages={messages}
                    invite={invite}
                  />
                ))}
              </ol>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** After the award: whom to call at the winning supplier (the API exchanges contacts at the award). */
async function WinnerContact({ id, messages }: { id: string; messages: Messages }) {
  const award = await awardOf(id);
  return (
    <Card aria-labelledby="winner-contact">
      <CardHeading id="winner-contact">{messages.requests.page.winnerContact}</CardHeading>
      <p className="text-xl font-bold">{award.winner.tradeName ?? award.winner.legalName}</p>
      <div className="mt-2">
        <ContactDetails contact={award.winner.contact} messages={messages} />
      </div>
    </Card>
  );
}
