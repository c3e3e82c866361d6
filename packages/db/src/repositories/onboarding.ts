// Claims of imported profiles, verification requests and the admin audit log: the rows behind onboarding and the
// admin console. Writes take the use case's transaction, so an admin action and its audit entry commit together.
import { and, count, desc, eq, gte, ilike, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import {
  adminAuditLog,
  memberships,
  notificationDeliveries,
  organizations,
  supplierClaims,
  suppliers,
  users,
  verificationRequests,
} from "../schema/index.js";

export type SupplierClaim = typeof supplierClaims.$inferSelect;
export type VerificationRequest = typeof verificationRequests.$inferSelect;
export type AdminAction = typeof adminAuditLog.$inferSelect;
export type ClaimStatus = SupplierClaim["status"];
export type VerificationRequestStatus = VerificationRequest["status"];

/** `%`, `_` and `\` taken literally in an ILIKE pattern. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Imported profiles nobody owns yet, by exact tax code or by a piece of the legal or trade name. */
export async function findClaimableSuppliers(db: Executor, query: { text: string; limit: number }) {
  const digits = query.text.replace(/[\s.-]/g, "");
  const byTaxCode = /^\d{10}(\d{3})?$/.test(digits);
  return db
    .select({
      id: suppliers.id,
      legalName: suppliers.legalName,
      tradeName: suppliers.tradeName,
      taxCode: suppliers.taxCode,
      province2025: suppliers.province2025,
      contact: suppliers.contact,
      importedByName: organizations.name,
    })
    .from(suppliers)
    .leftJoin(organizations, eq(organizations.id, suppliers.importedByOrganizationId))
    .where(
      and(
        isNull(suppliers.organizationId),
        byTaxCode
          ? eq(suppliers.taxCode, digits)
          : or(
              ilike(suppliers.legalName, likePattern(query.text)),
              ilike(suppliers.tradeName, likePattern(query.text)),
            ),
      ),
    )
    .orderBy(suppliers.legalName, suppliers.id)
    .limit(query.limit);
}

/** The profile row, locked until the transaction ends: ownership changes one claim at a time. */
export async function lockSupplier(tx: Transaction, supplierId: string) {
  const [row] = await tx.select().from(suppliers).where(eq(suppliers.id, supplierId)).for("update");
  return row;
}

export async function createClaim(tx: Transaction, values: typeof supplierClaims.$inferInsert) {
  const [created] = await tx.insert(supplierClaims).values(values).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

/** The pending claim an organisation has made on the profile (not an unused invitation). */
export async function findPendingClaim(db: Executor, supplierId: string) {
  const [row] = await db
    .select()
    .from(supplierClaims)
    .where(
      and(
        eq(supplierClaims.supplierId, supplierId),
        eq(supplierClaims.status, "pending"),
        sql`${supplierClaims.organizationId} is not null`,
      ),
    )
    .limit(1);
  return row;
}

export async function findClaimByTokenHash(tx: Transaction, tokenHash: string) {
  const [row] = await tx
    .select()
    .from(supplierClaims)
    .where(eq(supplierClaims.tokenHash, tokenHash))
    .for("update");
  return row;
}

export async function findClaim(db: Executor, id: string) {
  const [row] = await db.select().from(supplierClaims).where(eq(supplierClaims.id, id)).limit(1);
  return row;
}

export async function lockClaim(tx: Transaction, id: string) {
  const [row] = await tx.select().from(supplierClaims).where(eq(supplierClaims.id, id)).for("update");
  return row;
}

export async function updateClaim(
  tx: Transaction,
  id: string,
  changes: Partial<Omit<typeof supplierClaims.$inferInsert, "id">>,
) {
  const [row] = await tx.update(supplierClaims).set(changes).where(eq(supplierClaims.id, id)).returning();
  return row;
}

/** Every other open claim or invitation on the profile ends once it has an owner. */
export async function cancelOpenClaims(tx: Transaction, supplierId: string, exceptId: string, at: Date) {
  await tx
    .update(supplierClaims)
    .set({ status: "cancelled", decidedAt: at, decisionReason: "The profile was claimed" })
    .where(
      and(
        eq(supplierClaims.supplierId, supplierId),
        eq(supplierClaims.status, "pending"),
        ne(supplierClaims.id, exceptId),
      ),
    );
}

/** Earlier unused invitations to the profile stop working when a new one is sent. */
export async function cancelInvitations(tx: Transaction, supplierId: string, at: Date) {
  await tx
    .update(supplierClaims)
    .set({ status: "cancelled", decidedAt: at, decisionReason: "A newer invitation was sent" })
    .where(
      and(
        eq(supplierClaims.supplierId, supplierId),
        eq(supplierClaims.status, "pending"),
        eq(supplierClaims.method, "invitation"),
      ),
    );
}

/** The organisation's claims, newest first. */
export async function listClaimsOfOrganization(db: Executor, organizationId: string) {
  return db
    .select({ claim: supplierClaims, legalName: suppliers.legalName, taxCode: suppliers.taxCode })
    .from(supplierClaims)
    .innerJoin(suppliers, eq(suppliers.id, supplierClaims.supplierId))
    .where(eq(supplierClaims.organizationId, organizationId))
    .orderBy(desc(supplierClaims.createdAt))
    .limit(50);
}

/** Claims organisations made (invitations nobody used are not listed), oldest first for a queue. */
export async function listClaims(db: Executor, filter: { status: ClaimStatus; limit: number }) {
  return db
    .select({
      claim: supplierClaims,
      legalName: suppliers.legalName,
      taxCode: suppliers.taxCode,
      organizationName: organizations.name,
      requestedByEmail: users.email,
    })
    .from(supplierClaims)
    .innerJoin(suppliers, eq(suppliers.id, supplierClaims.supplierId))
    .innerJoin(organizations, eq(organizations.id, supplierClaims.organizationId))
    .leftJoin(users, eq(users.id, supplierClaims.requestedByUserId))
    .where(eq(supplierClaims.status, filter.status))
    .orderBy(supplierClaims.createdAt, supplierClaims.id)
    .limit(filter.limit);
}

export async function createVerificationRequest(
  tx: Transaction,
  values: typeof verificationRequests.$inferInsert,
) {
  const [created] = await tx.insert(verificationRequests).values(values).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

/** The profile's verification requests, newest first. */
export async function listVerificationRequestsOfSupplier(db: Executor, supplierId: string) {
  return db
    .select()
    .from(verificationRequests)
    .where(eq(verificationRequests.supplierId, supplierId))
    .orderBy(desc(verificationRequests.createdAt))
    .limit(20);
}

export async function listVerificationRequests(
  db: Executor,
  filter: { status: VerificationRequestStatus; limit: number },
) {
  return db
    .select({
      request: verificationRequests,
      legalName: suppliers.legalName,
      taxCode: suppliers.taxCode,
      organizationId: suppliers.organizationId,
      requestedByEmail: users.email,
    })
    .from(verificationRequests)
    .innerJoin(suppliers, eq(suppliers.id, verificationRequests.supplierId))
    .leftJoin(users, eq(users.id, verificationRequests.requestedByUserId))
    .where(eq(verificationRequests.status, filter.status))
    .orderBy(verificationRequests.createdAt, verificationRequests.id)
    .limit(filter.limit);
}

export async function lockVerificationRequest(tx: Transaction, id: string) {
  const [row] = await tx
    .select()
    .from(verificationRequests)
    .where(eq(verificationRequests.id, id))
    .for("update");
  return row;
}

export async function decideVerificationRequest(
  tx: Transaction,
  id: string,
  decision: { status: "approved" | "rejected"; decidedByUserId: string; reason: string; at: Date },
) {
  const [row] = await tx
    .update(verificationRequests)
    .set({
      status: decision.status,
      decidedByUserId: decision.decidedByUserId,
      decisionReason: decision.reason,
      decidedAt: decision.at,
    })
    .where(eq(verificationRequests.id, id))
    .returning();
  return row;
}

export async function recordAdminAction(
  tx: Transaction,
  entry: {
    actorUserId: string;
    action: string;
    subjectType: string;
    subjectId: string;
    reason: string | null;
    details?: Record<string, unknown>;
  },
) {
  await tx.insert(adminAuditLog).values({ ...entry, details: entry.details ?? {} });
}

/** Newest first; `before` is the id of the last entry of the previous page (ids are time-ordered). */
export async function listAdminActions(
  db: Executor,
  page: { limit: number; before?: string | undefined; subjectId?: string | undefined },
) {
  return db
    .select({ entry: adminAuditLog, actorEmail: users.email, actorName: users.name })
    .from(adminAuditLog)
    .leftJoin(users, eq(users.id, adminAuditLog.actorUserId))
    .where(
      and(
        page.before ? lt(adminAuditLog.id, page.before) : undefined,
        page.subjectId ? eq(adminAuditLog.subjectId, page.subjectId) : undefined,
      ),
    )
    .orderBy(desc(adminAuditLog.id))
    .limit(page.limit);
}

/** Organisations by a piece of their name or their exact id, with their member count and profile. */
export async function lookUpOrganizations(db: Executor, text: string, limit: number) {
  const isId = /^[0-9a-f-]{36}$/i.test(text);
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      roles: organizations.roles,
      createdAt: organizations.createdAt,
      members: sql<number>`(select count(*)::int from ${memberships} m where m.organization_id = ${organizations.id})`,
      supplierId: suppliers.id,
      supplierStatus: suppliers.status,
    })
    .from(organizations)
    .leftJoin(suppliers, eq(suppliers.organizationId, organizations.id))
    .where(isId ? eq(organizations.id, text) : ilike(organizations.name, likePattern(text)))
    .orderBy(organizations.name)
    .limit(limit);
}

/** People by a piece of their email address or name, with their organisations. */
export async function lookUpUsers(db: Executor, text: string, limit: number) {
  const found = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isPlatformAdmin: users.isPlatformAdmin,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(or(ilike(users.email, likePattern(text)), ilike(users.name, likePattern(text))))
    .orderBy(users.email)
    .limit(limit);
  if (found.length === 0) return [];
  const memberOf = await db
    .select({
      userId: memberships.userId,
      organizationId: organizations.id,
      organizationName: organizations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(sql`${memberships.userId} in ${found.map((user) => user.id)}`);
  return found.map((user) => ({
    ...user,
    organizations: memberOf.filter((m) => m.userId === user.id),
  }));
}

/** Immediate notifications since a moment, counted by kind and delivery status (the admin overview). */
export async function countNotificationDeliveriesSince(db: Executor, since: Date) {
  return db
    .select({
      kind: notificationDeliveries.kind,
      status: notificationDeliveries.status,
      count: count(),
    })
    .from(notificationDeliveries)
    .where(gte(notificationDeliveries.createdAt, since))
    .groupBy(notificationDeliveries.kind, notificationDeliveries.status)
    .orderBy(notificationDeliveries.kind, notificationDeliveries.status);
}
