// Who gets a weekly digest: people with a verified address who belong to a buyer or supplier organisation and
// have not turned the digest off, enumerated in id order so a run can go through them in batches and resume.
import type { DigestDay } from "@ketnoi/domain";
import { and, asc, eq, exists, gt, isNotNull, ne, notExists, notInArray, or, sql } from "drizzle-orm";
import type { Executor } from "../client.js";
import { memberships, notificationPreferences, organizations, users } from "../schema/index.js";

export async function digestRecipientsAfter(
  db: Executor,
  page: { afterUserId: string | null; dueDays: readonly DigestDay[]; limit: number },
): Promise<string[]> {
  // The preferences as "no row that says otherwise" rather than a left join filtered on coalesced columns: the
  // planner cannot estimate the coalesce, guessed that a handful of users qualify, and sorted every user after
  // the cursor for each page (940 ms a page at 100,000 users, so planning cost Postgres about 1 ms of CPU per
  // digest and grew with the square of the users). With the anti join it walks the primary key from the cursor
  // and stops after `limit` rows (7 ms).
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        page.afterUserId ? gt(users.id, page.afterUserId) : undefined,
        isNotNull(users.emailVerifiedAt),
        notExists(
          db
            .select({ one: sql`1` })
            .from(notificationPreferences)
            .where(
              and(
                eq(notificationPreferences.userId, users.id),
                or(
                  ne(notificationPreferences.digest, "weekly"),
                  notInArray(notificationPreferences.digestDay, [...page.dueDays]),
                ),
              ),
            ),
        ),
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
