// Who of an organisation hears about an event as it happens, with what the ledger needs to decide: their address,
// whether it is verified, their language and whether they opted in to immediate notifications.
import type { Language } from "@ketnoi/domain";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../client.js";
import { memberships, notificationPreferences, users } from "../schema/index.js";

export interface NotificationRecipient {
  userId: string;
  email: string;
  name: string;
  language: Language;
  emailVerified: boolean;
  /** Opted in to immediate notifications (off by default). */
  immediate: boolean;
}

export async function listOrganizationRecipients(
  db: Executor,
  organizationId: string,
): Promise<NotificationRecipient[]> {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      emailVerifiedAt: users.emailVerifiedAt,
      immediate: notificationPreferences.immediate,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(memberships.createdAt), asc(users.id));
  return rows.map(({ emailVerifiedAt, immediate, ...row }) => ({
    ...row,
    emailVerified: emailVerifiedAt !== null,
    immediate: immediate ?? false,
  }));
}
