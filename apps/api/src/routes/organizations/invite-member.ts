import { accountRepository, invitationRepository, personalDataRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import { z } from "zod";
import { generateToken, hashToken } from "../../auth/secure-tokens.js";
import { addressKey } from "../../rate-limits/limit-keys.js";
import {
  emailSchema,
  languageSchema,
  membershipRoleSchema,
  organizationParams,
} from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import { type AccountEmails, invitationTtlDays } from "../../services/account-emails.js";
import { erasedEmailHash } from "../../services/personal-data.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";
import { ownOrganization } from "./own-organization.js";

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: membershipRoleSchema,
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "Invitation" });

const body = z.object({
  email: emailSchema,
  role: membershipRoleSchema.default("member"),
  language: languageSchema.optional().describe("Language of the invitation email; defaults to yours"),
});

export function inviteMember(app: RouteApp, { deps, limiter }: RouteContext, emails: AccountEmails) {
  app.post(
    "/v1/organizations/:organizationId/invitations",
    {
      config: { idempotent: true },
      onRequest: [app.authenticate, app.requireOwner],
      schema: {
        tags: ["organizations"],
        summary: "Invite a colleague by email (owners)",
        description:
          "Emails a link valid for 7 days. Accepting it creates the colleague's account, or adds an existing " +
          "account to your organisation. Inviting the same address again replaces the earlier link. Only a " +
          "verified organisation invites: the inviting owner must have confirmed their email address (403 " +
          "`email_not_verified` otherwise). At most 20 invitations per organisation per 24 hours (429 names " +
          "the limit).",
        security: bearerAuth,
        params: organizationParams,
        body,
        response: { 201: invitationSchema, ...problemResponses(400, 401, 403, 404, 409, 429, 503) },
      },
    },
    async (request, reply) => {
      const caller = ownOrganization(request, request.params.organizationId);
      // Invitations carry names the inviter typed, from our domain: only someone who proved an inbox sends them.
      if (!caller.emailVerified) {
        throw new DomainError(
          "email_not_verified",
          "Confirm your email address before inviting colleagues: only organisations whose inviting owner " +
            "has a verified email send invitations",
        );
      }
      const { email, role } = request.body;
      const db = deps.database.db;
      const now = deps.clock();
      const existing = await accountRepository.findUserByEmail(db, email);
      if (existing && (await accountRepository.findMembership(db, caller.organizationId, existing.id))) {
        throw new DomainError("already_member", "This person is already a member", [
          { field: "body.email", message: "is already a member of the organisation" },
        ]);
      }
      if (
        await personalDataRepository.isErasedEmail(db, erasedEmailHash(email, deps.config.EMAIL_LINK_SECRET))
      ) {
        throw new DomainError("conflict", "This person deleted their account and asked not to be emailed", [
          {
            field: "body.email",
            message: "belongs to someone who asked not to be emailed; they can register again",
          },
        ]);
      }
      const inviter = await accountRepository.findMembership(db, caller.organizationId, caller.userId);
      if (!inviter) throw new DomainError("unauthorized", "Authentication required");
      await limiter.consume([
        { limit: "invitationsPerOrganization", key: caller.organizationId },
        { limit: "invitationsPerAddress", key: addressKey(request.ip) },
      ]);
      const token = generateToken();
      const invitation = await db.transaction((tx) =>
        invitationRepository.createInvitation(
          tx,
          {
            organizationId: caller.organizationId,
            email,
            role,
            invitedByUserId: caller.userId,
            tokenHash: hashToken(token),
            expiresAt: new Date(now.getTime() + invitationTtlDays * 86_400_000),
          },
          now,
        ),
      );
      await emails.invitationEmail({
        to: email,
        language: request.body.language ?? existing?.language ?? caller.language,
        token,
        inviterName: inviter.user.name,
        organizationName: inviter.organization.name,
        role,
      })(request.log);
      return reply.code(201).send({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
        createdAt: invitation.createdAt.toISOString(),
      });
    },
  );
}
