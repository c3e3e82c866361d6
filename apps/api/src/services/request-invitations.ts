// The buyer invites a supplier to quote on its request: checked under the request's row lock (so the limit
// counts every invitation made at once), recorded once per supplier, and told to the supplier's people by the
// worker. An invited supplier has the same access to the request as a matched one (request-parties.ts).
import {
  jobOutboxRepository,
  requestInvitationRepository,
  sourcingRequestRepository,
  supplierRepository,
} from "@ketnoi/db";
import { DomainError, notFound } from "@ketnoi/domain";
import { outboxJob } from "@ketnoi/jobs";
import type { FastifyBaseLogger } from "fastify";
import type { z } from "zod";
import type { Caller } from "../auth/caller.js";
import type { AppDependencies } from "../dependencies.js";
import { RateLimitedError } from "../rate-limits/limit-errors.js";
import type { requestInvitationSchema } from "../schemas/request-invitation.js";
import { kickJobOutbox } from "./search-sync.js";

export type RequestInvitationView = z.infer<typeof requestInvitationSchema>;

/** New invitations per request in any 24 hours: enough to widen a search, too few to spam a trade. */
export const invitationsPerRequestPerDay = 10;
const dayMs = 24 * 60 * 60 * 1000;

type InvitationRow = Awaited<
  ReturnType<typeof requestInvitationRepository.listInvitationsForRequest>
>[number];

function invitationView(row: InvitationRow): RequestInvitationView {
  const { invitation, supplier, firstSeenAt, response } = row;
  return {
    id: invitation.id,
    requestId: invitation.requestId,
    supplier: {
      id: supplier.id,
      legalName: supplier.legalName,
      tradeName: supplier.tradeName,
      verified: supplier.verificationStatus === "verified",
    },
    invitedAt: invitation.createdAt.toISOString(),
    matched: row.matched,
    seenAt: firstSeenAt?.toISOString() ?? null,
    state:
      response?.kind === "quote"
        ? "quoted"
        : response?.kind === "decline"
          ? "declined"
          : firstSeenAt
            ? "seen"
            : "invited",
  };
}

export async function listRequestInvitations(deps: AppDependencies, caller: Caller, requestId: string) {
  const db = deps.database.db;
  const request = await sourcingRequestRepository.findSourcingRequestById(db, requestId);
  if (request?.organizationId !== caller.organizationId) throw notFound("Sourcing request");
  const rows = await requestInvitationRepository.listInvitationsForRequest(db, request.id);
  return rows.map(invitationView);
}

const supplierField = (message: string) =>
  new DomainError("validation_failed", "Your request has invalid fields", [
    { field: "body.supplierId", message },
  ]);

/**
 * Invites the supplier, or finds the invitation made before (`created: false`: nothing is sent again). Only the
 * request's organisation invites (anyone else: 404; the route checked it is a buyer), only while the request is open and not hidden, and only
 * active suppliers that have people to tell.
 */
export async function inviteSupplier(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  caller: Caller,
  input: { requestId: string; supplierId: string },
): Promise<{ invitation: RequestInvitationView; created: boolean }> {
  const now = deps.clock();
  const db = deps.database.db;
  const outcome = await db.transaction(async (tx) => {
    const request = await sourcingRequestRepository.findSourcingRequestForUpdate(tx, input.requestId);
    if (!request || request.organizationId !== caller.organizationId) throw notFound("Sourcing request");
    if (request.status !== "open") {
      throw new DomainError(
        "conflict",
        `The request is ${request.status}: only published requests take invitations`,
      );
    }
    if (request.hiddenAt !== null) {
      throw new DomainError("conflict", "The request was hidden by moderation and takes no invitations");
    }
    const existing = await requestInvitationRepository.findInvitation(tx, request.id, input.supplierId);
    if (existing) return { invitation: existing, created: false };
    const supplier = await supplierRepository.findSupplierById(tx, input.supplierId);
    // Paused profiles are hidden from buyers: they do not exist here either.
    if (supplier?.status !== "active") throw supplierField("is not a published supplier");
    if (supplier.organizationId === request.organizationId) throw supplierField("is your own organisation");
    if (!supplier.organizationId) {
      throw supplierField("has not claimed its profile yet, so nobody there would receive the invitation");
    }
    const recent = await requestInvitationRepository.invitationTimesSince(
      tx,
      request.id,
      new Date(now.getTime() - dayMs),
    );
    const [oldest] = recent;
    if (oldest && recent.length >= invitationsPerRequestPerDay) {
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + dayMs - now.getTime()) / 1000));
      throw new RateLimitedError(
        "request_invitations",
        retryAfterSeconds,
        `At most ${invitationsPerRequestPerDay} suppliers can be invited to one request in 24 hours; ` +
          `try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      );
    }
    const invited = await requestInvitationRepository.inviteSupplier(tx, {
      requestId: request.id,
      supplierId: supplier.id,
      invitedByUserId: caller.userId,
      now,
    });
    // The email is written with the invitation (the job outbox), so a Redis outage delays it instead of losing it.
    if (invited.created) {
      await jobOutboxRepository.queueOutboxJobs(tx, [
        outboxJob("notify-supplier-invited", { invitationId: invited.invitation.id }),
      ]);
    }
    return invited;
  });
  if (outcome.created) await kickJobOutbox(deps, log);
  const [row] = (await requestInvitationRepository.listInvitationsForRequest(db, input.requestId)).filter(
    (candidate) => candidate.invitation.id === outcome.invitation.id,
  );
  if (!row) throw notFound("Invitation");
  return { invitation: invitationView(row), created: outcome.created };
}
