// Sourcing requests of buyer organisations.
import { and, asc, count, desc, eq, lte, sql } from "drizzle-orm";
import type { Executor } from "../client.js";
import { sourcingRequests } from "../schema/index.js";

export type SourcingRequest = typeof sourcingRequests.$inferSelect;
export type NewSourcingRequest = typeof sourcingRequests.$inferInsert;
export type SourcingRequestChanges = Partial<
  Omit<NewSourcingRequest, "id" | "organizationId" | "version" | "createdAt" | "updatedAt">
>;
export type SourcingRequestStatus = SourcingRequest["status"];

export async function createSourcingRequest(
  tx: Executor,
  values: NewSourcingRequest,
): Promise<SourcingRequest> {
  const [created] = await tx.insert(sourcingRequests).values(values).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

export async function findSourcingRequestById(
  db: Executor,
  id: string,
): Promise<SourcingRequest | undefined> {
  const [row] = await db.select().from(sourcingRequests).where(eq(sourcingRequests.id, id)).limit(1);
  return row;
}

/** Locks the row for a read-modify-write, so two concurrent patches cannot both judge the old status. */
export async function findSourcingRequestForUpdate(
  tx: Executor,
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
  tx: Executor,
  id: string,
  changes: SourcingRequestChanges,
): Promise<SourcingRequest | undefined> {
  const [updated] = await tx
    .update(sourcingRequests)
    .set({ ...changes, version: sql`${sourcingRequests.version} + 1` })
    .where(eq(sourcingRequests.id, id))
    .returning();
  return updated;
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

/**
 * Marks the request expired if it is still open at `version` and its deadline has passed; otherwise (edited,
 * closed, deadline moved, already expired) changes nothing. Returns whether it expired.
 */
export async function expireSourcingRequest(
  db: Executor,
  id: string,
  version: number,
  now: Date,
): Promise<boolean> {
  const rows = await db
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
  return rows.length > 0;
}
