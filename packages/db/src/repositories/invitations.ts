import type { MembershipRole } from "@ketnoi/domain";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { invitations, organizations, users } from "../schema/index.js";

export type Invitation = typeof invitations.$inferSelect;

/** Creates an invitation; an earlier pending one for the same address and organisation stops working. */
export async function createInvitation(
  db: Transaction,
  invitation: {
    organizationId: string;
    email: string;
    role: MembershipRole;
    invitedByUserId: string;
    tokenHash: string;
    expiresAt: Date;
  },
  at: Date,
): Promise<Invitation> {
  await db
    .update(invitations)
    .set({ revokedAt: at })
    .where(
      and(
        eq(invitations.organizationId, invitation.organizationId),
        eq(invitations.email, invitation.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  const [created] = await db.insert(invitations).values(invitation).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

/** A pending, unexpired invitation with its organisation and inviter, for the accept page and the accept call. */
export async function findUsableInvitation(db: Executor, tokenHash: string, at: Date) {
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name, inviterName: users.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, at),
      ),
    )
    .limit(1);
  return row;
}

/** Marks it accepted if still pending; false when a concurrent request got there first. */
export async function markInvitationAccepted(db: Transaction, id: string, at: Date): Promise<boolean> {
  const updated = await db
    .update(invitations)
    .set({ acceptedAt: at })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return updated.length > 0;
}

export async function listPendingInvitations(db: Executor, organizationId: string, at: Date) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, at),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(
  db: Transaction,
  organizationId: string,
  id: string,
  at: Date,
): Promise<boolean> {
  const updated = await db
    .update(invitations)
    .set({ revokedAt: at })
    .where(
      and(
        eq(invitations.id, id),
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  return updated.length > 0;
}
