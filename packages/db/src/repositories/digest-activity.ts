// Loads what happened for digest recipients in a window: on the open requests of the buyer organisations they
// belong to (new matches, new quotes), and for the supplier profiles of their supplier organisations (new
// matches and near misses on open requests they have not answered yet, and their certificates). A send job loads
// its whole batch of recipients with the same four queries: each row names the recipient it is for.
import type { DigestActivity, DigestWindow, MatchExplanation } from "@ketnoi/domain";
import { and, eq, gt, lte, notExists, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../client.js";
import {
  memberships,
  organizations,
  requestMatches,
  requestResponses,
  sourcingRequests,
  suppliers,
} from "../schema/index.js";
import { preparedPerHandle } from "./prepared-per-handle.js";
import { openToSuppliers } from "./sourcing-requests.js";

// The queries are prepared once per database handle, with placeholders: building a query this size costs drizzle
// more than running it costs Postgres. The recipients are one array parameter, so one statement serves any batch.
const placeholders = {
  userIds: sql.placeholder("userIds"),
  since: sql.placeholder("since"),
  until: sql.placeholder("until"),
  /** Always 0: an OFFSET keeps the planner from flattening a subquery into the join around it. */
  noFlattening: sql.placeholder("noFlattening"),
};
type Placeholders = typeof placeholders;

/** The recipients' memberships of organisations with the role: the join that says whom a row is for. */
function memberOf(organizationId: AnyPgColumn, role: "buyer" | "supplier") {
  return and(
    eq(memberships.organizationId, organizationId),
    sql`${memberships.userId} = any(${placeholders.userIds}::uuid[])`,
    sql`exists (select 1 from ${organizations} where ${organizations.id} = ${memberships.organizationId} and ${role}::organization_role = any(${organizations.roles}))`,
  );
}

/** Happened inside the digest window: after `since`, up to and including `until`. */
function inWindow(column: AnyPgColumn, { since, until }: Placeholders) {
  return and(gt(column, since), lte(column, until));
}

const supplierName = sql<string>`coalesce(${suppliers.tradeName}, ${suppliers.legalName})`;

function newBuyerMatches(db: Executor, window: Placeholders) {
  return db
    .select({
      userId: memberships.userId,
      requestId: requestMatches.requestId,
      title: sourcingRequests.title,
      quoteDeadline: sourcingRequests.quoteDeadline,
      supplierId: requestMatches.supplierId,
      supplierName,
      verified: sql<boolean>`${suppliers.verificationStatus} = 'verified'`,
      score: requestMatches.score,
      explanation: requestMatches.explanation,
      matchedAt: requestMatches.createdAt,
    })
    .from(requestMatches)
    .innerJoin(sourcingRequests, eq(sourcingRequests.id, requestMatches.requestId))
    .innerJoin(suppliers, eq(suppliers.id, requestMatches.supplierId))
    .innerJoin(memberships, memberOf(sourcingRequests.organizationId, "buyer"))
    .where(
      and(
        eq(sourcingRequests.status, "open"),
        eq(requestMatches.verdict, "match"),
        inWindow(requestMatches.createdAt, window),
      ),
    );
}

// Driven from the recipients' open requests: each request's quotes in the window are looked up by request
// (LATERAL, and OFFSET 0 so that the planner cannot flatten the lookup back into the join). Written as one join,
// the prepared statement's generic plan could guess that few quotes fall in any window and start from all of
// them (it did at 20,000 recipients, not at 100,000: it depends on the statistics): every batch then read every
// quote of the week with its request, supplier, match and organisation (29,000 buffer reads and 14 ms a batch
// of 100 at 20,000 recipients, growing with the marketplace: quadratic over a run).
function newQuotes(db: Executor, window: Placeholders) {
  const quote = db
    .select({
      id: requestResponses.id,
      requestId: requestResponses.requestId,
      supplierId: requestResponses.supplierId,
      amount: requestResponses.unitPriceAmount,
      currency: requestResponses.currency,
      leadTimeDays: requestResponses.leadTimeDays,
      validUntil: requestResponses.validUntil,
      receivedAt: requestResponses.createdAt,
    })
    .from(requestResponses)
    .where(
      and(
        eq(requestResponses.requestId, sourcingRequests.id),
        eq(requestResponses.kind, "quote"),
        inWindow(requestResponses.createdAt, window),
      ),
    )
    // A parameter: drizzle leaves out `offset 0` written as a number.
    .offset(placeholders.noFlattening)
    .as("quote");
  return db
    .select({
      userId: memberships.userId,
      requestId: quote.requestId,
      title: sourcingRequests.title,
      quoteDeadline: sourcingRequests.quoteDeadline,
      quantityUnit: sql<string>`${sourcingRequests.quantity}->>'unit'`,
      responseId: quote.id,
      supplierId: quote.supplierId,
      supplierName,
      amount: quote.amount,
      currency: quote.currency,
      leadTimeDays: quote.leadTimeDays,
      validUntil: quote.validUntil,
      receivedAt: quote.receivedAt,
      explanation: requestMatches.explanation,
    })
    .from(memberships)
    .innerJoin(sourcingRequests, memberOf(sourcingRequests.organizationId, "buyer"))
    .innerJoinLateral(quote, sql`true`)
    .innerJoin(suppliers, eq(suppliers.id, quote.supplierId))
    .leftJoin(
      requestMatches,
      and(eq(requestMatches.requestId, quote.requestId), eq(requestMatches.supplierId, quote.supplierId)),
    )
    .where(eq(sourcingRequests.status, "open"));
}

function ownSupplierProfiles(db: Executor) {
  return db
    .select({
      userId: memberships.userId,
      id: suppliers.id,
      name: supplierName,
      certifications: suppliers.certifications,
    })
    .from(suppliers)
    .innerJoin(memberships, memberOf(suppliers.organizationId, "supplier"));
}

function newSupplierMatches(db: Executor, window: Placeholders) {
  return db
    .select({
      userId: memberships.userId,
      supplierId: requestMatches.supplierId,
      requestId: requestMatches.requestId,
      title: sourcingRequests.title,
      buyerName: sql<
        string | null
      >`case when ${sourcingRequests.showBuyerName} then ${organizations.name} end`,
      quoteDeadline: sourcingRequests.quoteDeadline,
      neededBy: sourcingRequests.neededBy,
      verdict: requestMatches.verdict,
      score: requestMatches.score,
      explanation: requestMatches.explanation,
      matchedAt: requestMatches.createdAt,
    })
    .from(requestMatches)
    .innerJoin(sourcingRequests, eq(sourcingRequests.id, requestMatches.requestId))
    .innerJoin(organizations, eq(organizations.id, sourcingRequests.organizationId))
    .innerJoin(suppliers, eq(suppliers.id, requestMatches.supplierId))
    .innerJoin(memberships, memberOf(suppliers.organizationId, "supplier"))
    .where(
      and(
        openToSuppliers(),
        inWindow(requestMatches.createdAt, window),
        // Already answered (quoted or declined): nothing left to tell the supplier about it.
        notExists(
          db
            .select({ one: sql`1` })
            .from(requestResponses)
            .where(
              and(
                eq(requestResponses.requestId, requestMatches.requestId),
                eq(requestResponses.supplierId, requestMatches.supplierId),
              ),
            ),
        ),
      ),
    );
}

function prepare(db: Executor) {
  return {
    matches: newBuyerMatches(db, placeholders).prepare("digest_buyer_matches"),
    quotes: newQuotes(db, placeholders).prepare("digest_quotes"),
    profiles: ownSupplierProfiles(db).prepare("digest_profiles"),
    supplierMatches: newSupplierMatches(db, placeholders).prepare("digest_supplier_matches"),
  };
}
const preparedFor = preparedPerHandle(prepare);

type RequestActivity = DigestActivity["buyerRequests"][number];
type SupplierActivity = DigestActivity["suppliers"][number];

/** One recipient's activity in the window. */
export async function loadDigestActivity(
  db: Executor,
  userId: string,
  window: DigestWindow,
): Promise<DigestActivity> {
  const found = await loadDigestActivities(db, [userId], window);
  return found.get(userId) ?? { buyerRequests: [], suppliers: [] };
}

/** The activity of several recipients in the same window, in four queries whatever their number. */
export async function loadDigestActivities(
  db: Executor,
  userIds: readonly string[],
  window: DigestWindow,
): Promise<Map<string, DigestActivity>> {
  const activities = new Map<
    string,
    { requests: Map<string, RequestActivity>; suppliers: Map<string, SupplierActivity> }
  >();
  for (const userId of userIds) activities.set(userId, { requests: new Map(), suppliers: new Map() });
  if (userIds.length === 0) return new Map();
  const queries = preparedFor(db);
  // Placeholder values skip drizzle's column mapping, so timestamps go in as the ISO text Postgres reads.
  const values = {
    userIds: [...userIds],
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    noFlattening: 0,
  };
  const [matches, quotes, profiles, supplierMatches] = await Promise.all([
    queries.matches.execute(values),
    queries.quotes.execute(values),
    queries.profiles.execute(values),
    queries.supplierMatches.execute(values),
  ]);

  const requestOf = (row: { userId: string; requestId: string; title: string; quoteDeadline: Date }) => {
    const requests = activities.get(row.userId)?.requests;
    if (!requests) return undefined;
    let request = requests.get(row.requestId);
    if (!request) {
      request = {
        requestId: row.requestId,
        title: row.title,
        quoteDeadline: row.quoteDeadline,
        matches: [],
        quotes: [],
      };
      requests.set(row.requestId, request);
    }
    return request;
  };
  for (const row of matches) {
    requestOf(row)?.matches.push({
      supplierId: row.supplierId,
      supplierName: row.supplierName,
      verified: row.verified,
      score: row.score,
      explanation: row.explanation,
      matchedAt: row.matchedAt,
    });
  }
  for (const row of quotes) {
    if (row.amount === null || row.currency === null) continue;
    requestOf(row)?.quotes.push({
      responseId: row.responseId,
      supplierId: row.supplierId,
      supplierName: row.supplierName,
      unitPrice: { amount: row.amount, currency: row.currency },
      quantityUnit: row.quantityUnit,
      leadTimeDays: row.leadTimeDays,
      validUntil: row.validUntil,
      receivedAt: row.receivedAt,
      explanation: row.explanation as MatchExplanation | null,
    });
  }

  for (const profile of profiles) {
    activities.get(profile.userId)?.suppliers.set(profile.id, {
      supplierId: profile.id,
      supplierName: profile.name,
      certifications: profile.certifications,
      opportunities: [],
      nearMisses: [],
    });
  }
  for (const row of supplierMatches) {
    const profile = activities.get(row.userId)?.suppliers.get(row.supplierId);
    if (!profile) continue;
    if (row.verdict === "match") {
      profile.opportunities.push({
        requestId: row.requestId,
        title: row.title,
        buyerName: row.buyerName,
        quoteDeadline: row.quoteDeadline,
        neededBy: row.neededBy,
        score: row.score,
        explanation: row.explanation,
        matchedAt: row.matchedAt,
      });
    } else {
      profile.nearMisses.push({
        requestId: row.requestId,
        title: row.title,
        explanation: row.explanation,
        matchedAt: row.matchedAt,
      });
    }
  }
  return new Map(
    [...activities].map(([userId, found]) => [
      userId,
      { buyerRequests: [...found.requests.values()], suppliers: [...found.suppliers.values()] },
    ]),
  );
}
