// The stored results of matching sourcing requests to suppliers: one row per (request, supplier) pair.
import type { MatchComponent, MatchExplanation } from "@ketnoi/domain";
import { and, asc, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import {
  organizations,
  requestMatches,
  requestResponses,
  requestViews,
  sourcingRequests,
  suppliers,
  zones,
} from "../schema/index.js";
import { notHiddenFromSuppliers, openToSuppliers } from "./sourcing-requests.js";
import { uuidArray } from "./uuid-array.js";

export type RequestMatch = typeof requestMatches.$inferSelect;

export interface StoredMatchResult {
  supplierId: string;
  verdict: "match" | "near_miss";
  score: number;
  explanation: MatchExplanation;
  components: MatchComponent[];
}

/** Postgres's clock, for comparing with timestamps Postgres wrote (the app's clock may differ). */
export async function databaseNow(db: Executor): Promise<Date> {
  const [row] = await db.execute<{ now: Date | string }>(sql`select clock_timestamp() as now`);
  return new Date(row?.now ?? Date.now());
}

const excluded = (column: { name: string }) => sql.raw(`excluded.${column.name}`);
const changed = (column: { name: string }) =>
  sql.raw(`request_matches.${column.name} is distinct from excluded.${column.name}`);

/** A supplier who answered keeps its row (and the explanation it answered to) whatever later runs find. */
const hasNoResponse = sql`not exists (select 1 from ${requestResponses} r
  where r.request_id = ${requestMatches.requestId} and r.supplier_id = ${requestMatches.supplierId})`;

/**
 * Rows per statement. Postgres takes at most 65,534 parameters per statement and a match row binds 8; a supplier in a
 * busy trade can fit thousands of open requests at once.
 */
const rowsPerStatement = 1000;

/**
 * Upserts match rows. Rows whose content is unchanged are not touched, so a rerun (retries, duplicate jobs) keeps
 * ids and timestamps; with `writtenBefore`, rows another run wrote since then are left alone, as that run saw
 * newer facts.
 */
async function upsertMatches(
  tx: Executor,
  rows: { requestId: string; requestVersion: number; result: StoredMatchResult }[],
  writtenBefore?: Date,
): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    await upsertMatchBatch(tx, rows.slice(i, i + rowsPerStatement), writtenBefore);
  }
}

async function upsertMatchBatch(
  tx: Executor,
  rows: { requestId: string; requestVersion: number; result: StoredMatchResult }[],
  writtenBefore: Date | undefined,
): Promise<void> {
  await tx
    .insert(requestMatches)
    .values(rows.map((r) => ({ ...r.result, requestId: r.requestId, requestVersion: r.requestVersion })))
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
      setWhere: and(
        or(
          changed(requestMatches.requestVersion),
          changed(requestMatches.verdict),
          changed(requestMatches.score),
          changed(requestMatches.explanation),
          changed(requestMatches.components),
        ),
        writtenBefore ? lt(requestMatches.updatedAt, writtenBefore) : undefined,
      ),
    });
}

/**
 * Makes the stored matches of a request `results`: upserts each and deletes the suppliers no longer among them,
 * except suppliers who answered the request and rows written after `runStartedAt` (the reverse direction may
 * have added a supplier that changed after this run read its candidates). Call it inside a transaction so
 * readers never see half a run.
 */
export async function replaceMatchesForRequest(
  tx: Transaction,
  requestId: string,
  version: number,
  results: readonly StoredMatchResult[],
  runStartedAt: Date,
): Promise<void> {
  const supplierIds = results.map((r) => r.supplierId);
  // Sent together (postgres.js pipelines a transaction's statements): they touch different rows, and the delete
  // is one statement for any number of kept suppliers.
  await Promise.all([
    tx
      .delete(requestMatches)
      .where(
        and(
          eq(requestMatches.requestId, requestId),
          sql`not (${requestMatches.supplierId} = any(${uuidArray(supplierIds)}))`,
          lt(requestMatches.updatedAt, runStartedAt),
          hasNoResponse,
        ),
      ),
    upsertMatches(
      tx,
      results.map((result) => ({ requestId, requestVersion: version, result })),
      runStartedAt,
    ),
  ]);
}

