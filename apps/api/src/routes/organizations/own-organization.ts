import { DomainError } from "@ketnoi/domain";
import type { FastifyRequest } from "fastify";
import { callerOf } from "../../plugins/authentication.js";

/**
 * The caller's organisation when the path names it. Another organisation answers 404, not 403: whether someone
 * else's organisation exists is none of the caller's business.
 */
export function ownOrganization(request: FastifyRequest, organizationId: string) {
  const caller = callerOf(request);
  if (caller.organizationId !== organizationId) throw new DomainError("not_found", "Organisation not found");
  return caller;
}
