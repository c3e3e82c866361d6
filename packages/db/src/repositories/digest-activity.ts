// Loads what happened for one digest recipient in a window: on the open requests of the buyer organisations they
// belong to (new matches, new quotes), and for the supplier profiles of their supplier organisations (new
// matches and near misses on open requests they have not answered yet, and their certificates).
import type { DigestActivity, DigestWindow, MatchExplanation } from "@ketnoi/domain";
import { and, eq, gt, inArray, lte, notExists, sql } from "drizzle-orm";
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
import { openToSuppliers } from "./sourcing-requests.js";

// The queries are prepared once per database handle, with placeholders: building a query this size costs drizzle
// more than running it costs Postgres, and the digest runs them for every recipient.
const placeholders = {
  userId: sql.placeholder("userId"),
  since: sql.placeholder("since"),
  until: sql.placeholder("until"),
};
type Placeholders = typeof placeholders;

function organizationsOf(db: Executor, userId: Placeholders["userId"], role: "buyer" | "supplier") {
  return db
    .select({ id: memberships.organizationId })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(eq(memberships.userId, userId), sql`${role}::organization_role = any(${organizations.roles})`),
    );
}

/** The supplier profiles of the recipient's supplier organisations. */
function ownSupplierIds(db: Executor, userId: Placeholders["userId"]) {
  return db
    .select({ id: suppliers.id })
    .from(suppliers)
    .where(inArray(suppliers.organizationId, organizationsOf(db, userId, "supplier")));
}

/** Happened inside the digest window: after `since`, up to and including `until`. */
function inWindow(column: AnyPgColumn, { since, until }: Placeholders) {
  return and(gt(column, since), lte(column, until));
}

const supplierName = sql<string>`coalesce(${suppliers.tradeName}, ${suppliers.legalName})`;

function newBuyerMatches(db: Executor, window: Placeholders) {
  return db
    .select({
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
    .where(
      and(
        inArray(sourcingRequests.organizationId, organizationsOf(db, window.userId, "buyer")),
        eq(sourcingRequests.status, "open"),
        eq(requestMatches.verdict, "match"),
        inWindow(requestMatches.createdAt, window),
      ),
    );
}

function newQuotes(db: Executor, window: Placeholders) {
  return db
    .select({
      requestId: requestResponses.requestId,
      title: sourcingRequests.title,
      quoteDeadline: sourcingRequests.quoteDeadline,
      quantityUnit: sql<string>`${sourcingRequests.quantity}->>'unit'`,
      responseId: requestResponses.id,
      supplierId: requestResponses.supplierId,
      supplierName,
      amount: requestResponses.unitPriceAmount,
      currency: requestResponses.currency,
      leadTimeDays: requestResponses.leadTimeDays,
      validUntil: requestResponses.validUntil,
      receivedAt: requestResponses.createdAt,
      explanation: requestMatches.explanation,
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
    )
    .where(
      and(
        inArray(sourcingRequests.organizationId, organizationsOf(db, window.userId, "buyer")),
        eq(sourcingRequests.status, "open"),
        eq(requestResponses.kind, "quote"),
        inWindow(requestResponses.createdAt, window),
      ),
    );
}

function ownSupplierProfiles(db: Executor, { userId }: Placeholders) {
  return db
    .select({ id: suppliers.id, name: supplierName, certifications: suppliers.certifications })
    .from(suppliers)
    .where(inArray(suppliers.organizationId, organizationsOf(db, userId, "supplier")));
}

function newSupplierMatches(db: Executor, window: Placeholders) {
  return db
    .select({
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
    .where(
      and(
        inArray(requestMatches.supplierId, ownSupplierIds(db, window.userId)),
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
    profiles: ownSupplierProfiles(db, placeholders).prepare("digest_profiles"),
    supplierMatches: newSupplierMatches(db, placeholders).prepare("digest_supplier_matches"),
  };
}
const prepared = new WeakMap<Executor, ReturnType<typeof prepare>>();
function preparedFor(db: Executor) {
  let found = prepared.get(db);
  if (!found) {
    found = prepare(db);
    prepared.set(db, found);
  }
  return found;
}

type RequestActivity = DigestActivity["buyerRequests"][number];

export async function loadDigestActivity(
  db: Executor,
  userId: string,
  window: DigestWindow,
): Promise<DigestActivity> {
  const queries = preparedFor(db);
  // Placeholder values skip drizzle's column mapping, so timestamps go in as the ISO text Postgres reads.
  const values = { userId, since: window.since.toISOString(), until: window.until.toISOString() };
  const [matches, quotes, profiles, supplierMatches] = await Promise.all([
    queries.matches.execute(values),
    queries.quotes.execute(values),
    queries.profiles.execute(values),
    queries.supplierMatches.execute(values),
  ]);

  const requests = new Map<string, RequestActivity>();
  const requestOf = (row: { requestId: string; title: string; quoteDeadline: Date }) => {
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
    requestOf(row).matches.push({
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
    requestOf(row).quotes.push({
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

  const profilesById = new Map(
    profiles.map((profile) => [
      profile.id,
      {
        supplierId: profile.id,
        supplierName: profile.name,
        certifications: profile.certifications,
        opportunities: [] as DigestActivity["suppliers"][number]["opportunities"],
        nearMisses: [] as DigestActivity["suppliers"][number]["nearMisses"],
      },
    ]),
  );
  for (const row of supplierMatches) {
    const profile = profilesById.get(row.supplierId);
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
  return { buyerRequests: [...requests.values()], suppliers: [...profilesById.values()] };
}
