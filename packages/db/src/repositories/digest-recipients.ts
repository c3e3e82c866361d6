// Who gets a weekly digest: people with a verified address who belong to a buyer or supplier organisation and
// have not turned the digest off, enumerated in id order so a run can go through them in batches and resume.
import type { DigestDay } from "@ketnoi/domain";
import { and, asc, eq, exists, gt, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Executor } from "../client.js";
import { memberships, notificationPreferences, organizations, users } from "../schema/index.js";

export async function digestRecipientsAfter(
  db: Executor,
  page: { afterUserId: string | null; dueDays: readonly DigestDay[]; limit: number },
): Promise<string[]> {
  const digestOn = sql`coalesce(${notificationPreferences.digest}, 'weekly') = 'weekly'`;
  const dayDue = inArray(sql`coalesce(${notificationPreferences.digestDay}, 'monday')`, [...page.dueDays]);
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(
      and(
        page.afterUserId ? gt(users.id, page.afterUserId) : undefined,
        isNotNull(users.emailVerifiedAt),
        digestOn,
        dayDue,
        exists(
          db
            .select({ one: sql`1` })
            .from(memberships)
            .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
            .where(
              and(
                eq(memberships.userId, users.id),
                or(sql`'buyer' = any(${organizations.roles})`, sql`'supplier' = any(${organizations.roles})`),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(users.id))
    .limit(page.limit);
  return rows.map((row) => row.id);
}
