// Who may write and read sourcing requests.
import { type SourcingRequest, sourcingRequestRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import type { Caller } from "../../auth/caller.js";

/** Publishing and changing requests is for buyer organisations (the onRequest hooks have checked the email). */
export function requireBuyer(caller: Caller): void {
  if (!caller.organizationRoles.includes("buyer")) {
    throw new DomainError("forbidden", "Only buyer organisations publish sourcing requests");
  }
}

export function isRequestMember(caller: Caller, request: SourcingRequest): boolean {
  return request.organizationId === caller.organizationId;
}

/**
 * Others see open requests only; a draft or a finished request of another organisation does not exist for them,
 * nor one an admin hid (admins still see it).
 */
export function canSeeRequest(caller: Caller, request: SourcingRequest): boolean {
  if (isRequestMember(caller, request) || caller.isPlatformAdmin) return true;
  return sourcingRequestRepository.isOpenToSuppliers(request);
}
