// The immediate-notification ledger (see schema/notification-deliveries.ts): one row per event and recipient,
// claimed under a row lock while its email is sent, so retries and duplicate jobs send it at most once.
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.js";
import type { DeliverySkipReason, DeliveryStatus } from "../schema/delivery-status.js";
import { type NotificationKind, notificationDeliveries } from "../schema/index.js";
import { isLockNotAvailable } from "./row-locks.js";

export type NotificationDelivery = typeof notificationDeliveries.$inferSelect;

/** The row for this event and recipient, created `planned` the first time. */
export async function ensureNotificationDelivery(
  db: Executor,
  input: { dedupeKey: string; userId: string; kind: NotificationKind; subjectId: string },
): Promise<NotificationDelivery> {
  await db
    .insert(notificationDeliveries)
    .values(input)
    .onConflictDoNothing({ target: notificationDeliveries.dedupeKey });
  const [row] = await db
    .select()
    .from(notificationDeliveries)
    .where(eq(notificationDeliveries.dedupeKey, input.dedupeKey))
    .limit(1);
  if (!row) throw new Error("notification delivery vanished after insert");
  return row;
}

/** Locks the row for the transaction; `busy` when another live transaction is sending it. */
export async function lockNotificationDelivery(
  tx: Executor,
  id: string,
): Promise<Pick<NotificationDelivery, "status" | "attempts"> | "busy" | undefined> {
  try {
    const [row] = await tx
      .select({ status: notificationDeliveries.status, attempts: notificationDeliveries.attempts })
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.id, id))
      .for("update", { noWait: true });
    return row;
  } catch (error) {
    if (isLockNotAvailable(error)) return "busy";
    throw error;
  }
}

export async function markNotificationSent(
  tx: Executor,
  id: string,
  sent: { messageId: string; at: Date },
): Promise<void> {
  await tx
    .update(notificationDeliveries)
    .set({
      status: "sent",
      messageId: sent.messageId,
      sentAt: sent.at,
      attempts: sql`${notificationDeliveries.attempts} + 1`,
    })
    .where(eq(notificationDeliveries.id, id));
}

export async function markNotificationSkipped(
  db: Executor,
  id: string,
  reason: DeliverySkipReason,
): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({ status: "skipped", skipReason: reason })
    .where(and(eq(notificationDeliveries.id, id), eq(notificationDeliveries.status, "planned")));
}

/** Counts a failed attempt; `failed` once permanent or out of attempts, else still `planned` for the retry. */
export async function recordNotificationFailure(
  tx: Executor,
  id: string,
  failure: { error: string; permanent: boolean; maxAttempts: number },
): Promise<DeliveryStatus> {
  const [row] = await tx
    .update(notificationDeliveries)
    .set({
      attempts: sql`${notificationDeliveries.attempts} + 1`,
      lastError: failure.error.slice(0, 500),
      status: failure.permanent
        ? "failed"
        : sql`case when ${notificationDeliveries.attempts} + 1 >= ${failure.maxAttempts} then 'failed' else 'planned' end`,
    })
    .where(eq(notificationDeliveries.id, id))
    .returning({ status: notificationDeliveries.status });
  return row?.status ?? "failed";
}
