// Claiming an imported profile: who may ask, what proves it, and the one place ownership moves. Each use case is
// one transaction holding the profile's row lock, so two claims (or a claim and an admin) cannot both win.
import {
  accountRepository,
  onboardingRepository,
  type Supplier,
  type SupplierClaim,
  supplierRepository,
  type Transaction,
} from "@ketnoi/db";
import { DomainError, type Language, notFound } from "@ketnoi/domain";
import { emailTemplates, type ProductLinks } from "@ketnoi/email";
import type { FastifyBaseLogger } from "fastify";
import type { Caller } from "../auth/caller.js";
import { generateToken, hashToken } from "../auth/secure-tokens.js";
import type { AppDependencies } from "../dependencies.js";
import { type DocumentRefView, documentRefs, ownDocuments } from "./supplier-documents.js";

export const claimLinkTtlHours = 72;
const claimInvitationTtlDays = 30;

/**
 * The claim as its organisation and admins see it; never the token or its hash. `document` is the registration
 * certificate of a document claim, with its link (only those two readers ever get a claim).
 */
export function claimView(
  claim: SupplierClaim,
  supplier: { legalName: string; taxCode: string },
  document: DocumentRefView | null,
) {
  return {
    id: claim.id,
    supplierId: claim.supplierId,
    legalName: supplier.legalName,
    taxCode: supplier.taxCode,
    organizationId: claim.organizationId,
    method: claim.method,
    status: claim.status,
    sentTo: claim.sentTo === null ? null : maskEmail(claim.sentTo),
    expiresAt: claim.expiresAt?.toISOString() ?? null,
    note: claim.note,
    document,
    decisionReason: claim.decisionReason,
    decidedAt: claim.decidedAt?.toISOString() ?? null,
    createdAt: claim.createdAt.toISOString(),
  };
}

/** `lan@minpack.vn` → `l**@m******.vn`: enough for the owner of the mailbox to recognise it, not to harvest it. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  const dot = domain.lastIndexOf(".");
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : "";
  const mask = (part: string) => (part.length <= 1 ? part : `${part[0]}${"*".repeat(part.length - 1)}`);
  return `${mask(local)}@${mask(host)}${tld}`;
}

/** The claimant may take a profile: it is unowned, and the claimant owns none yet. */
async function assertClaimable(tx: Transaction, supplier: Supplier, organizationId: string): Promise<void> {
  if (supplier.organizationId !== null) {
    throw new DomainError(
      "already_claimed",
      supplier.organizationId === organizationId
        ? "Your organisation already manages this profile"
        : "This profile already has an owner; if it is your company, contact support",
    );
  }
  if (await supplierRepository.findSupplierByOrganization(tx, organizationId)) {
    throw new DomainError(
      "conflict",
      "Your organisation already manages a supplier profile; an organisation manages one profile",
    );
  }
}

/**
 * Starts a claim proven by a link to the profile's contact address. Returns the email to send once the
 * transaction has committed.
 */
