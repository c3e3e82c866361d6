// The rules around suppliers' answers that the routes share: which supplier profile the caller answers as, and
// how an answer is shown.
import {
  type Database,
  jobOutboxRepository,
  type OutboxJob,
  type RequestResponse,
  requestInvitationRepository,
  requestMatchRepository,
  requestResponseRepository,
  type SourcingRequest,
  type Supplier,
  sourcingRequestRepository,
  supplierRepository,
} from "@ketnoi/db";
import {
  type Answer,
  addDays,
  DomainError,
  hcmcDate,
  isUnchangedAnswer,
  type Language,
  notFound,
  quoteRuleIssues,
} from "@ketnoi/domain";
import type { Caller } from "../auth/caller.js";
import type { OwnResponseView, RequestResponseView } from "../schemas/request-response.js";

/** The supplier profile the caller's organisation answers as; only supplier organisations with one may answer. */
export async function callerSupplier(
  deps: { database: { db: Parameters<typeof supplierRepository.findSupplierByOrganization>[0] } },
  caller: Caller,
): Promise<Supplier> {
  const supplier = caller.organizationRoles.includes("supplier")
    ? await supplierRepository.findSupplierByOrganization(deps.database.db, caller.organizationId)
    : undefined;
  if (!supplier) {
    throw new DomainError(
      "forbidden",
      "Only supplier organisations with a published profile answer requests",
    );
  }
  return supplier;
}

/** An answer with the supplier's facts and match, as the repository reads it. */
export type ResponseRow = NonNullable<Awaited<ReturnType<typeof requestResponseRepository.findResponseRow>>>;

export function requestResponseView(
  row: ResponseRow,
  request: Pick<SourcingRequest, "quantity" | "neededBy">,
  options: { language: Language; now: Date },
): RequestResponseView {
  const { response, supplier, zone, match } = row;
  const isQuote =
    response.kind === "quote" &&
    response.unitPriceAmount !== null &&
    response.currency !== null &&
    response.leadTimeDays !== null &&
    response.validUntil !== null;
  return {
    id: response.id,
    requestId: response.requestId,
    supplier: {
      id: supplier.id,
      legalName: supplier.legalName,
      tradeName: supplier.tradeName,
      zoneId: supplier.zoneId,
      zoneName: zone ? (options.language === "vi" ? zone.nameVi : zone.nameEn) : null,
      verified: supplier.verificationStatus === "verified",
    },
    kind: response.kind,
    quote: isQuote
      ? {
          unitPrice: {
            amount: response.unitPriceAmount as number,
            currency: response.currency as string,
          },
          moq: response.moq ?? null,
          leadTimeDays: response.leadTimeDays as number,
          validUntil: response.validUntil as string,
          vat:
            response.vatRatePercent !== null && response.vatIncluded !== null
              ? { ratePercent: response.vatRatePercent, included: response.vatIncluded }
              : null,
          delivery: response.delivery ?? null,
          paymentTerms:
            response.paymentDays !== null
              ? { days: response.paymentDays, depositPercent: response.depositPercent ?? 0 }
              : null,
          toolingCost:
            response.toolingCost !== null
              ? { amount: response.toolingCost, currency: response.currency as string }
              : null,
          sampleCost:
            response.sampleCost !== null
              ? { amount: response.sampleCost, currency: response.currency as string }
              : null,
          estimatedTotal: {
            amount: Math.round((response.unitPriceAmount as number) * request.quantity.value * 100) / 100,
            currency: response.currency as string,
          },
          deliversInTime: addDays(hcmcDate(options.now), response.leadTimeDays as number) <= request.neededBy,
        }
      : null,
    decline:
      response.kind === "decline" && response.declineReason ? { reason: response.declineReason } : null,
    message: response.message,
    revision: response.revision,
    outcome: response.outcome,
    shortlisted: response.shortlisted,
    match: match?.verdict ? { verdict: match.verdict, score: match.score } : null,
    firstRespondedAt: response.firstRespondedAt.toISOString(),
    updatedAt: response.updatedAt.toISOString(),
  };
}

/** The answer as its supplier sees it: without the buyer's private shortlist. */
export function ownResponseView(
  view: RequestResponseView,
  request: Pick<SourcingRequest, "status" | "awardReason">,
): OwnResponseView {
  const { shortlisted: _private, ...own } = view;
  const awardReason = request.status === "awarded" && request.awardReason !== "" ? request.awardReason : null;
  return { ...own, awardReason };
}

