import { accountRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import { decoyPasswordHash, verifyPassword } from "@ketnoi/passwords";
import { z } from "zod";
import { issueSession } from "../../auth/sessions.js";
import { accountKey, addressKey } from "../../rate-limits/limit-keys.js";
import { unlockLinkSeconds } from "../../rate-limits/rate-limits.js";
import { emailSchema, sessionSchema, uuidSchema } from "../../schemas/common.js";
import { problemResponses } from "../../schemas/problem.js";
import type { AccountEmails } from "../../services/account-emails.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({
  email: emailSchema,
  password: z.string().min(1, "is required").max(200),
  organizationId: uuidSchema
    .optional()
    .describe("Which of your organisations the session acts for; defaults to the one you joined first"),
});

export function login(
  app: RouteApp,
  { deps, loginThrottle, signInUnlocks }: RouteContext,
  emails: AccountEmails,
) {
  app.post(
    "/v1/auth/login",
    {
      schema: {
        tags: ["auth"],
        summary: "Log in with email and password",
        description:
          "Failed logins are throttled per account and address (a few free tries, then a doubling wait), per " +
          "address and, across addresses, per account; 429 says which limit in `limit` and how long to wait in " +
          "`Retry-After`. Over the per-account ceiling only addresses the account used before get in, and the " +
          "owner is emailed a link that lets them in from elsewhere. 503 names `redis` when the limits cannot " +
          "be checked.",
        body,
        response: { 200: sessionSchema, ...problemResponses(400, 401, 429, 503) },
      },
    },
    async (request) => {
      const { email, password, organizationId } = request.body;
      const subject = { account: accountKey(email), address: addressKey(request.ip) };
      const admission = await loginThrottle.admit(subject, deps.clock());
      if (!admission.admitted) {
        if (admission.notifyOwner) {
          // The same refusal whether or not the account exists; only a real owner gets the email.
          const owner = await accountRepository.findUserByEmail(deps.database.db, email);
          if (owner) {
            const token = await signInUnlocks.issue(subject.account);
            await emails.signInUnlockEmail(owner, token, unlockLinkSeconds / 60)(request.log);
          }
        }
        throw admission.refusal;
      }
      const invalid = new DomainError("invalid_credentials", "Email or password is incorrect");
      const user = await accountRepository.findUserByEmail(deps.database.db, email);
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
      if (!user || !passwordOk) throw invalid;

      // Side by side: under attack every wait on the event loop is long, and the owner should not queue twice.
      const [memberships] = await Promise.all([
        accountRepository.listMembershipsOfUser(deps.database.db, user.id),
        loginThrottle.succeeded(subject),
      ]);
      const chosen = organizationId
        ? memberships.find((m) => m.organization.id === organizationId)
        : memberships[0];
      if (!chosen) {
        // Same answer whether the organisation does not exist or is someone else's.
        throw new DomainError(
          "invalid_credentials",
          "Email or password is incorrect, or no such organisation",
        );
      }
      return deps.database.db.transaction((tx) =>
        issueSession(app, tx, {
          userId: user.id,
          organizationId: chosen.organization.id,
          now: deps.clock(),
          accessTtlSeconds: deps.config.ACCESS_TOKEN_TTL_SECONDS,
          refreshTtlDays: deps.config.REFRESH_TOKEN_TTL_DAYS,
          passwordEntered: true,
        }),
      );
    },
  );
}