export async function startEmailClaim(
  deps: AppDependencies,
  links: ProductLinks,
  caller: Caller,
  supplierId: string,
  note: string | null,
) {
  const now = deps.clock();
  const token = generateToken();
  const { claim, supplier, email } = await deps.database.db.transaction(async (tx) => {
    const supplier = await onboardingRepository.lockSupplier(tx, supplierId);
    if (!supplier) throw notFound("Supplier");
    await assertClaimable(tx, supplier, caller.organizationId);
    await refusePendingClaim(tx, supplier.id, caller.organizationId, now);
    const contactEmail = supplier.contact?.email;
    if (!contactEmail) {
      throw new DomainError(
        "validation_failed",
        "This profile has no contact email; upload the business registration certificate instead",
        [{ field: "body.method", message: "needs a contact email on the profile; use document" }],
      );
    }
    const claimant = await accountRepository.findMembership(tx, caller.organizationId, caller.userId);
    if (!claimant) throw new DomainError("unauthorized", "Authentication required");
    const claim = await onboardingRepository.createClaim(tx, {
      supplierId: supplier.id,
      organizationId: caller.organizationId,
      requestedByUserId: caller.userId,
      method: "email_link",
      sentTo: contactEmail,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + claimLinkTtlHours * 3_600_000),
      note,
    });
    const language: Language = caller.language;
    const email = emailTemplates().claimLink({
      language,
      companyName: supplier.tradeName ?? supplier.legalName,
      claimantOrganizationName: claimant.organization.name,
      claimantName: claimant.user.name,
      confirmUrl: links.confirmClaim(token, language),
      expiresInHours: claimLinkTtlHours,
    });
    return { claim, supplier, email: { to: contactEmail, ...email } };
  });
  return {
    claim: claimView(claim, supplier, null),
    send: (log: FastifyBaseLogger) => sendEmail(deps, log, email, "claim_link"),
  };
}

/**
 * Starts a claim proven by the business registration certificate the organisation uploaded; it waits for an
 * admin's decision in the claims queue. Works whether or not the profile has a contact email.
 */
export async function startDocumentClaim(
  deps: AppDependencies,
  caller: Caller,
  supplierId: string,
  documentId: string,
  note: string | null,
) {
  const now = deps.clock();
  const { claim, supplier } = await deps.database.db.transaction(async (tx) => {
    const supplier = await onboardingRepository.lockSupplier(tx, supplierId);
    if (!supplier) throw notFound("Supplier");
    await assertClaimable(tx, supplier, caller.organizationId);
    await refusePendingClaim(tx, supplier.id, caller.organizationId, now);
    await ownDocuments(tx, caller.organizationId, [{ id: documentId, field: "body.documentId" }]);
    const claim = await onboardingRepository.createClaim(tx, {
      supplierId: supplier.id,
      organizationId: caller.organizationId,
      requestedByUserId: caller.userId,
      method: "document",
      documentId,
      note,
    });
    return { claim, supplier };
  });
  const documents = await documentRefs(deps, [documentId], now);
  return claimView(claim, supplier, documents.get(documentId) ?? null);
}

/** A second claim while one waits is refused; a link nobody used before it expired no longer holds the profile. */
async function refusePendingClaim(tx: Transaction, supplierId: string, organizationId: string, now: Date) {
  const pending = await onboardingRepository.findPendingClaim(tx, supplierId);
  if (!pending) return;
  if (pending.method === "email_link" && pending.expiresAt !== null && pending.expiresAt <= now) {
    await onboardingRepository.updateClaim(tx, pending.id, {
      status: "cancelled",
      decidedAt: now,
      decisionReason: "The link expired unused",
    });
    return;
  }
  throw new DomainError(
    "claim_pending",
    pending.organizationId === organizationId
      ? "Your organisation already asked to claim this profile; use the link in the email, or wait for the review"
      : "Another organisation's claim on this profile is waiting; if it is your company, contact support",
  );
}

/**
 * Uses a claim link: the email-link claim of the caller's own organisation, or an association's invitation (then
 * the caller's organisation becomes the claimant). The profile changes hands in the same transaction.
 */
