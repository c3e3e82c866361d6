// Sourcing requests of buyer organisations. Every write also queues the request for the open-requests index in
// the same transaction (see search-outbox.ts), so reverse matching sees each request as it is.
import { and, asc, count, desc, eq, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { Database, Executor, Transaction } from "../client.js";
import { requestMatches, requestResponses, sourcingRequests } from "../schema/index.js";
import { queueSearchSync } from "./search-outbox.js";

export type SourcingRequest = typeof sourcingRequests.$inferSelect;
export type NewSourcingRequest = typeof sourcingRequests.$inferInsert;
export type SourcingRequestChanges = Partial<
  Omit<NewSourcingRequest, "id" | "organizationId" | "version" | "createdAt" | "updatedAt">
>;
export type SourcingRequestStatus = SourcingRequest["status"];

// Moderation: a request an admin hid leaves every supplier's sight (matching, inboxes, alerts, digests, even the
// winner's page); its buyer and admins still see it. Each supplier-facing read says so through these, so that
// the next such query cannot forget it.

/** In SQL: not hidden by an admin. */
export function notHiddenFromSuppliers(): SQL {
  return isNull(sourcingRequests.hiddenAt);
}

/** In SQL: open and not hidden, i.e. what suppliers may be shown, matched with and told about. */
export function openToSuppliers(): SQL {
  return and(eq(sourcingRequests.status, "open"), notHiddenFromSuppliers()) as SQL;
}

/** The same test on a loaded row. */
export function isOpenToSuppliers(request: Pick<SourcingRequest, "status" | "hiddenAt">): boolean {
  return request.status === "open" && request.hiddenAt === null;
}

export async function createSourcingRequest(
  tx: Transaction,
  values: NewSourcingRequest,
): Promise<SourcingRequest> {
  const [created] = await tx.insert(sourcingRequests).values(values).returning();
  if (!created) throw new Error("insert returned no row");
  await queueSearchSync(tx, "request", [created.id]);
  return created;
}

export async function findSourcingRequestById(
  db: Executor,
  id: string,
): Promise<SourcingRequest | undefined> {
  const [row] = await db.select().from(sourcingRequests).where(eq(sourcingRequests.id, id)).limit(1);
  return row;
}

export async function findSourcingRequestsByIds(db: Executor, ids: string[]): Promise<SourcingRequest[]> {
  if (ids.length === 0) return [];
  return db.select().from(sourcingRequests).where(inArray(sourcingRequests.id, ids));
}

/**
 * The request and the database's clock at the start of the same statement: a match run's starting point (rows
 * written after it rest on newer facts) in the round trip that reads the request.
 */
export async function findSourcingRequestAtDatabaseNow(
  db: Executor,
  id: string,
): Promise<{ request: SourcingRequest | undefined; databaseNow: Date }> {
  const [row] = await db
    .select({ request: sourcingRequests, databaseNow: sql<Date | string>`statement_timestamp()` })
    .from(sourcingRequests)
    .where(eq(sourcingRequests.id, id))
    .limit(1);
  return { request: row?.request, databaseNow: row ? new Date(row.databaseNow) : new Date() };
}

/** Locks the row for a read-modify-write, so two concurrent patches cannot both judge the old status. */
export async function findSourcingRequestForUpdate(
  tx: Transaction,
  id: string,
): Promise<SourcingRequest | undefined> {
  const [row] = await tx
    .select()
    .from(sourcingRequests)
    .where(eq(sourcingRequests.id, id))
    .limit(1)
    .for("update");
  return row;
}

export async function updateSourcingRequest(
  tx: Transaction,
  id: string,
  changes: SourcingRequestChanges,
): Promise<SourcingRequest | undefined> {
  const [updated] = await tx
    .update(sourcingRequests)
    .set({ ...changes, version: sql`${sourcingRequests.version} + 1` })
    .where(eq(sourcingRequests.id, id))
    .returning();
  if (updated) await queueSearchSync(tx, "request", [updated.id]);
  return updated;
}

/**
 * Records what a matching run found about the request's volume (see the column). Not an edit: the version and
 * the index stay, since nothing the buyer or the index sees changed.
 */
export async function recordSplitVolume(tx: Transaction, id: string, splitVolume: boolean): Promise<void> {
  await tx.update(sourcingRequests).set({ splitVolume }).where(eq(sourcingRequests.id, id));
}

export async function listSourcingRequests(
  db: Executor,
  filter: { organizationId: string; status?: SourcingRequestStatus; limit: number; offset: number },
): Promise<{ items: SourcingRequest[]; total: number }> {
  const where = and(
    eq(sourcingRequests.organizationId, filter.organizationId),
    filter.status ? eq(sourcingRequests.status, filter.status) : undefined,
  );
  const [items, [totalRow]] = await Promise.all([
    db
      .select()
      .from(sourcingRequests)
      .where(where)
      .orderBy(desc(sourcingRequests.updatedAt), asc(sourcingRequests.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(sourcingRequests).where(where),
  ]);
  return { items, total: totalRow?.n ?? 0 };
}

export interface RequestActivity {
  matches: number;
  nearMisses: number;
  quotes: number;
}

/** For the buyer's list: how many suppliers matched or nearly matched each request, and how many quoted. */
export async function activityOfRequests(db: Executor, ids: string[]): Promise<Map<string, RequestActivity>> {
  const activity = new Map<string, RequestActivity>(
    ids.map((id) => [id, { matches: 0, nearMisses: 0, quotes: 0 }]),
  );
  if (ids.length === 0) return activity;
  const [matchRows, quoteRows] = await Promise.all([
    db
      .select({ requestId: requestMatches.requestId, verdict: requestMatches.verdict, n: count() })
      .from(requestMatches)
      .where(inArray(requestMatches.requestId, ids))
      .groupBy(requestMatches.requestId, requestMatches.verdict),
    db
      .select({ requestId: requestResponses.requestId, n: count() })
      .from(requestResponses)
      .where(and(inArray(requestResponses.requestId, ids), eq(requestResponses.kind, "quote")))
      .groupBy(requestResponses.requestId),
  ]);
  for (const row of matchRows) {
    const counts = activity.get(row.requestId);
    if (!counts) continue;
    if (row.verdict === "match") counts.matches = row.n;
    else counts.nearMisses = row.n;
  }
  for (const row of quoteRows) {
    const counts = activity.get(row.requestId);
    if (counts) counts.quotes = row.n;
  }
  return activity;
}

/**
 * Marks the request expired if it is still open at `version` and its deadline has passed; otherwise (edited,
 * closed, deadline moved, already expired) changes nothing. Returns whether it expired.
 */
export async function expireSourcingRequest(
  db: Database,
  id: string,
  version: number,
  now: Date,
): Promise<boolean> {
  // One transaction: a crash between the two writes would leave an expired request listed as open.
  const rows = await db.transaction(async (tx) => {
    const expired = await tx
      .update(sourcingRequests)
      .set({ status: "expired", closedAt: now, version: sql`${sourcingRequests.version} + 1` })
      .where(
        and(
          eq(sourcingRequests.id, id),
          eq(sourcingRequests.status, "open"),
          eq(sourcingRequests.version, version),
          lte(sourcingRequests.quoteDeadline, now),
        ),
      )
      .returning({ id: sourcingRequests.id });
    await queueSearchSync(
      tx,
      "request",
      expired.map((row) => row.id),
    );
    return expired;
  });
  return rows.length > 0;
}

/**
 * Expires up to `limit` open requests whose quote deadline has passed, oldest deadline first, and queues them for
 * the index in the same transaction; returns their ids. The safety net behind the per-request expiry job, for
 * requests whose job was never scheduled (Redis was away) or was lost. Rows another transaction holds (an edit in
 * progress) are skipped rather than waited for: if they are still overdue afterwards, the next sweep takes them.
 */
export async function expireOverdueSourcingRequests(
  db: Database,
  now: Date,
  limit: number,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const overdue = tx
      .select({ id: sourcingRequests.id })
      .from(sourcingRequests)
      .where(and(eq(sourcingRequests.status, "open"), lte(sourcingRequests.quoteDeadline, now)))
      .orderBy(asc(sourcingRequests.quoteDeadline))
      .limit(limit)
      .for("update", { skipLocked: true });
    const rows = await tx
      .update(sourcingRequests)
      .set({ status: "expired", closedAt: now, version: sql`${sourcingRequests.version} + 1` })
      .where(inArray(sourcingRequests.id, overdue))
      .returning({ id: sourcingRequests.id });
    const ids = rows.map((row) => row.id);
    await queueSearchSync(tx, "request", ids);
    return ids;
  });
}
