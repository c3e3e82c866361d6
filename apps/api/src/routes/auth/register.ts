import { accountRepository, personalDataRepository } from "@ketnoi/db";
import { DomainError, newPasswordSchema, organizationNameSchema, personNameSchema } from "@ketnoi/domain";
import { hashPassword } from "@ketnoi/passwords";
import { z } from "zod";
import { issueSession } from "../../auth/sessions.js";
import { accountKey, addressKey } from "../../rate-limits/limit-keys.js";
import {
  emailSchema,
  languageSchema,
  organizationSchema,
  selfServiceOrganizationRoleSchema,
  sessionSchema,
  toOrganizationView,
  toUserView,
  userSchema,
} from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import type { AccountEmails } from "../../services/account-emails.js";
import { passwordProblems } from "../../services/account-flows.js";
import { erasedEmailHash } from "../../services/personal-data.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({
  organization: z.object({
    name: organizationNameSchema,
    roles: z
      .array(selfServiceOrganizationRoleSchema)
      .min(1, "choose buyer, supplier or both")
      .max(2)
      .refine((roles) => new Set(roles).size === roles.length, "must not repeat a role"),
  }),
  user: z.object({
    email: emailSchema,
    name: personNameSchema,
    password: newPasswordSchema,
    language: languageSchema.default("vi"),
  }),
});

export function register(app: RouteApp, { deps, limiter }: RouteContext, emails: AccountEmails) {
  app.post(
    "/v1/auth/register",
    {
      schema: {
        tags: ["auth"],
        summary: "Register an organisation and its owner",
        description:
          "Creates the organisation (buyer, supplier or both) and its owner, sends a verification email and " +
          "returns a session. Unverified users can log in but cannot publish. Limited per client address and " +
          "per email address (429 names the limit); 503 names `redis` when the limits cannot be checked.",
        body,
        response: {
          201: z.object({ user: userSchema, organization: organizationSchema, session: sessionSchema }),
          ...problemResponses(400, 409, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const { organization, user } = request.body;
      const weak = await passwordProblems(
        user.password,
        { email: user.email, names: [user.name, organization.name] },
        "body.user.password",
      );
      if (weak.length > 0)
        throw new DomainError("validation_failed", "Your request has invalid fields", weak);
      await limiter.consume([
        { limit: "registerPerAddress", key: addressKey(request.ip) },
        { limit: "registerPerEmail", key: accountKey(user.email) },
      ]);
      const passwordHash = await hashPassword(user.password);
      const now = deps.clock();
      const result = await deps.database.db
        .transaction(async (tx) => {
          // Someone who erased their account and comes back may be emailed again.
          await personalDataRepository.forgetErasedEmail(
            tx,
            erasedEmailHash(user.email, deps.config.EMAIL_LINK_SECRET),
          );
          const created = await accountRepository.createOrganizationWithOwner(tx, {
            organization,
            owner: { email: user.email, name: user.name, passwordHash, language: user.language },
          });
          const sendVerification = await emails.prepareVerification(
            tx,
            created.user,
            created.organization.name,
          );
          const session = await issueSession(app, tx, {
            userId: created.user.id,
            organizationId: created.organization.id,
            now,
            accessTtlSeconds: deps.config.ACCESS_TOKEN_TTL_SECONDS,
            refreshTtlDays: deps.config.REFRESH_TOKEN_TTL_DAYS,
            passwordEntered: true,
          });
          return { ...created, session, sendVerification };
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error, "users_email_unique")) {
            throw new DomainError("email_taken", "An account with this email already exists", [
              { field: "body.user.email", message: "is already registered" },
            ]);
          }
          throw error;
        });
      await result.sendVerification(request.log);
      return reply.code(201).send({
        user: toUserView(result.user),
        organization: toOrganizationView(result.organization),
        session: result.session,
      });
    },
  );
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  const pgError = cause as { code?: string; constraint_name?: string };
  return pgError?.code === "23505" && pgError.constraint_name === constraint;
}
