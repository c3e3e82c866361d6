// The immediate-notification ledger (see schema/notification-deliveries.ts): one row per event and recipient,
// claimed under a row lock while its email is sent, so retries and duplicate jobs send it at most once. Events
// about one request may be gathered: the rows a person has planned on a request go out in one email.
import { and, asc, eq, inArray, max, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import type { DeliverySkipReason, DeliveryStatus } from "../schema/delivery-status.js";
import { type NotificationKind, notificationDeliveries } from "../schema/index.js";
import { isLockNotAvailable } from "./row-locks.js";

export type NotificationDelivery = typeof notificationDeliveries.$inferSelect;

/** The row for this event and recipient, created `planned` the first time. */
export async function ensureNotificationDelivery(
  db: Transaction,
  input: {
    dedupeKey: string;
    userId: string;
    kind: NotificationKind;
    subjectId: string;
    /** The request the event happened on, when emails about it are paced (see pendingRequestNotifications). */
    requestId?: string;
  },
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
  tx: Transaction,
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
  tx: Transaction,
  id: string,
  sent: { messageId: string; at: Date },
): Promise<void> {
  await markNotificationsSent(tx, [id], sent);
}

/** Rows that went out in one email: they share its Message-ID. */
export async function markNotificationsSent(
  tx: Transaction,
  ids: string[],
  sent: { messageId: string; at: Date },
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(notificationDeliveries)
    .set({
      status: "sent",
      messageId: sent.messageId,
      sentAt: sent.at,
      attempts: sql`${notificationDeliveries.attempts} + 1`,
    })
    .where(inArray(notificationDeliveries.id, ids));
}

export async function markNotificationSkipped(
  db: Transaction,
  id: string,
  reason: DeliverySkipReason,
): Promise<void> {
  await markNotificationsSkipped(db, [id], reason);
}

export async function markNotificationsSkipped(
  db: Transaction,
  ids: string[],
  reason: DeliverySkipReason,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(notificationDeliveries)
    .set({ status: "skipped", skipReason: reason })
    .where(and(inArray(notificationDeliveries.id, ids), eq(notificationDeliveries.status, "planned")));
}

/** Counts a failed attempt; `failed` once permanent or out of attempts, else still `planned` for the retry. */
export async function recordNotificationFailure(
  tx: Transaction,
  id: string,
  failure: { error: string; permanent: boolean; maxAttempts: number },
): Promise<DeliveryStatus> {
  const [status] = await recordNotificationsFailure(tx, [id], failure);
  return status ?? "failed";
}

/** `recordNotificationFailure` for the rows of one email; returns each row's new status. */
export async function recordNotificationsFailure(
  tx: Transaction,
  ids: string[],
  failure: { error: string; permanent: boolean; maxAttempts: number },
): Promise<DeliveryStatus[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .update(notificationDeliveries)
    .set({
      attempts: sql`${notificationDeliveries.attempts} + 1`,
      lastError: failure.error.slice(0, 500),
      status: failure.permanent
        ? "failed"
        : sql`case when ${notificationDeliveries.attempts} + 1 >= ${failure.maxAttempts} then 'failed' else 'planned' end`,
    })
    .where(inArray(notificationDeliveries.id, ids))
    .returning({ status: notificationDeliveries.status });
  return rows.map((row) => row.status);
}

/**
 * Serialises everything about one person's emails on one request until the transaction ends: deciding whether an
 * email is due and sending it. Two events arriving together then make one email, not two.
 */
export async function lockRequestNotifications(
  tx: Transaction,
  requestId: string,
  userId: string,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${requestId}), hashtext(${userId}))`);
}

/** The person's events on the request that no email has carried yet, oldest first, locked for the transaction. */
export async function pendingRequestNotifications(
  tx: Transaction,
  input: { requestId: string; userId: string; kinds: NotificationKind[] },
): Promise<NotificationDelivery[]> {
  return tx
    .select()
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.userId, input.userId),
        eq(notificationDeliveries.requestId, input.requestId),
        inArray(notificationDeliveries.kind, input.kinds),
        eq(notificationDeliveries.status, "planned"),
      ),
    )
    .orderBy(asc(notificationDeliveries.createdAt), asc(notificationDeliveries.id))
    .for("update");
}

/**
 * Plans a `message_received` row per person for each copy of a message (subject: the copy, in the reader's
 * thread). Keyed by copy and person: a retried job plans nothing twice.
 */
export async function planMessageReceived(
  tx: Transaction,
  rows: { messageId: string; requestId: string; userIds: readonly string[] }[],
): Promise<void> {
  const values = rows.flatMap((row) =>
    row.userIds.map((userId) => ({
      dedupeKey: `message_received:${row.messageId}:${userId}`,
      userId,
      kind: "message_received" as const,
      subjectId: row.messageId,
      requestId: row.requestId,
    })),
  );
  for (let i = 0; i < values.length; i += 5000) {
    await tx
      .insert(notificationDeliveries)
      .values(values.slice(i, i + 5000))
      .onConflictDoNothing({ target: notificationDeliveries.dedupeKey });
  }
}

/** When the person was last emailed about the request (about these kinds of event, when given), if ever. */
export async function lastSentAbout(
  tx: Executor,
  requestId: string,
  userId: string,
  kinds?: NotificationKind[],
): Promise<Date | null> {
  const [row] = await tx
    .select({ at: max(notificationDeliveries.sentAt) })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.userId, userId),
        eq(notificationDeliveries.requestId, requestId),
        eq(notificationDeliveries.status, "sent"),
        kinds ? inArray(notificationDeliveries.kind, kinds) : undefined,
      ),
    );
  return row?.at ?? null;
}

/** Which of the subjects (quotes) the person was already emailed about. */
export async function subjectsToldTo(
  tx: Executor,
  userId: string,
  subjectIds: string[],
): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ subjectId: notificationDeliveries.subjectId })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.userId, userId),
        inArray(notificationDeliveries.subjectId, subjectIds),
        eq(notificationDeliveries.status, "sent"),
      ),
    );
  return new Set(rows.map((row) => row.subjectId));
}

/**
 * Plans a same-day alert row per person and matched request (`request_matched`, subject: the supplier), keyed so
 * a request matching the supplier again (an edit, a rerun, the reverse direction) is told once. Returns how many
 * rows are new.
 */
export async function planRequestMatchedAlerts(
  tx: Transaction,
  input: { supplierId: string; userIds: readonly string[]; requestIds: readonly string[] },
): Promise<number> {
  const rows = input.userIds.flatMap((userId) =>
    input.requestIds.map((requestId) => ({
      dedupeKey: `request_matched:${requestId}:${input.supplierId}:${userId}`,
      userId,
      kind: "request_matched" as const,
      subjectId: input.supplierId,
      requestId,
    })),
  );
  let inserted = 0;
  // 5 parameters a row; far below Postgres's 65,534 per statement.
  for (let i = 0; i < rows.length; i += 5000) {
    const added = await tx
      .insert(notificationDeliveries)
      .values(rows.slice(i, i + 5000))
      .onConflictDoNothing({ target: notificationDeliveries.dedupeKey })
      .returning({ id: notificationDeliveries.id });
    inserted += added.length;
  }
  return inserted;
}

/** Serialises deciding and sending a person's alerts about one supplier until the transaction ends. */
export async function lockSupplierAlerts(tx: Transaction, supplierId: string, userId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`alerts:${supplierId}`}), hashtext(${userId}))`,
  );
}

/** The person's matched requests for the supplier that no alert has carried yet, oldest first, locked. */
export async function pendingSupplierAlerts(
  tx: Transaction,
  input: { supplierId: string; userId: string },
): Promise<NotificationDelivery[]> {
  return tx
    .select()
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.userId, input.userId),
        eq(notificationDeliveries.subjectId, input.supplierId),
        eq(notificationDeliveries.kind, "request_matched"),
        eq(notificationDeliveries.status, "planned"),
      ),
    )
    .orderBy(asc(notificationDeliveries.createdAt), asc(notificationDeliveries.id))
    .for("update");
}

/** When the person last got an alert about the supplier, if ever. */
export async function lastAlertSentAt(
  tx: Executor,
  supplierId: string,
  userId: string,
): Promise<Date | null> {
  const [row] = await tx
    .select({ at: max(notificationDeliveries.sentAt) })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.userId, userId),
        eq(notificationDeliveries.subjectId, supplierId),
        eq(notificationDeliveries.kind, "request_matched"),
        eq(notificationDeliveries.status, "sent"),
      ),
    );
  return row?.at ?? null;
}
