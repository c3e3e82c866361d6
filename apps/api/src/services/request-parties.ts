// Who takes part in a request: its buyer organisation, and the suppliers it concerns. While the request is open
// those are the suppliers matched or invited to it or answering it; once awarded, only the winner stays
// (the others are told the outcome); an expired request (the buyer may still award) keeps its quoting suppliers.
import {
  type RequestResponse,
  requestInvitationRepository,
  requestMatchRepository,
  requestResponseRepository,
  type SourcingRequest,
  type Supplier,
  sourcingRequestRepository,
  supplierRepository,
} from "@ketnoi/db";
import { notFound } from "@ketnoi/domain";
import type { Caller } from "../auth/caller.js";
import type { AppDependencies } from "../dependencies.js";

export type RequestParty =
  | { role: "buyer"; request: SourcingRequest }
  | {
      role: "supplier";
      request: SourcingRequest;
      supplier: Supplier;
      response: RequestResponse | undefined;
      /** The supplier whose quote the buyer awarded. */
      winner: boolean;
    };

/** The caller's part in the request; anyone else gets the same 404 as for a request that does not exist. */
export async function requestPartyOf(
  deps: Pick<AppDependencies, "database">,
  caller: Caller,
  requestId: string,
): Promise<RequestParty> {
  const db = deps.database.db;
  const request = await sourcingRequestRepository.findSourcingRequestById(db, requestId);
  if (!request) throw notFound("Sourcing request");
  if (request.organizationId === caller.organizationId) return { role: "buyer", request };
  const supplier = caller.organizationRoles.includes("supplier")
    ? await supplierRepository.findSupplierByOrganization(db, caller.organizationId)
    : undefined;
  if (!supplier) throw notFound("Sourcing request");
  const party = await supplierPartOf(deps, request, supplier);
  if (!party) throw notFound("Sourcing request");
  return party;
}

/** The supplier's part in the request, or undefined when it takes none (any more). */
export async function supplierPartOf(
  deps: Pick<AppDependencies, "database">,
  request: SourcingRequest,
  supplier: Supplier,
): Promise<Extract<RequestParty, { role: "supplier" }> | undefined> {
  // Moderation: a hidden request is out of every supplier's reach, the winner's too.
  if (request.hiddenAt !== null) return undefined;
  const db = deps.database.db;
  const [response, match, invitation] = await Promise.all([
    requestResponseRepository.findResponse(db, request.id, supplier.id),
    requestMatchRepository.findMatch(db, request.id, supplier.id),
    requestInvitationRepository.findInvitation(db, request.id, supplier.id),
  ]);
  const winner = response?.outcome === "awarded";
  const party = { role: "supplier" as const, request, supplier, response, winner };
  switch (request.status) {
    case "open":
      return response || match || invitation ? party : undefined;
    case "awarded":
      return winner ? party : undefined;
    case "expired":
      return response?.kind === "quote" ? party : undefined;
    default:
      return undefined;
  }
}
