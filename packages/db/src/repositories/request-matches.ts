// The stored results of matching sourcing requests to suppliers: one row per (request, supplier) pair.
import type { MatchComponent, MatchExplanation } from "@ketnoi/domain";
import { and, asc, desc, eq, notInArray, or, sql } from "drizzle-orm";
import type { Executor } from "../client.js";
import { organizations, requestMatches, sourcingRequests, suppliers, zones } from "../schema/index.js";

export type RequestMatch = typeof requestMatches.$inferSelect;

export interface StoredMatchResult {
  supplierId: string;
  verdict: "match" | "near_miss";
  score: number;
  explanation: MatchExplanation;
  components: MatchComponent[];
}

/**
 * Makes the stored matches of a request exactly `results`: upserts each and deletes the suppliers no longer
 * among them. Rows whose content is unchanged are not touched, so a rerun (retries, duplicate jobs) keeps ids and
 * timestamps. Call it inside a transaction so readers never see half a run.
 */
export async function replaceMatchesForRequest(
  tx: Executor,
  requestId: string,
  version: number,
  results: readonly StoredMatchResult[],
): Promise<void> {
  const supplierIds = results.map((r) => r.supplierId);
  await tx
    .delete(requestMatches)
    .where(
      and(
        eq(requestMatches.requestId, requestId),
        supplierIds.length > 0 ? notInArray(requestMatches.supplierId, supplierIds) : undefined,
      ),
    );
  if (results.length === 0) return;
  const excluded = (column: { name: string }) => sql.raw(`excluded.${column.name}`);
  const changed = (column: { name: string }) =>
    sql.raw(`request_matches.${column.name} is distinct from excluded.${column.name}`);
  await tx
    .insert(requestMatches)
    .values(results.map((r) => ({ ...r, requestId, requestVersion: version })))
    .onConflictDoUpdate({
      target: [requestMatches.requestId, requestMatches.supplierId],
      set: {
        requestVersion: excluded(requestMatches.requestVersion),
        verdict: excluded(requestMatches.verdict),
        score: excluded(requestMatches.score),
        explanation: excluded(requestMatches.explanation),
        components: excluded(requestMatches.components),
        updatedAt: sql`now()`,
      },
      setWhere: or(
        changed(requestMatches.requestVersion),
        changed(requestMatches.verdict),
        changed(requestMatches.score),
        changed(requestMatches.explanation),
        changed(requestMatches.components),
      ),
    });
}

/** A request's matches with the supplier's public facts: matches first, then near misses, best score first. */
export async function listMatchesForRequest(
  db: Executor,
  requestId: string,
  options: { includeNearMisses: boolean },
) {
  return (
    db
      .select({
        match: requestMatches,
        supplier: {
          id: suppliers.id,
          legalName: suppliers.legalName,
          tradeName: suppliers.tradeName,
          zoneId: suppliers.zoneId,
          province2025: suppliers.province2025,
          verificationStatus: suppliers.verificationStatus,
        },
        zone: { nameVi: zones.nameVi, nameEn: zones.nameEn },
      })
      .from(requestMatches)
      .innerJoin(suppliers, eq(suppliers.id, requestMatches.supplierId))
      .leftJoin(zones, eq(zones.id, suppliers.zoneId))
      .where(
        and(
          eq(requestMatches.requestId, requestId),
          options.includeNearMisses ? undefined : eq(requestMatches.verdict, "match"),
        ),
      )
      // 'match' sorts before 'near_miss'.
      .orderBy(asc(requestMatches.verdict), desc(requestMatches.score), asc(requestMatches.supplierId))
  );
}

/** The open requests a supplier matched, with the buyer's organisation for requests that show it. */
export async function listMatchesForSupplier(db: Executor, supplierId: string) {
  return db
    .select({
      match: requestMatches,
      request: sourcingRequests,
      buyerName: organizations.name,
    })
    .from(requestMatches)
    .innerJoin(sourcingRequests, eq(sourcingRequests.id, requestMatches.requestId))
    .innerJoin(organizations, eq(organizations.id, sourcingRequests.organizationId))
    .where(and(eq(requestMatches.supplierId, supplierId), eq(sourcingRequests.status, "open")))
    .orderBy(asc(requestMatches.verdict), desc(requestMatches.score), asc(sourcingRequests.quoteDeadline));
}
