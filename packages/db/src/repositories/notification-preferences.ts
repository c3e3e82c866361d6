// People's email preferences. Reads fall back to the defaults when the person never changed anything; writes
// upsert, so the unsubscribe link works whether or not a row exists.
import {
  defaultNotificationPreferences,
  type NotificationPreferences,
  type QuietHours,
} from "@ketnoi/domain";
import { eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { notificationPreferences } from "../schema/index.js";

const preferenceColumns = {
  digest: notificationPreferences.digest,
  digestDay: notificationPreferences.digestDay,
  immediate: notificationPreferences.immediate,
  requestAlerts: notificationPreferences.requestAlerts,
  quietHoursStart: notificationPreferences.quietHoursStart,
  quietHoursEnd: notificationPreferences.quietHoursEnd,
  quietHoursTimeZone: notificationPreferences.quietHoursTimeZone,
};

/** The stored quiet-hours columns as the domain's value: null when turned off. */
export function quietHoursOf(row: {
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  quietHoursTimeZone: string;
}): QuietHours | null {
  if (row.quietHoursStart === null || row.quietHoursEnd === null) return null;
  return { start: row.quietHoursStart, end: row.quietHoursEnd, timeZone: row.quietHoursTimeZone };
}

function preferencesOf(row: {
  digest: NotificationPreferences["digest"];
  digestDay: NotificationPreferences["digestDay"];
  immediate: boolean;
  requestAlerts: boolean;
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  quietHoursTimeZone: string;
}): NotificationPreferences {
  return {
    digest: row.digest,
    digestDay: row.digestDay,
    immediate: row.immediate,
    requestAlerts: row.requestAlerts,
    quietHours: quietHoursOf(row),
  };
}

function columnsOf(preferences: Partial<NotificationPreferences>) {
  const { quietHours, ...rest } = preferences;
  if (quietHours === undefined) return rest;
  return {
    ...rest,
    quietHoursStart: quietHours?.start ?? null,
    quietHoursEnd: quietHours?.end ?? null,
    ...(quietHours ? { quietHoursTimeZone: quietHours.timeZone } : {}),
  };
}

export async function findNotificationPreferences(
  db: Executor,
  userId: string,
): Promise<NotificationPreferences> {
  const [row] = await db
    .select(preferenceColumns)
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .limit(1);
  return row ? preferencesOf(row) : { ...defaultNotificationPreferences };
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
  const set = columnsOf(defined);
  const [row] = await db
    .insert(notificationPreferences)
    .values({ userId, ...columnsOf(defaultNotificationPreferences), ...set })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: { ...set, updatedAt: sql`now()` },
    })
    .returning(preferenceColumns);
  if (!row) throw new Error("notification preferences upsert returned no row");
  return preferencesOf(row);
}
