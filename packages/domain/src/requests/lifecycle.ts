// The life of a sourcing request: a draft only its buyer sees, open for quotes, then one terminal status.
// Pure rules; the API and the expiry job apply them.

export const sourcingRequestStatuses = [
  "draft",
  "open",
  "awarded",
  "closed",
  "cancelled",
  "expired",
] as const;
export type SourcingRequestStatus = (typeof sourcingRequestStatuses)[number];

export const allowedTransitions: Readonly<Record<SourcingRequestStatus, readonly SourcingRequestStatus[]>> = {
  draft: ["open", "cancelled"],
  // awarded arrives with quotes; expired only from the expiry job, when the quote deadline has passed.
  open: ["awarded", "closed", "cancelled", "expired"],
  awarded: [],
  closed: [],
  cancelled: [],
  // Quoting ended at the deadline, but the buyer may still choose among the quotes it received (see awardProblem).
  expired: ["awarded"],
};

export function canTransition(from: SourcingRequestStatus, to: SourcingRequestStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** How long after the quote deadline a buyer may still award one of the quotes it received. */
export const awardGraceDays = 30;

/**
 * Why a request cannot be awarded now, or null when it can: open requests any time, expired ones (the deadline
 * passed while the buyer was still comparing) within `awardGraceDays` of their deadline.
 */
export function awardProblem(status: SourcingRequestStatus, quoteDeadline: Date, now: Date): string | null {
  if (status === "open") return null;
  if (status !== "expired") return `A request that is ${status} cannot be awarded`;
  const graceEnds = quoteDeadline.getTime() + awardGraceDays * 86_400_000;
  return now.getTime() <= graceEnds
    ? null
    : `Quotes can be awarded up to ${awardGraceDays} days after the quote deadline`;
}

/** Fields an open request may still change: suppliers may already be quoting on the rest. */
export const fieldsEditableWhenOpen = [
  "description",
  "specification",
  "neededBy",
  "quoteDeadline",
  "categories",
] as const;

export interface EditProblem {
  field: string;
  message: string;
}

/**
 * Which of the `changed` fields may not change in `status`. A draft takes anything; an open request only
 * clarifications and new deadlines, and never loses its categories (suppliers were matched on them); a
 * terminal request nothing.
 */
export function disallowedEdits(
  status: SourcingRequestStatus,
  changes: Readonly<Record<string, unknown>>,
): EditProblem[] {
  const changed = Object.keys(changes).filter((field) => changes[field] !== undefined);
  if (status === "draft") return [];
  if (status !== "open") {
    return changed.map((field) => ({ field, message: `cannot change once the request is ${status}` }));
  }
  const problems: EditProblem[] = [];
  for (const field of changed) {
    if (!(fieldsEditableWhenOpen as readonly string[]).includes(field)) {
      problems.push({ field, message: "cannot change while the request is open" });
    } else if (field === "categories" && Array.isArray(changes[field]) && changes[field].length === 0) {
      problems.push({ field, message: "an open request keeps at least one category" });
    }
  }
  return problems;
}
