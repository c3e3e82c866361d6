// Deletes email and refresh tokens nobody can use any more, so the token tables stay small.
import { type Database, tokenRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";

export async function purgeStaleTokens(
  db: Database,
  payload: JobPayload<"purge-stale-tokens">,
  now: Date,
): Promise<{ email: number; refresh: number }> {
  const olderThan = new Date(now.getTime() - payload.olderThanDays * 86_400_000);
  return tokenRepository.deleteStaleTokens(db, olderThan);
}