/** The buyer's overview: counts, the cheapest quote per currency and the shortest lead time. */
export function quoteComparisonSummary(items: RequestResponseView[]) {
  const quotes = items.filter((item) => item.quote !== null);
  const lowest = new Map<string, { amount: number; currency: string; responseId: string }>();
  let shortest: { days: number; responseId: string } | null = null;
  for (const item of quotes) {
    const quote = item.quote;
    if (!quote) continue;
    const current = lowest.get(quote.unitPrice.currency);
    if (!current || quote.unitPrice.amount < current.amount) {
      lowest.set(quote.unitPrice.currency, { ...quote.unitPrice, responseId: item.id });
    }
    if (!shortest || quote.leadTimeDays < shortest.days) {
      shortest = { days: quote.leadTimeDays, responseId: item.id };
    }
  }
  return {
    quotes: quotes.length,
    declines: items.length - quotes.length,
    shortlisted: items.filter((item) => item.shortlisted).length,
    lowestUnitPrice: [...lowest.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    shortestLeadTime: shortest,
  };
}

type AnswerDeps = Parameters<typeof callerSupplier>[0] & {
  database: { db: Database };
};

/**
 * Records a supplier's quote or decline on a request, checking under the request's row lock (so an award cannot
 * slip in between) that the supplier was matched or invited to it, that it is still open and that the deadline has not
 * passed. An answer equal to the stored one changes nothing (`changed: false`: same revision, nobody is told).
 * `beforeChange` runs only for an answer that changes something, before it is saved: a limit on revisions counts
 * revisions, never a retry of the same terms. Returns the saved answer, and its row as the listing shows it.
 */
export async function answerRequest(
  deps: AnswerDeps,
  caller: Caller,
  input: {
    requestId: string;
    now: Date;
    answer: Answer;
    beforeChange?: () => Promise<void>;
    /** Jobs the change sets off, written to the job outbox in its transaction. */
    jobsOnChange?: (response: RequestResponse) => OutboxJob[];
  },
): Promise<{
  response: RequestResponse;
  created: boolean;
  changed: boolean;
  request: SourcingRequest;
  row: ResponseRow;
}> {
  const supplier = await callerSupplier(deps, caller);
  return deps.database.db.transaction(async (tx) => {
    const request = await sourcingRequestRepository.findSourcingRequestForUpdate(tx, input.requestId);
    if (!request) throw notFound("Sourcing request");
    const [match, invitation, existing] = await Promise.all([
      requestMatchRepository.findMatch(tx, request.id, supplier.id),
      requestInvitationRepository.findInvitation(tx, request.id, supplier.id),
      requestResponseRepository.findResponse(tx, request.id, supplier.id),
    ]);
    if (!match && !invitation && !existing) {
      // Others' drafts and finished requests do not exist for this supplier; open ones it may read, not answer.
      if (request.status !== "open" || request.organizationId === caller.organizationId) {
        throw notFound("Sourcing request");
      }
      throw new DomainError("forbidden", "Only suppliers matched or invited to this request can answer it");
    }
    if (request.status !== "open") {
      throw new DomainError("conflict", `The request is ${request.status} and no longer takes answers`);
    }
    if (request.quoteDeadline.getTime() <= input.now.getTime()) {
      throw new DomainError("conflict", "The quote deadline has passed", [
        { field: "params.id", message: `quotes closed at ${request.quoteDeadline.toISOString()}` },
      ]);
    }
    if (input.answer.kind === "quote") {
      const issues = quoteRuleIssues(input.answer.quote, hcmcDate(input.now));
      if (issues.length > 0) {
        throw new DomainError(
          "validation_failed",
          "Your request has invalid fields",
          issues.map((issue) => ({ field: ["body", ...issue.path].join("."), message: issue.message })),
        );
      }
    }
    const unchanged = existing !== undefined && isUnchangedAnswer(existing, input.answer);
    if (!unchanged) await input.beforeChange?.();
    const saved = unchanged
      ? { response: existing, created: false }
      : await requestResponseRepository.saveResponse(tx, {
          requestId: request.id,
          supplierId: supplier.id,
          userId: caller.userId,
          answer: input.answer,
        });
    if (!unchanged && input.jobsOnChange)
      await jobOutboxRepository.queueOutboxJobs(tx, input.jobsOnChange(saved.response));
    // Read back with the supplier's facts and match, as the answer is shown.
    const row = await requestResponseRepository.findResponseRow(tx, request.id, saved.response.id);
    if (!row) throw new Error(`saved answer ${saved.response.id} not found`);
    return { ...saved, changed: !unchanged, request, row };
  });
}
