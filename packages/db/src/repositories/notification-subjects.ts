// What the immediate notifications talk about, loaded in one query each.
import type { MatchExplanation } from "@ketnoi/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client.js";
import { requestMatches, requestResponses, sourcingRequests, suppliers } from "../schema/index.js";

function selectQuoteSubjects(db: Executor) {
  return db
    .select({
      response: requestResponses,
      request: {
        id: sourcingRequests.id,
        organizationId: sourcingRequests.organizationId,
        title: sourcingRequests.title,
        quantityUnit: sql<string>`${sourcingRequests.quantity}->>'unit'`,
      },
      supplierName: sql<string>`coalesce(${suppliers.tradeName}, ${suppliers.legalName})`,
      explanation: sql<MatchExplanation | null>`${requestMatches.explanation}`,
    })
    .from(requestResponses)
    .innerJoin(sourcingRequests, eq(sourcingRequests.id, requestResponses.requestId))
    .innerJoin(suppliers, eq(suppliers.id, requestResponses.supplierId))
    .leftJoin(
      requestMatches,
      and(
        eq(requestMatches.requestId, requestResponses.requestId),
        eq(requestMatches.supplierId, requestResponses.supplierId),
      ),
    );
}

export type QuoteSubject = NonNullable<Awaited<ReturnType<typeof findQuoteSubject>>>;

/** A quote with its request, the supplier's display name and how the supplier matched the request (if stored). */
export async function findQuoteSubject(db: Executor, responseId: string) {
  const [row] = await selectQuoteSubjects(db).where(eq(requestResponses.id, responseId)).limit(1);
  return row;
}

/** `findQuoteSubject` for several quotes at once, in the order of first response. */
export async function findQuoteSubjects(db: Executor, responseIds: string[]): Promise<QuoteSubject[]> {
  if (responseIds.length === 0) return [];
  return selectQuoteSubjects(db)
    .where(inArray(requestResponses.id, responseIds))
    .orderBy(asc(requestResponses.firstRespondedAt), asc(requestResponses.id));
}

/** The quotes on a request, each with the organisation that owns the quoting supplier profile (null if unclaimed). */
export async function listQuotingSuppliers(db: Executor, requestId: string) {
  return db
    .select({ responseId: requestResponses.id, supplierOrganizationId: suppliers.organizationId })
    .from(requestResponses)
    .innerJoin(suppliers, eq(suppliers.id, requestResponses.supplierId))
    .where(and(eq(requestResponses.requestId, requestId), eq(requestResponses.kind, "quote")));
}

/**
 * The requests an alert to the supplier's people would tell of, as they stand now: open, before their quote
 * deadline, still matched to the supplier (verdict `match`), with how it matched. Earliest deadline first.
 */
export async function findMatchedRequestSubjects(
  db: Executor,
  supplierId: string,
  requestIds: string[],
  now: Date,
) {
  if (requestIds.length === 0) return [];
  return db
    .select({
      id: sourcingRequests.id,
      title: sourcingRequests.title,
      quantity: sourcingRequests.quantity,
      province: sourcingRequests.province2025,
      neededBy: sourcingRequests.neededBy,
      quoteDeadline: sourcingRequests.quoteDeadline,
      explanation: requestMatches.explanation,
    })
    .from(requestMatches)
    .innerJoin(sourcingRequests, eq(sourcingRequests.id, requestMatches.requestId))
    .where(
      and(
        eq(requestMatches.supplierId, supplierId),
        inArray(requestMatches.requestId, requestIds),
        eq(requestMatches.verdict, "match"),
        eq(sourcingRequests.status, "open"),
        sql`${sourcingRequests.quoteDeadline} > ${now.toISOString()}`,
      ),
    )
    .orderBy(asc(sourcingRequests.quoteDeadline), asc(sourcingRequests.id));
}
