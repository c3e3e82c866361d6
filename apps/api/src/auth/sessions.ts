// Issuing a session: a short-lived access token plus a refresh token in a (new or continuing) family.
import { accountRepository, type Transaction, tokenRepository } from "@ketnoi/db";
import type { FastifyInstance } from "fastify";
import { uuidv7 } from "uuidv7";
import type { AccessTokenClaims } from "./access-token.js";
import { generateToken, hashToken } from "./secure-tokens.js";

export interface Session {
  accessToken: string;
  tokenType: "Bearer";
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  organizationId: string;
}

export async function issueSession(
  app: FastifyInstance,
  db: Transaction,
  input: {
    userId: string;
    organizationId: string;
    familyId?: string;
    now: Date;
    accessTtlSeconds: number;
    refreshTtlDays: number;
    /** The person typed their password for this session (login, registration); not on a refresh. */
    passwordEntered?: boolean;
  },
): Promise<Session> {
  const found = await accountRepository.findMembership(db, input.organizationId, input.userId);
  if (!found) throw new Error("session for a user without membership");
  const claims: AccessTokenClaims = {
    sub: input.userId,
    org: input.organizationId,
    roles: found.organization.roles,
    mrole: found.membership.role,
    ...(found.user.isPlatformAdmin ? { adm: true as const } : {}),
    ...(input.passwordEntered ? { pwd: Math.floor(input.now.getTime() / 1000) } : {}),
  };
  const refreshToken = generateToken();
  const refreshExpiresAt = new Date(input.now.getTime() + input.refreshTtlDays * 86_400_000);
  await tokenRepository.createRefreshToken(db, {
    familyId: input.familyId ?? uuidv7(),
    userId: input.userId,
    organizationId: input.organizationId,
    tokenHash: hashToken(refreshToken),
    expiresAt: refreshExpiresAt,
  });
  return {
    accessToken: app.jwt.sign(claims),
    tokenType: "Bearer",
    expiresIn: input.accessTtlSeconds,
    refreshToken,
    refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
    organizationId: input.organizationId,
  };
}
