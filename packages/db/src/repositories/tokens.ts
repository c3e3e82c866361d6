// Email tokens (verify, reset) and refresh-token families. Callers pass hashes; raw tokens never reach the DB.
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Database, Executor, Transaction } from "../client.js";
import { emailTokens, refreshTokens } from "../schema/index.js";

export type EmailTokenPurpose = (typeof emailTokens.$inferSelect)["purpose"];

export async function createEmailToken(
  db: Transaction,
  token: { userId: string; purpose: EmailTokenPurpose; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(emailTokens).values(token);
}

/** Earlier unused tokens of the same purpose stop working when a new one is sent: only the newest link counts. */
export async function invalidateEmailTokens(
  db: Transaction,
  userId: string,
  purpose: EmailTokenPurpose,
  at: Date,
): Promise<void> {
  await db
    .update(emailTokens)
    .set({ usedAt: at })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}

/**
 * Spends a token atomically: of two concurrent requests with the same token, only one gets the user id back.
 * Returns undefined for unknown, used or expired tokens.
 */
export async function consumeEmailToken(
  db: Transaction,
  purpose: EmailTokenPurpose,
  tokenHash: string,
  at: Date,
): Promise<{ userId: string } | undefined> {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: at })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, at),
      ),
    )
    .returning({ userId: emailTokens.userId });
  return row;
}

export async function createRefreshToken(
  db: Transaction,
  token: { familyId: string; userId: string; organizationId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(refreshTokens).values(token);
}

export type RefreshSpendResult =
  | { status: "spent"; familyId: string; userId: string; organizationId: string }
  | { status: "reused"; familyId: string }
  | { status: "invalid" };

/**
 * Spends a refresh token. A token that was already spent or revoked is a replay: its family is revoked so the
 * thief's and the owner's tokens both stop working, and the owner has to log in again.
 */
export async function spendRefreshToken(
  db: Transaction,
  tokenHash: string,
  at: Date,
): Promise<RefreshSpendResult> {
  const [spent] = await db
    .update(refreshTokens)
    .set({ usedAt: at })
    .where(
      and(
        eq(refreshTokens.tokenHash, tokenHash),
        isNull(refreshTokens.usedAt),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, at),
      ),
    )
    .returning();
  if (spent) {
    return {
      status: "spent",
      familyId: spent.familyId,
      userId: spent.userId,
      organizationId: spent.organizationId,
    };
  }
  const [known] = await db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, tokenHash))
    .limit(1);
  if (!known) return { status: "invalid" };
  if (known.usedAt || known.revokedAt) {
    await revokeRefreshFamily(db, known.familyId, at);
    return { status: "reused", familyId: known.familyId };
  }
  return { status: "invalid" }; // expired
}

export async function revokeRefreshFamily(db: Transaction, familyId: string, at: Date): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** Ends every session of a user (password reset), or only those in one organisation (removal from it). */
export async function revokeRefreshTokensOfUser(
  db: Transaction,
  userId: string,
  at: Date,
  organizationId?: string,
): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(refreshTokens.userId, userId),
        isNull(refreshTokens.revokedAt),
        organizationId ? eq(refreshTokens.organizationId, organizationId) : undefined,
      ),
    );
}

export async function findRefreshFamilyByToken(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ familyId: refreshTokens.familyId, userId: refreshTokens.userId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Housekeeping for the worker: drops tokens that can no longer be used by anyone. */
export async function deleteStaleTokens(
  db: Database,
  olderThan: Date,
): Promise<{ email: number; refresh: number }> {
  const email = await db
    .delete(emailTokens)
    .where(or(lt(emailTokens.expiresAt, olderThan), lt(emailTokens.usedAt, olderThan)))
    .returning({ id: emailTokens.id });
  const refresh = await db
    .delete(refreshTokens)
    .where(
      or(
        lt(refreshTokens.expiresAt, olderThan),
        // A family is kept while any member is live, so reuse of an old token is still recognised.
        sql`${refreshTokens.familyId} in (
          select family_id from refresh_tokens group by family_id
          having max(coalesce(revoked_at, expires_at)) < ${olderThan.toISOString()})`,
      ),
    )
    .returning({ id: refreshTokens.id });
  return { email: email.length, refresh: refresh.length };
}