/**
 * The reverse direction: one supplier against many open requests. Upserts where it fits (or nearly fits) and
 * removes its rows from the listed requests it no longer fits, unless it answered them.
 */
export async function applySupplierMatches(
  tx: Transaction,
  supplierId: string,
  fits: readonly { requestId: string; requestVersion: number; result: StoredMatchResult }[],
  noLongerFits: readonly string[],
): Promise<void> {
  for (let i = 0; i < noLongerFits.length; i += rowsPerStatement) {
    await tx
      .delete(requestMatches)
      .where(
        and(
          eq(requestMatches.supplierId, supplierId),
          inArray(requestMatches.requestId, noLongerFits.slice(i, i + rowsPerStatement)),
          hasNoResponse,
        ),
      );
  }
  await upsertMatches(tx, [...fits]);
}

/** The open requests a supplier currently has match rows on (for reconciling after the supplier changed). */
export async function openRequestIdsMatchedTo(db: Executor, supplierId: string): Promise<string[]> {
  const rows = await db
    .select({ requestId: requestMatches.requestId })
    .from(requestMatches)
    .innerJoin(sourcingRequests, eq(sourcingRequests.id, requestMatches.requestId))
    .where(and(eq(requestMatches.supplierId, supplierId), eq(sourcingRequests.status, "open")));
  return rows.map((row) => row.requestId);
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
    .where(and(eq(requestMatches.supplierId, supplierId), openToSuppliers()))
    .orderBy(asc(requestMatches.verdict), desc(requestMatches.score), asc(sourcingRequests.quoteDeadline));
}

export async function findMatch(
  db: Executor,
  requestId: string,
  supplierId: string,
): Promise<RequestMatch | undefined> {
  const [row] = await db
    .select()
    .from(requestMatches)
    .where(and(eq(requestMatches.requestId, requestId), eq(requestMatches.supplierId, supplierId)))
    .limit(1);
  return row;
}

/** The suppliers a request matches (verdict `match`, near misses left out). */
export async function matchedSupplierIds(db: Executor, requestId: string): Promise<string[]> {
  const rows = await db
    .select({ supplierId: requestMatches.supplierId })
    .from(requestMatches)
    .where(and(eq(requestMatches.requestId, requestId), eq(requestMatches.verdict, "match")))
    .orderBy(asc(requestMatches.supplierId));
  return rows.map((row) => row.supplierId);
}

/** Records that the supplier opened the request; the first time is kept. */
export async function markRequestSeen(
  tx: Transaction,
  input: { requestId: string; supplierId: string; now: Date },
): Promise<void> {
  await tx
    .insert(requestViews)
    .values({ requestId: input.requestId, supplierId: input.supplierId, firstSeenAt: input.now })
    .onConflictDoNothing();
}

/** When the supplier first opened each of these requests; requests it never opened are absent. */
export async function firstSeenOf(
  db: Executor,
  supplierId: string,
  requestIds: string[],
): Promise<Map<string, Date>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .select({ requestId: requestViews.requestId, firstSeenAt: requestViews.firstSeenAt })
    .from(requestViews)
    .where(and(eq(requestViews.supplierId, supplierId), inArray(requestViews.requestId, requestIds)));
  return new Map(rows.map((row) => [row.requestId, row.firstSeenAt]));
}

/**
 * One of the supplier's matches with its request, whatever the request's status now (awarded, expired…), unless a
 * platform admin hid the request: then suppliers no longer see it at all.
 */
export async function findMatchForSupplier(db: Executor, supplierId: string, requestId: string) {
  const [row] = await db
    .select({
      match: requestMatches,
      request: sourcingRequests,
      buyerName: organizations.name,
    })
    .from(requestMatches)
    .innerJoin(sourcingRequests, eq(sourcingRequests.id, requestMatches.requestId))
    .innerJoin(organizations, eq(organizations.id, sourcingRequests.organizationId))
    .where(
      and(
        eq(requestMatches.supplierId, supplierId),
        eq(requestMatches.requestId, requestId),
        notHiddenFromSuppliers(),
      ),
    )
    .limit(1);
  return row;
}
