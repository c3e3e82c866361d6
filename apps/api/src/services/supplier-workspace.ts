// The supplier's side of its matches and invitations: its own profile checked against the caller, and each
// request it matched or a buyer invited it to as the supplier's list shows it (new / seen / quoted / declined,
// why it matched, whether it was invited, how the buyer behaves).
import {
  messageThreadRepository,
  type RequestMatch,
  type RequestResponse,
  requestInvitationRepository,
  requestMatchRepository,
  requestResponseRepository,
  type SourcingRequest,
  type Supplier,
  supplierRepository,
} from "@ketnoi/db";
import { distanceKm, explainMatch, notFound } from "@ketnoi/domain";
import type { z } from "zod";
import type { Caller } from "../auth/caller.js";
import type { AppDependencies } from "../dependencies.js";
import type { supplierMatchSchema } from "../schemas/request-match.js";

export type SupplierMatchItem = z.infer<typeof supplierMatchSchema>;

/** A request in the supplier's list: matched (a stored match), invited, or both. */
export interface InboxRow {
  match: RequestMatch | null;
  request: SourcingRequest;
  buyerName: string;
}

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

/**
 * The supplier's open requests: those a buyer invited it to first (newest invitation first: someone chose it),
 * then its matches in their own order.
 */
export async function supplierInboxRows(deps: AppDependencies, supplier: Supplier): Promise<InboxRow[]> {
  const db = deps.database.db;
  const [matches, invited] = await Promise.all([
    requestMatchRepository.listMatchesForSupplier(db, supplier.id),
    requestInvitationRepository.listInvitedRequestsForSupplier(db, supplier.id),
  ]);
  const matchOf = new Map(matches.map((row) => [row.request.id, row.match]));
  const invitedIds = new Set(invited.map((row) => row.request.id));
  return [
    ...invited.map(({ request, buyerName }) => ({
      match: matchOf.get(request.id) ?? null,
      request,
      buyerName,
    })),
    ...matches.filter((row) => !invitedIds.has(row.request.id)),
  ];
}

/** One request of the supplier's, matched or invited, whatever its status now; undefined when neither. */
export async function supplierInboxRow(
  deps: AppDependencies,
  supplier: Supplier,
  requestId: string,
): Promise<InboxRow | undefined> {
  const db = deps.database.db;
  const matched = await requestMatchRepository.findMatchForSupplier(db, supplier.id, requestId);
  if (matched) return matched;
  const invited = await requestInvitationRepository.findInvitedRequestForSupplier(db, supplier.id, requestId);
  return invited ? { match: null, request: invited.request, buyerName: invited.buyerName } : undefined;
}

export async function supplierMatchItems(
  deps: AppDependencies,
  caller: Caller,
  supplier: Supplier,
  rows: InboxRow[],
): Promise<SupplierMatchItem[]> {
  const db = deps.database.db;
  const requestIds = rows.map((row) => row.request.id);
  const buyerIds = rows.map((row) => row.request.organizationId);
  const [responses, awardRates, awardDays, seen, invitedAt, unread] = await Promise.all([
    requestResponseRepository.responsesOfSupplier(db, supplier.id, requestIds),
    requestResponseRepository.awardRatesOf(db, buyerIds),
    requestResponseRepository.medianAwardDaysOf(db, buyerIds),
    requestMatchRepository.firstSeenOf(db, supplier.id, requestIds),
    requestInvitationRepository.invitedAtOf(db, supplier.id, requestIds),
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
      // Invited without a match: matching did not find the supplier, so there is no score and no reasons.
      verdict: match?.verdict ?? ("invited" as const),
      score: match?.score ?? 0,
      distanceKm: match ? match.explanation.distanceKm : Math.round(distanceKm(supplier, found) * 10) / 10,
      reasons: match ? explainMatch(match.explanation, caller.language) : [],
      invitedAt: invitedAt.get(found.id)?.toISOString() ?? null,
      state: stateOf(response, seenAt),
      seenAt: seenAt?.toISOString() ?? null,
      unreadMessages: unread.get(found.id) ?? 0,
      response: responseSummary(response),
      buyerAwardRate: awardRates.get(found.organizationId) ?? { awarded: 0, ended: 0, rate: null },
      buyerMedianAwardDays: awardDays.get(found.organizationId) ?? null,
    };
  });
}
