// The buyer's invitations to quote: one row per request and supplier, and what became of each (seen, answered).
import { and, asc, desc, eq, gte, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import {
  organizations,
  requestInvitations,
  requestMatches,
  requestResponses,
  requestViews,
  sourcingRequests,
  suppliers,
} from "../schema/index.js";

export type RequestInvitation = typeof requestInvitations.$inferSelect;

/**
 * Records the invitation unless the supplier is invited already; `created` tells which, so only a new invitation
 * sends its email.
 */
export async function inviteSupplier(
  tx: Transaction,
  input: { requestId: string; supplierId: string; invitedByUserId: string; now: Date },
): Promise<{ invitation: RequestInvitation; created: boolean }> {
  const { now, ...values } = input;
  // The app's clock, which the daily limit compares with (`invitationTimesSince`).
  const [inserted] = await tx
    .insert(requestInvitations)
    .values({ ...values, createdAt: now })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { invitation: inserted, created: true };
  const existing = await findInvitation(tx, input.requestId, input.supplierId);
  if (!existing) throw new Error("invitation vanished between insert and read");
  return { invitation: existing, created: false };
}

export async function findInvitation(
  db: Executor,
  requestId: string,
  supplierId: string,
): Promise<RequestInvitation | undefined> {
  const [row] = await db
    .select()
    .from(requestInvitations)
    .where(and(eq(requestInvitations.requestId, requestId), eq(requestInvitations.supplierId, supplierId)))
    .limit(1);
  return row;
}

export async function findInvitationById(db: Executor, id: string): Promise<RequestInvitation | undefined> {
  const [row] = await db.select().from(requestInvitations).where(eq(requestInvitations.id, id)).limit(1);
  return row;
}

/** The request's invitations made since `since`, oldest first (the limit's window ends when the oldest leaves it). */
export async function invitationTimesSince(tx: Executor, requestId: string, since: Date): Promise<Date[]> {
  const rows = await tx
    .select({ createdAt: requestInvitations.createdAt })
    .from(requestInvitations)
    .where(and(eq(requestInvitations.requestId, requestId), gte(requestInvitations.createdAt, since)))
    .orderBy(asc(requestInvitations.createdAt));
  return rows.map((row) => row.createdAt);
}

/** A request's invitations with the supplier's name and what it did: opened the request, quoted or declined. */
export async function listInvitationsForRequest(db: Executor, requestId: string) {
  return db
    .select({
      invitation: requestInvitations,
      supplier: {
        id: suppliers.id,
        legalName: suppliers.legalName,
        tradeName: suppliers.tradeName,
        verificationStatus: suppliers.verificationStatus,
      },
      firstSeenAt: requestViews.firstSeenAt,
      response: { kind: requestResponses.kind, outcome: requestResponses.outcome },
      matched: sql<boolean>`${requestMatches.id} is not null`,
    })
    .from(requestInvitations)
    .innerJoin(suppliers, eq(suppliers.id, requestInvitations.supplierId))
    .leftJoin(
      requestViews,
      and(
        eq(requestViews.requestId, requestInvitations.requestId),
        eq(requestViews.supplierId, requestInvitations.supplierId),
      ),
    )
    .leftJoin(
      requestResponses,
      and(
        eq(requestResponses.requestId, requestInvitations.requestId),
        eq(requestResponses.supplierId, requestInvitations.supplierId),
      ),
    )
    .leftJoin(
      requestMatches,
      and(
        eq(requestMatches.requestId, requestInvitations.requestId),
        eq(requestMatches.supplierId, requestInvitations.supplierId),
      ),
    )
    .where(eq(requestInvitations.requestId, requestId))
    .orderBy(desc(requestInvitations.createdAt), asc(requestInvitations.supplierId));
}

/** When the supplier was invited to each of these requests; requests it was not invited to are absent. */
export async function invitedAtOf(
  db: Executor,
  supplierId: string,
  requestIds: string[],
): Promise<Map<string, Date>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .select({ requestId: requestInvitations.requestId, createdAt: requestInvitations.createdAt })
    .from(requestInvitations)
    .where(
      and(eq(requestInvitations.supplierId, supplierId), inArray(requestInvitations.requestId, requestIds)),
    )
    .orderBy(asc(requestInvitations.createdAt));
  return new Map(rows.map((row) => [row.requestId, row.createdAt]));
}

/** The supplier's invitations with their requests and buyers, where `condition` holds; hidden requests never. */
function invitedRequests(db: Executor, supplierId: string, condition: SQL | undefined) {
  return db
    .select({ invitation: requestInvitations, request: sourcingRequests, buyerName: organizations.name })
    .from(requestInvitations)
    .innerJoin(sourcingRequests, eq(sourcingRequests.id, requestInvitations.requestId))
    .innerJoin(organizations, eq(organizations.id, sourcingRequests.organizationId))
    .where(and(eq(requestInvitations.supplierId, supplierId), isNull(sourcingRequests.hiddenAt), condition));
}

/** The open requests the supplier was invited to, newest invitation first. */
export async function listInvitedRequestsForSupplier(db: Executor, supplierId: string) {
  return invitedRequests(db, supplierId, eq(sourcingRequests.status, "open")).orderBy(
    desc(requestInvitations.createdAt),
  );
}

/** One request the supplier was invited to, whatever its status now. */
export async function findInvitedRequestForSupplier(db: Executor, supplierId: string, requestId: string) {
  const [row] = await invitedRequests(db, supplierId, eq(requestInvitations.requestId, requestId)).limit(1);
  return row;
}
