// The token-driven account flows (verify email, reset password, accept invitation) behind the JSON routes the
// web's email-link pages call.
import { accountRepository, invitationRepository, tokenRepository } from "@ketnoi/db";
import {
  type FieldError,
  isFieldErrorCode,
  judgePassword,
  type Language,
  type PasswordContext,
  personNameSchema,
} from "@ketnoi/domain";
import { hashPassword } from "@ketnoi/passwords";
import type { FastifyInstance } from "fastify";
import { hashToken } from "../auth/secure-tokens.js";
import { issueSession } from "../auth/sessions.js";
import type { AppDependencies } from "../dependencies.js";

export type FlowResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "invalid_token" }
  | { ok: false; reason: "invalid_fields"; fields: FieldError[] };

export async function confirmEmailVerification(deps: AppDependencies, token: string): Promise<boolean> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const spent = await tokenRepository.consumeEmailToken(tx, "verify_email", hashToken(token), now);
    if (spent) await accountRepository.markEmailVerified(tx, spent.userId, now);
    return spent !== undefined;
  });
}

/** Zod issues of one input as our field errors, keeping the code a refinement gave (clean-text.ts). */
function fieldErrorsOf(
  issues: readonly { message: string; params?: unknown }[],
  field: string,
): FieldError[] {
  return issues.map((issue) => {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    return { field, message: issue.message, ...(isFieldErrorCode(code) ? { code } : {}) };
  });
}

/** Why a new password is refused, as the field error of `field`; none when it is good enough. */
export async function passwordProblems(
  password: string | undefined,
  context: PasswordContext,
  field: string,
): Promise<FieldError[]> {
  if (!password) return [{ field, message: "is required" }];
  const verdict = await judgePassword(password, context);
  return verdict.ok ? [] : [{ field, message: verdict.message, code: verdict.code }];
}

/** Sets a new password and ends every session of the account. The token is spent only when the password is good. */
export async function resetPasswordWithToken(
  deps: AppDependencies,
  token: string,
  password: string,
): Promise<FlowResult<null>> {
  // Judged without the person first, so a weak password costs no hash; their email and name are known only once
  // the token is spent.
  const early = await passwordProblems(password, {}, "body.password");
  if (early.length > 0) return { ok: false, reason: "invalid_fields", fields: early };
  const passwordHash = await hashPassword(password);
  const now = deps.clock();
  try {
    return await deps.database.db.transaction(async (tx): Promise<FlowResult<null>> => {
      const spent = await tokenRepository.consumeEmailToken(tx, "password_reset", hashToken(token), now);
      const user = spent && (await accountRepository.findUserById(tx, spent.userId));
      if (!user) return { ok: false, reason: "invalid_token" };
      const problems = await passwordProblems(
        password,
        { email: user.email, names: [user.name] },
        "body.password",
      );
      // Rolling back leaves the token unspent, so the person can try another password from the same link.
      if (problems.length > 0) throw new PasswordRejected(problems);
      await accountRepository.setPasswordHash(tx, user.id, passwordHash);
      await tokenRepository.revokeRefreshTokensOfUser(tx, user.id, now);
      // Receiving the reset email proves control of the address, as verification would.
      if (!user.emailVerifiedAt) await accountRepository.markEmailVerified(tx, user.id, now);
      return { ok: true, value: null };
    });
  } catch (error) {
    if (error instanceof PasswordRejected)
      return { ok: false, reason: "invalid_fields", fields: error.fields };
    throw error;
  }
}

class PasswordRejected extends Error {
  constructor(readonly fields: FieldError[]) {
    super("password rejected");
  }
}

export async function describeInvitation(deps: AppDependencies, token: string) {
  const db = deps.database.db;
  const found = await invitationRepository.findUsableInvitation(db, hashToken(token), deps.clock());
  if (!found) return undefined;
  const hasAccount = (await accountRepository.findUserByEmail(db, found.invitation.email)) !== undefined;
  return { ...found, hasAccount };
}

/**
 * Accepts an invitation: adds the invited address to the organisation, creating its account (verified, since the
 * link proves control of the address) when there is none, and returns a session for that organisation.
 */
export async function acceptInvitationWithToken(
  app: FastifyInstance,
  deps: AppDependencies,
  input: {
    token: string;
    name?: string | undefined;
    password?: string | undefined;
    language?: Language | undefined;
  },
) {
  const db = deps.database.db;
  const now = deps.clock();
  const pending = await invitationRepository.findUsableInvitation(db, hashToken(input.token), now);
  if (!pending) return { ok: false, reason: "invalid_token" } as const;

  const existing = await accountRepository.findUserByEmail(db, pending.invitation.email);
  let passwordHash = "";
  let name = "";
  if (!existing) {
    // Checked here as well as by the route's schema: without an account the name is required, not optional.
    const checkedName = personNameSchema.safeParse(input.name ?? "");
    if (checkedName.success) name = checkedName.data;
    const fields: FieldError[] = [
      ...(input.name ? [] : [{ field: "body.name", message: "is required for a new account" }]),
      ...(input.name && !checkedName.success ? fieldErrorsOf(checkedName.error.issues, "body.name") : []),
      ...(await passwordProblems(
        input.password,
        { email: pending.invitation.email, names: [input.name, pending.organizationName] },
        "body.password",
      )),
    ];
    if (fields.length > 0) return { ok: false, reason: "invalid_fields", fields } as const;
    passwordHash = await hashPassword(input.password ?? "");
  }

  const accepted = await db.transaction(async (tx) => {
    if (!(await invitationRepository.markInvitationAccepted(tx, pending.invitation.id, now)))
      return undefined;
    const user =
      existing ??
      (await accountRepository.createUser(tx, {
        email: pending.invitation.email,
        name,
        passwordHash,
        language: input.language ?? "vi",
        emailVerifiedAt: now,
      }));
    await accountRepository.addMembership(tx, {
      organizationId: pending.invitation.organizationId,
      userId: user.id,
      role: pending.invitation.role,
    });
    const found = await accountRepository.findMembership(tx, pending.invitation.organizationId, user.id);
    if (!found) throw new Error("membership missing right after insert");
    const session = await issueSession(app, tx, {
      userId: user.id,
      organizationId: pending.invitation.organizationId,
      now,
      accessTtlSeconds: deps.config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: deps.config.REFRESH_TOKEN_TTL_DAYS,
    });
    return { user: found.user, organization: found.organization, session, createdAccount: !existing };
  });
  if (!accepted) return { ok: false, reason: "invalid_token" } as const;
  return { ok: true, value: accepted } as const;
}
