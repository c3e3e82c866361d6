// The unsubscribe links of digests and notifications (RFC 8058). The signed token is the only authorisation:
// one-click POSTs from mail providers carry no cookies and no login. Reading a link changes nothing (link
// scanners open them); using it turns one kind of email off, and may be repeated.
import { accountRepository, notificationPreferenceRepository } from "@ketnoi/db";
import { type UnsubscribeClaim, verifyUnsubscribeToken } from "@ketnoi/email";
import type { FastifyBaseLogger } from "fastify";
import type { AppDependencies } from "../dependencies.js";

/** What the link turns off, or null when it is not one of ours. */
export function readUnsubscribeLink(deps: AppDependencies, token: string): UnsubscribeClaim | null {
  return verifyUnsubscribeToken(deps.config.EMAIL_LINK_SECRET, token);
}

/** Turns the link's kind of email off; null when the link is not one of ours. */
export async function useUnsubscribeLink(
  deps: AppDependencies,
  token: string,
  log: FastifyBaseLogger,
): Promise<UnsubscribeClaim | null> {
  const claim = readUnsubscribeLink(deps, token);
  if (!claim) return null;
  const db = deps.database.db;
  // A deleted account gets no email any more: nothing to change, and the answer is the same.
  if (await accountRepository.findUserById(db, claim.userId)) {
    await db.transaction((tx) =>
      notificationPreferenceRepository.updateNotificationPreferences(
        tx,
        claim.userId,
        claim.scope === "digest"
          ? { digest: "off" }
          : claim.scope === "alerts"
            ? { requestAlerts: false }
            : { immediate: false },
      ),
    );
    log.info({ scope: claim.scope, userId: claim.userId }, "unsubscribed through an email link");
  }
  return claim;
}