export async function confirmClaim(deps: AppDependencies, caller: Caller, token: string) {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const found = await onboardingRepository.findClaimByTokenHash(tx, hashToken(token));
    if (!found)
      throw new DomainError("invalid_token", "This claim link is not valid; check that it was copied whole");
    // Lock order: the profile, then the claim again (another confirmation may have changed it meanwhile).
    const supplier = await onboardingRepository.lockSupplier(tx, found.supplierId);
    const claim = await onboardingRepository.lockClaim(tx, found.id);
    if (!supplier || !claim) throw notFound("Supplier");
    if (claim.status === "approved") {
      throw new DomainError("claim_link_used", "This claim link was already used");
    }
    if (claim.status !== "pending") {
      throw new DomainError(
        "claim_link_used",
        "This claim link no longer works: the profile was claimed, or a newer link was sent",
      );
    }
    if (claim.expiresAt !== null && claim.expiresAt <= now) {
      throw new DomainError(
        "link_expired",
        "This claim link has expired; ask for a new one from the profile",
      );
    }
    if (claim.organizationId !== null && claim.organizationId !== caller.organizationId) {
      throw new DomainError(
        "forbidden",
        "This link confirms another organisation's claim; sign in with the account that asked",
      );
    }
    if (caller.membershipRole !== "owner") {
      throw new DomainError("forbidden", "Only an owner of your organisation can claim a profile");
    }
    await assertClaimable(tx, supplier, caller.organizationId);
    const approved = await approveClaim(tx, claim, supplier, caller.organizationId, {
      decidedByUserId: null,
      reason: null,
      at: now,
    });
    return claimView(approved, supplier, null);
  });
}

/** Gives the profile to the organisation; every other open claim on it ends. */
export async function approveClaim(
  tx: Transaction,
  claim: SupplierClaim,
  supplier: Supplier,
  organizationId: string,
  decision: { decidedByUserId: string | null; reason: string | null; at: Date },
): Promise<SupplierClaim> {
  await supplierRepository.updateSupplier(tx, supplier.id, { organizationId });
  const organization = await accountRepository.findOrganization(tx, organizationId);
  if (organization && !organization.roles.includes("supplier")) {
    await accountRepository.updateOrganization(tx, organizationId, {
      roles: [...organization.roles, "supplier"],
    });
  }
  await onboardingRepository.cancelOpenClaims(tx, supplier.id, claim.id, decision.at);
  const approved = await onboardingRepository.updateClaim(tx, claim.id, {
    organizationId,
    status: "approved",
    decidedByUserId: decision.decidedByUserId,
    decisionReason: decision.reason,
    decidedAt: decision.at,
  });
  if (!approved) throw new Error("claim vanished inside its transaction");
  return approved;
}

/**
 * After an association's import: an invitation to claim for each unowned profile it wrote that has a contact
 * email. A newer invitation replaces the earlier one. Returns the emails to send after commit.
 */
export async function inviteToClaim(
  deps: AppDependencies,
  links: ProductLinks,
  supplierIds: readonly string[],
  associationName: string,
  language: Language,
) {
  const now = deps.clock();
  const outgoing: { to: string; subject: string; html: string; text: string }[] = [];
  await deps.database.db.transaction(async (tx) => {
    for (const supplierId of supplierIds) {
      const supplier = await onboardingRepository.lockSupplier(tx, supplierId);
      const to = supplier?.contact?.email;
      if (!supplier || supplier.organizationId !== null || !to) continue;
      await onboardingRepository.cancelInvitations(tx, supplier.id, now);
      const token = generateToken();
      await onboardingRepository.createClaim(tx, {
        supplierId: supplier.id,
        method: "invitation",
        sentTo: to,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + claimInvitationTtlDays * 86_400_000),
      });
      const email = emailTemplates().claimInvitation({
        language,
        companyName: supplier.tradeName ?? supplier.legalName,
        contactName: supplier.contact?.name ?? null,
        associationName,
        claimUrl: links.confirmClaim(token, language),
        expiresInDays: claimInvitationTtlDays,
      });
      outgoing.push({ to, ...email });
    }
  });
  return {
    count: outgoing.length,
    send: async (log: FastifyBaseLogger) => {
      for (const email of outgoing) await sendEmail(deps, log, email, "claim_invitation");
    },
  };
}

async function sendEmail(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  email: { to: string; subject: string; html: string; text: string },
  kind: string,
): Promise<void> {
  try {
    await deps.mailer.send(email);
    log.info({ kind }, "transactional email sent");
  } catch (error) {
    log.error({ err: error, kind }, "transactional email could not be sent");
  }
}
