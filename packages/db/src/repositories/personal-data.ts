// A person's data rights: everything we hold about them (export), and their erasure. What belongs to their
// company stays with it (requests, quotes, the supplier profile), without them: the columns that named them are
// emptied by the foreign keys (`set null`) or here, and what was only theirs goes with their user row (cascade).
import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import {
  digestDeliveries,
  erasedEmails,
  idempotencyKeys,
  invitations,
  memberships,
  notificationDeliveries,
  notificationPreferences,
  organizations,
  refreshTokens,
  requestResponses,
  sourcingRequests,
  suppliers,
  users,
} from "../schema/index.js";
import { queueSearchSync } from "./search-outbox.js";

/** Everything stored about one person, as plain rows (no password hash, no token hashes). */
export async function personalDataOf(db: Executor, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return undefined;
  const { passwordHash: _hash, ...account } = user;
  const [organizationsOfPerson, preferences, requests, quotes, invitationsSent, notices, digests, sessions] =
    await Promise.all([
      db
        .select({
          organizationId: organizations.id,
          organizationName: organizations.name,
          role: memberships.role,
          joinedAt: memberships.createdAt,
        })
        .from(memberships)
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(eq(memberships.userId, userId)),
      db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)),
      db.select().from(sourcingRequests).where(eq(sourcingRequests.createdByUserId, userId)),
      db.select().from(requestResponses).where(eq(requestResponses.respondedByUserId, userId)),
      db
        .select({
          id: invitations.id,
          organizationId: invitations.organizationId,
          email: invitations.email,
          role: invitations.role,
          createdAt: invitations.createdAt,
          expiresAt: invitations.expiresAt,
          acceptedAt: invitations.acceptedAt,
          revokedAt: invitations.revokedAt,
        })
        .from(invitations)
        .where(or(eq(invitations.invitedByUserId, userId), eq(invitations.email, user.email))),
      db
        .select({
          kind: notificationDeliveries.kind,
          status: notificationDeliveries.status,
          requestId: notificationDeliveries.requestId,
          sentAt: notificationDeliveries.sentAt,
          createdAt: notificationDeliveries.createdAt,
        })
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.userId, userId)),
      db
        .select({
          weekKey: digestDeliveries.weekKey,
          status: digestDeliveries.status,
          itemCount: digestDeliveries.itemCount,
          sentAt: digestDeliveries.sentAt,
        })
        .from(digestDeliveries)
        .where(eq(digestDeliveries.userId, userId)),
      db
        .select({
          organizationId: refreshTokens.organizationId,
          createdAt: refreshTokens.createdAt,
          expiresAt: refreshTokens.expiresAt,
          revokedAt: refreshTokens.revokedAt,
        })
        .from(refreshTokens)
        .where(eq(refreshTokens.userId, userId)),
    ]);
  return {
    account,
    memberships: organizationsOfPerson,
    notificationPreferences: preferences[0] ?? null,
    requestsWritten: requests,
    quotesWritten: quotes,
    invitations: invitationsSent,
    emailDeliveries: { notifications: notices, digests },
    sessions,
  };
}

export type PersonalData = NonNullable<Awaited<ReturnType<typeof personalDataOf>>>;

export type ErasureOutcome =
  | { erased: true; closedOrganizationIds: string[] }
  | { erased: false; reason: "not_found" }
  /** Organisations the person is the only owner of while others are members: ownership must be handed over. */
  | { erased: false; reason: "last_owner"; organizations: { id: string; name: string }[] };

/**
 * Erases a person, in the caller's transaction: refuses while they are the only owner of an organisation with other
 * members; closes the organisations they are alone in (open and draft requests cancelled, the supplier profile
 * paused); removes their details from the supplier profiles of their organisations (a contact that named them),
 * invitations to their address, their Idempotency-Key responses and their user row (memberships, preferences,
 * tokens and email ledgers go with it); keeps `emailHash` so that nobody emails the address again.
 */
