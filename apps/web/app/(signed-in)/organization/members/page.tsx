// An organisation's members and pending invitations. Everyone sees the list; owners get the buttons (the API
// refuses the rest anyway). Cards rather than a table, so it reads the same on a 360 px phone.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InviteForm, MemberActionButton } from "../../../../components/account/member-forms";
import { SettingsNav } from "../../../../components/account/settings-nav";
import { Badge } from "../../../../components/ui/badge";
import { api } from "../../../../lib/api";
import { formatDate } from "../../../../lib/format";
import { fill } from "../../../../lib/i18n/fill";
import { messagesFor } from "../../../../lib/i18n/messages";
import { currentMembership, languageOf, requireMe, signedInMe } from "../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../lib/session/web-session";

const here = "/organization/members";

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).account.settings.membersNav } : {};
}

export default async function MembersPage() {
  const me = await requireMe(here);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.account.members;
  const membership = currentMembership(me);
  if (!membership) notFound();
  const organizationId = membership.organization.id;
  const path = { params: { path: { organizationId } } };
  const [members, invitations] = await Promise.all([
    callAsPerson((headers) => api().GET("/v1/organizations/{organizationId}/members", { headers, ...path })),
    callAsPerson((headers) =>
      api().GET("/v1/organizations/{organizationId}/invitations", { headers, ...path }),
    ),
  ]);
  if (!members?.data || !invitations?.data) notFound();
  const owner = membership.role === "owner";
  const common = { locale, messages, organizationId };
  return (
    <div className="max-w-3xl">
      <SettingsNav current={here} messages={messages} />
      <h1 className="text-3xl font-bold">
        {fill(copy.title, { organization: membership.organization.name })}
      </h1>
      <p className="mt-3 text-lg">{copy.lead}</p>

      <section aria-labelledby="members-heading" className="mt-8">
        <h2 id="members-heading" className="text-2xl font-bold">
          {copy.membersHeading}
        </h2>
        <ul className="mt-3 space-y-3">
          {members.data.items.map((member) => {
            const isMe = member.userId === me.user.id;
            const roleLabel = member.role === "owner" ? copy.owner : copy.member;
            return (
              <li key={member.userId} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
                <p className="text-lg font-semibold">
                  {member.name} {isMe ? <span className="font-normal">{copy.you}</span> : null}
                </p>
                <p className="break-all">{member.email}</p>
                <p className="mt-1">
                  <Badge tone={member.role === "owner" ? "info" : "neutral"}>{roleLabel}</Badge>
                </p>
                {owner || isMe ? (
                  <div className="mt-3 flex flex-wrap gap-2">
                    {owner ? (
                      <MemberActionButton
                        {...common}
                        action="role"
                        target={member.userId}
                        role={member.role === "owner" ? "member" : "owner"}
                        label={member.role === "owner" ? copy.makeMember : copy.makeOwner}
                        accessibleLabel={`${member.role === "owner" ? copy.makeMember : copy.makeOwner}: ${member.name}`}
                      />
                    ) : null}
                    <MemberActionButton
                      {...common}
                      action="remove"
                      target={member.userId}
                      label={isMe ? copy.leave : copy.remove}
                      accessibleLabel={`${isMe ? copy.leave : copy.remove}: ${member.name}`}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="invitations-heading" className="mt-8">
        <h2 id="invitations-heading" className="text-2xl font-bold">
          {copy.invitationsHeading}
        </h2>
        {invitations.data.items.length === 0 ? (
          <p className="mt-3 text-lg">{copy.noInvitations}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {invitations.data.items.map((invitation) => (
              <li key={invitation.id} className="rounded-lg border border-line-soft bg-white p-4 shadow-sm">
                <p className="break-all text-lg font-semibold">{invitation.email}</p>
                <p>
                  {invitation.role === "owner" ? copy.owner : copy.member} ·{" "}
                  {fill(copy.expires, { date: formatDate(locale, invitation.expiresAt) })}
                </p>
                {owner ? (
                  <div className="mt-3">
                    <MemberActionButton
                      {...common}
                      action="revoke"
                      target={invitation.id}
                      label={copy.revoke}
                      accessibleLabel={`${copy.revoke}: ${invitation.email}`}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {owner ? (
        <section aria-labelledby="invite-heading" className="mt-8">
          <h2 id="invite-heading" className="text-2xl font-bold">
            {copy.inviteHeading}
          </h2>
          <p className="mt-2 text-lg">{copy.inviteLead}</p>
          <div className="mt-4 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">
            <InviteForm {...common} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
