// The supplier's side of its matches: its own profile checked against the caller, and each matched request as
// the supplier's list shows it (new / seen / quoted / declined, why it matched, how the buyer behaves).
import {
  messageThreadRepository,
  type RequestResponse,
  requestMatchRepository,
  requestResponseRepository,
  type Supplier,
  supplierRepository,
} from "@ketnoi/db";
import { explainMatch, notFound } from "@ketnoi/domain";
import type { z } from "zod";
import type { Caller } from "../auth/caller.js";
import type { AppDependencies } from "../dependencies.js";
import type { supplierMatchSchema } from "../schemas/request-match.js";

export type SupplierMatchItem = z.infer<typeof supplierMatchSchema>;

type MatchRow = Awaited<ReturnType<typeof requestMatchRepository.listMatchesForSupplier>>[number];

/** The caller organisation's own supplier profile; anyone else's (or an unclaimed one) does not exist: 404. */
export async function ownSupplier(
  deps: AppDependencies,
  caller: Caller,
  supplierId: string,
): Promise<Supplier> {
  const supplier = await supplierRepository.findSupplierById(deps.database.db, supplierId);
  if (!supplier || supplier.organizationId === null || supplier.organizationId !== caller.organizationId) {
    throw notFound("Supplier");
  }
  return supplier;
}

function responseSummary(response: RequestResponse | undefined) {
  if (!response) return null;
  return { id: response.id, kind: response.kind, outcome: response.outcome, revision: response.revision };
}

function stateOf(response: RequestResponse | undefined, seenAt: Date | undefined) {
  if (response) return response.kind === "quote" ? ("quoted" as const) : ("declined" as const);
  return seenAt ? ("seen" as const) : ("new" as const);
}

export async function supplierMatchItems(
  deps: AppDependencies,
  caller: Caller,
  supplier: Supplier,
  rows: MatchRow[],
): Promise<SupplierMatchItem[]> {
  const db = deps.database.db;
  const requestIds = rows.map((row) => row.request.id);
  const buyerIds = rows.map((row) => row.request.organizationId);
  const [responses, awardRates, awardDays, seen, unread] = await Promise.all([
    requestResponseRepository.responsesOfSupplier(db, supplier.id, requestIds),
    requestResponseRepository.awardRatesOf(db, buyerIds),
    requestResponseRepository.medianAwardDaysOf(db, buyerIds),
    requestMatchRepository.firstSeenOf(db, supplier.id, requestIds),
    messageThreadRepository.unreadByRequest(db, requestIds, { side: "supplier", supplierId: supplier.id }),
  ]);
  return rows.map(({ match, request: found, buyerName }) => {
    const response = responses.get(found.id);
    const seenAt = seen.get(found.id);
    return {
      request: {
        id: found.id,
        title: found.title,
        status: found.status,
        buyer: found.showBuyerName ? { organizationId: found.organizationId, name: buyerName } : null,
        quantity: found.quantity,
        neededBy: found.neededBy,
        quoteDeadline: found.quoteDeadline.toISOString(),
      },
      verdict: match.verdict,
      score: match.score,
      distanceKm: match.explanation.distanceKm,
      reasons: explainMatch(match.explanation, caller.language),
      state: stateOf(response, seenAt),
      seenAt: seenAt?.toISOString() ?? null,
      unreadMessages: unread.get(found.id) ?? 0,
      response: responseSummary(response),
      buyerAwardRate: awardRates.get(found.organizationId) ?? { awarded: 0, ended: 0, rate: null },
      buyerMedianAwardDays: awardDays.get(found.organizationId) ?? null,
    };
  });
}