export async function erasePerson(
  tx: Transaction,
  input: { userId: string; emailHash: string; now: Date },
): Promise<ErasureOutcome> {
  const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for("update");
  if (!user) return { erased: false, reason: "not_found" };
  const own = await tx
    .select({ organizationId: memberships.organizationId, role: memberships.role, name: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, user.id));
  const organizationIds = own.map((m) => m.organizationId);
  // Serialise with membership changes in these organisations (accounts.lockOrganizationMemberships).
  for (const id of organizationIds) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${id}))`);
  const others =
    organizationIds.length === 0
      ? []
      : await tx
          .select({ organizationId: memberships.organizationId, role: memberships.role })
          .from(memberships)
          .where(and(inArray(memberships.organizationId, organizationIds), ne(memberships.userId, user.id)));
  const blocking = own.filter(
    (m) =>
      m.role === "owner" &&
      others.some((o) => o.organizationId === m.organizationId) &&
      !others.some((o) => o.organizationId === m.organizationId && o.role === "owner"),
  );
  if (blocking.length > 0) {
    return {
      erased: false,
      reason: "last_owner",
      organizations: blocking.map((m) => ({ id: m.organizationId, name: m.name })),
    };
  }
  const closing = organizationIds.filter((id) => !others.some((o) => o.organizationId === id));

  if (closing.length > 0) {
    const cancelled = await tx
      .update(sourcingRequests)
      .set({ status: "cancelled", closedAt: input.now, version: sql`${sourcingRequests.version} + 1` })
      .where(
        and(
          inArray(sourcingRequests.organizationId, closing),
          inArray(sourcingRequests.status, ["draft", "open"]),
        ),
      )
      .returning({ id: sourcingRequests.id });
    await queueSearchSync(
      tx,
      "request",
      cancelled.map((row) => row.id),
    );
  }
  if (organizationIds.length > 0) {
    // The profile stays with the company; a contact that named the person, and the market while nobody is left
    // to answer, do not.
    const profiles = await tx
      .select({ id: suppliers.id, organizationId: suppliers.organizationId, contact: suppliers.contact })
      .from(suppliers)
      .where(inArray(suppliers.organizationId, organizationIds));
    const changed: string[] = [];
    for (const profile of profiles) {
      const namesPerson =
        profile.contact !== null &&
        (profile.contact.email?.trim().toLowerCase() === user.email ||
          profile.contact.name.trim() === user.name);
      const closes = profile.organizationId !== null && closing.includes(profile.organizationId);
      if (!namesPerson && !closes) continue;
      await tx
        .update(suppliers)
        .set({
          ...(namesPerson ? { contact: null } : {}),
          ...(closes ? { status: "paused" as const } : {}),
          version: sql`${suppliers.version} + 1`,
        })
        .where(eq(suppliers.id, profile.id));
      changed.push(profile.id);
    }
    await queueSearchSync(tx, "supplier", changed);
  }
  await tx.delete(invitations).where(eq(invitations.email, user.email));
  await tx.delete(idempotencyKeys).where(eq(idempotencyKeys.userId, user.id));
  await tx.insert(erasedEmails).values({ emailHash: input.emailHash }).onConflictDoNothing();
  await tx.delete(users).where(eq(users.id, user.id));
  return { erased: true, closedOrganizationIds: closing };
}

/** Whether the address (as its keyed hash) belongs to someone who erased their account. */
export async function isErasedEmail(db: Executor, emailHash: string): Promise<boolean> {
  const [row] = await db
    .select({ emailHash: erasedEmails.emailHash })
    .from(erasedEmails)
    .where(eq(erasedEmails.emailHash, emailHash))
    .limit(1);
  return row !== undefined;
}

/** The person registered again: the address may be emailed once more. */
export async function forgetErasedEmail(tx: Transaction, emailHash: string): Promise<void> {
  await tx.delete(erasedEmails).where(eq(erasedEmails.emailHash, emailHash));
}
