// Suppliers' answers to requests (quotes and declines), the buyer's shortlist and award, and the two signals
// computed from them: supplier responsiveness and buyer award rate.
import type { Answer, AwardRate, ResponseSample } from "@ketnoi/domain";
import { answerTerms, awardRateOf } from "@ketnoi/domain";
import { and, asc, eq, getTableColumns, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { requestMatches, requestResponses, sourcingRequests, suppliers, zones } from "../schema/index.js";
import { uuidArray } from "./uuid-array.js";

export type RequestResponse = typeof requestResponses.$inferSelect;

export async function findResponse(
  db: Executor,
  requestId: string,
  supplierId: string,
): Promise<RequestResponse | undefined> {
  const [row] = await db
    .select()
    .from(requestResponses)
    .where(and(eq(requestResponses.requestId, requestId), eq(requestResponses.supplierId, supplierId)))
    .limit(1);
  return row;
}

export async function findResponseById(db: Executor, id: string): Promise<RequestResponse | undefined> {
  const [row] = await db.select().from(requestResponses).where(eq(requestResponses.id, id)).limit(1);
  return row;
}

/** The columns an answer sets; a decline also takes the quote off the buyer's shortlist. */
const answerColumns = (answer: Answer) => ({
  ...answerTerms(answer),
  ...(answer.kind === "decline" ? { shortlisted: false } : {}),
});

/**
 * Records the supplier's answer: the first one inserts, later ones revise in place (revision + 1) and keep
 * `firstRespondedAt`. Returns the row and whether it was created.
 */
export async function saveResponse(
  tx: Transaction,
  input: {
    requestId: string;
    supplierId: string;
    userId: string;
    answer: Answer;
  },
): Promise<{ response: RequestResponse; created: boolean }> {
  const columns = answerColumns(input.answer);
  const [row] = await tx
    .insert(requestResponses)
    .values({
      requestId: input.requestId,
      supplierId: input.supplierId,
      respondedByUserId: input.userId,
      ...columns,
    })
    .onConflictDoUpdate({
      target: [requestResponses.requestId, requestResponses.supplierId],
      set: {
        ...columns,
        respondedByUserId: input.userId,
        revision: sql`${requestResponses.revision} + 1`,
        updatedAt: new Date(),
      },
    })
    .returning({ ...getTableColumns(requestResponses), created: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error("upsert returned no row");
  const { created, ...response } = row;
  return { response, created };
}

export async function setShortlisted(
  tx: Transaction,
  requestId: string,
  responseId: string,
  shortlisted: boolean,
): Promise<RequestResponse | undefined> {
  const [row] = await tx
    .update(requestResponses)
    .set({ shortlisted })
    .where(
      and(
        eq(requestResponses.id, responseId),
        eq(requestResponses.requestId, requestId),
        eq(requestResponses.kind, "quote"),
      ),
    )
    .returning();
  return row;
}

/**
 * Marks the outcome of every quote of an awarded request: the chosen one `awarded`, the others `not_awarded`
 * (the award notification job reads them back to tell each supplier).
 */
export async function settleQuotes(
  tx: Transaction,
  requestId: string,
  awardedResponseId: string,
): Promise<void> {
  await tx
    .update(requestResponses)
    .set({ outcome: "awarded" })
    .where(and(eq(requestResponses.id, awardedResponseId), eq(requestResponses.requestId, requestId)));
  await tx
    .update(requestResponses)
    .set({ outcome: "not_awarded" })
    .where(
      and(
        eq(requestResponses.requestId, requestId),
        eq(requestResponses.kind, "quote"),
        ne(requestResponses.id, awardedResponseId),
      ),
    );
}

/** Answers with the supplier's public facts and its match: the shape the buyer's comparison shows. */
function selectResponseRows(db: Executor) {
  return db
    .select({
      response: requestResponses,
      supplier: {
        id: suppliers.id,
        legalName: suppliers.legalName,
        tradeName: suppliers.tradeName,
        zoneId: suppliers.zoneId,
        verificationStatus: suppliers.verificationStatus,
      },
      zone: { nameVi: zones.nameVi, nameEn: zones.nameEn },
      match: { verdict: requestMatches.verdict, score: requestMatches.score },
    })
    .from(requestResponses)
    .innerJoin(suppliers, eq(suppliers.id, requestResponses.supplierId))
    .leftJoin(zones, eq(zones.id, suppliers.zoneId))
    .leftJoin(
      requestMatches,
      and(
        eq(requestMatches.requestId, requestResponses.requestId),
        eq(requestMatches.supplierId, requestResponses.supplierId),
      ),
    );
}

/**
 * Every answer to a request as the buyer compares them: quotes first (shortlisted first, then cheapest per
 * currency), then declines.
 */
export async function listResponsesForRequest(
  db: Executor,
  requestId: string,
  options: { shortlistedOnly: boolean },
) {
  return selectResponseRows(db)
    .where(
      and(
        eq(requestResponses.requestId, requestId),
        options.shortlistedOnly ? eq(requestResponses.shortlisted, true) : undefined,
      ),
    )
    .orderBy(
      // 'decline' sorts before 'quote'; quotes first.
      sql`${requestResponses.kind} desc`,
      sql`${requestResponses.shortlisted} desc`,
      asc(requestResponses.currency),
      asc(requestResponses.unitPriceAmount),
      asc(requestResponses.firstRespondedAt),
    );
}

/** One answer to a request, in the listing's shape. */
export async function findResponseRow(db: Executor, requestId: string, responseId: string) {
  const [row] = await selectResponseRows(db).where(
    and(eq(requestResponses.requestId, requestId), eq(requestResponses.id, responseId)),
  );
  return row;
}

/** The supplier's own answers to the given requests, keyed by request id. */
export async function responsesOfSupplier(
  db: Executor,
  supplierId: string,
  requestIds: string[],
): Promise<Map<string, RequestResponse>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(requestResponses)
    .where(and(eq(requestResponses.supplierId, supplierId), inArray(requestResponses.requestId, requestIds)));
  return new Map(rows.map((row) => [row.requestId, row]));
}

/**
 * For each supplier, its matched requests with when it was matched and when (if ever) it answered: the raw
 * material of `responsivenessOf`. Near misses count too: the supplier saw them and could answer. Only the
 * most recent `perSupplier` requests of each supplier count, so old habits fade.
 */
export async function responseSamplesOf(
  db: Executor,
  supplierIds: string[],
  perSupplier = 50,
): Promise<Map<string, ResponseSample[]>> {
  const samples = new Map<string, ResponseSample[]>();
  if (supplierIds.length === 0) return samples;
  const rows = await db.execute<{
    supplier_id: string;
    matched_at: Date | string;
    responded_at: Date | string | null;
    quote_deadline: Date | string;
  }>(sql`
    select supplier_id, matched_at, responded_at, quote_deadline from (
      select m.supplier_id, m.created_at as matched_at, r.first_responded_at as responded_at,
             q.quote_deadline,
             row_number() over (partition by m.supplier_id order by m.created_at desc) as n
      from ${requestMatches} m
      join ${sourcingRequests} q on q.id = m.request_id
      left join ${requestResponses} r on r.request_id = m.request_id and r.supplier_id = m.supplier_id
      where m.supplier_id = any(${uuidArray(supplierIds)})
    ) recent
    where n <= ${perSupplier}`);
  for (const row of rows) {
    const list = samples.get(row.supplier_id) ?? [];
    list.push({
      matchedAt: new Date(row.matched_at),
      respondedAt: row.responded_at === null ? null : new Date(row.responded_at),
      quoteDeadline: new Date(row.quote_deadline),
    });
    samples.set(row.supplier_id, list);
  }
  return samples;
}

/** Award rates of buyer organisations: requests awarded over requests that ended after being published. */
export async function awardRatesOf(db: Executor, organizationIds: string[]): Promise<Map<string, AwardRate>> {
  const rates = new Map<string, AwardRate>();
  const unique = [...new Set(organizationIds)];
  for (const id of unique) rates.set(id, awardRateOf({ awarded: 0, ended: 0 }));
  if (unique.length === 0) return rates;
  const rows = await db
    .select({
      organizationId: sourcingRequests.organizationId,
      awarded: sql<number>`count(*) filter (where ${sourcingRequests.status} = 'awarded')::int`,
      ended: sql<number>`count(*)::int`,
    })
    .from(sourcingRequests)
    .where(
      and(
        inArray(sourcingRequests.organizationId, unique),
        inArray(sourcingRequests.status, ["awarded", "closed", "expired", "cancelled"]),
        // A draft cancelled before anyone saw it wasted nobody's time.
        isNotNull(sourcingRequests.publishedAt),
      ),
    )
    .groupBy(sourcingRequests.organizationId);
  for (const row of rows) rates.set(row.organizationId, awardRateOf(row));
  return rates;
}

/**
 * How quickly each buyer decides: the median number of days from a request's quote deadline to its award (an
 * award before the deadline counts as 0), over the buyer's awarded requests; null before its first award.
 */
export async function medianAwardDaysOf(
  db: Executor,
  organizationIds: string[],
): Promise<Map<string, number | null>> {
  const unique = [...new Set(organizationIds)];
  const medians = new Map<string, number | null>(unique.map((id) => [id, null]));
  if (unique.length === 0) return medians;
  const rows = await db
    .select({
      organizationId: sourcingRequests.organizationId,
      days: sql<number>`percentile_cont(0.5) within group (order by greatest(0, extract(epoch from (${sourcingRequests.closedAt} - ${sourcingRequests.quoteDeadline})) / 86400))`,
    })
    .from(sourcingRequests)
    .where(
      and(
        inArray(sourcingRequests.organizationId, unique),
        eq(sourcingRequests.status, "awarded"),
        isNotNull(sourcingRequests.closedAt),
      ),
    )
    .groupBy(sourcingRequests.organizationId);
  for (const row of rows) medians.set(row.organizationId, Math.round(Number(row.days) * 10) / 10);
  return medians;
}
