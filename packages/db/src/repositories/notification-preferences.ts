// People's email preferences. Reads fall back to the defaults when the person never changed anything; writes
// upsert, so the unsubscribe link works whether or not a row exists.
import { defaultNotificationPreferences, type NotificationPreferences } from "@ketnoi/domain";
import { eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { notificationPreferences } from "../schema/index.js";

export async function findNotificationPreferences(
  db: Executor,
  userId: string,
): Promise<NotificationPreferences> {
  const [row] = await db
    .select({
      digest: notificationPreferences.digest,
      digestDay: notificationPreferences.digestDay,
      immediate: notificationPreferences.immediate,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .limit(1);
  return row ?? { ...defaultNotificationPreferences };
}

/** Applies the given fields (the others keep their value or default) and returns the result. */
export async function updateNotificationPreferences(
  db: Transaction,
  userId: string,
  changes: Partial<NotificationPreferences>,
): Promise<NotificationPreferences> {
  const defined = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<NotificationPreferences>;
  if (Object.keys(defined).length === 0) return findNotificationPreferences(db, userId);
  const [row] = await db
    .insert(notificationPreferences)
    .values({ userId, ...defaultNotificationPreferences, ...defined })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: { ...defined, updatedAt: sql`now()` },
    })
    .returning({
      digest: notificationPreferences.digest,
      digestDay: notificationPreferences.digestDay,
      immediate: notificationPreferences.immediate,
    });
  if (!row) throw new Error("notification preferences upsert returned no row");
  return row;
}
