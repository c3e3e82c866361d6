// Deletes email and refresh tokens nobody can use any more, so the token tables stay small.
import { tokenRepository } from "@ketnoi/db";
import type { JobPayload } from "@ketnoi/jobs";
import type { JobContext } from "../job-context.js";

export async function purgeStaleTokens(
  payload: JobPayload<"purge-stale-tokens">,
  context: JobContext,
): Promise<{ email: number; refresh: number }> {
  const olderThan = new Date(context.now().getTime() - payload.olderThanDays * 86_400_000);
  return tokenRepository.deleteStaleTokens(context.db, olderThan);
}
