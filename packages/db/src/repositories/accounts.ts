// Organisations, users and memberships.
import type { Language, MembershipRole, OrganizationRole } from "@ketnoi/domain";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { memberships, organizations, users } from "../schema/index.js";

export type User = typeof users.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type Membership = typeof memberships.$inferSelect;

export interface NewAccount {
  organization: { name: string; roles: OrganizationRole[] };
  owner: { email: string; name: string; passwordHash: string; language: Language };
}

/** Creates an organisation with its owner. Pass a transaction: the three rows belong together. */
export async function createOrganizationWithOwner(tx: Transaction, account: NewAccount) {
  const [organization] = await tx.insert(organizations).values(account.organization).returning();
  const [user] = await tx.insert(users).values(account.owner).returning();
  if (!organization || !user) throw new Error("insert returned no row");
  await tx.insert(memberships).values({ organizationId: organization.id, userId: user.id, role: "owner" });
  return { organization, user };
}

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return user;
}

export async function findUserById(db: Executor, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

export async function createUser(
  db: Transaction,
  user: { email: string; name: string; passwordHash: string; language: Language; emailVerifiedAt?: Date },
): Promise<User> {
  const [created] = await db.insert(users).values(user).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

export async function markEmailVerified(db: Transaction, userId: string, at: Date): Promise<void> {
  await db.update(users).set({ emailVerifiedAt: at }).where(eq(users.id, userId));
}

export async function setPasswordHash(db: Transaction, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

export async function setPlatformAdmin(
  db: Transaction,
  userId: string,
  isPlatformAdmin: boolean,
): Promise<void> {
  await db.update(users).set({ isPlatformAdmin }).where(eq(users.id, userId));
}

/** A user's memberships with their organisations, oldest first (the default organisation at login). */
export async function listMembershipsOfUser(db: Executor, userId: string) {
  return db
    .select({ membership: memberships, organization: organizations })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
}

export async function findMembership(db: Executor, organizationId: string, userId: string) {
  const [row] = await db
    .select({ membership: memberships, organization: organizations, user: users })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .limit(1);
  return row;
}

export async function findOrganization(db: Executor, id: string): Promise<Organization | undefined> {
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return organization;
}

export async function listMembers(db: Executor, organizationId: string) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      emailVerified: users.emailVerifiedAt,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(memberships.createdAt), asc(users.id));
}

export async function addMembership(
  db: Transaction,
  membership: { organizationId: string; userId: string; role: MembershipRole },
): Promise<boolean> {
  const inserted = await db.insert(memberships).values(membership).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export async function removeMembership(
  db: Transaction,
  organizationId: string,
  userId: string,
): Promise<boolean> {
  const removed = await db
    .delete(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .returning({ id: memberships.id });
  return removed.length > 0;
}

export async function countOwners(db: Executor, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "owner")));
  return row?.n ?? 0;
}

export async function updateOrganization(
  db: Transaction,
  id: string,
  changes: { name?: string; roles?: OrganizationRole[] },
): Promise<Organization | undefined> {
  const [updated] = await db.update(organizations).set(changes).where(eq(organizations.id, id)).returning();
  return updated;
}

export async function setMembershipRole(
  db: Transaction,
  organizationId: string,
  userId: string,
  role: MembershipRole,
): Promise<void> {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
}

/** Serialises membership changes in one organisation (e.g. two owners demoting each other at once). */
export async function lockOrganizationMemberships(tx: Transaction, organizationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${organizationId}))`);
}

export async function updateUser(
  db: Transaction,
  id: string,
  changes: { name?: string; language?: Language },
): Promise<void> {
  await db.update(users).set(changes).where(eq(users.id, id));
}
