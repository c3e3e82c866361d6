// What an edit of a sourcing request may do, and what it changes besides the fields it names: the status it moves
// to and when, the categories a published draft goes out with, the categories read from its words, and the reach
// of a new delivery place. The API reads the stored request, asks this, and stores the answer.
import { type InferredCategory, inferRequestCategories, publishingCategories } from "./infer-categories.js";
import { canTransition, disallowedEdits, type SourcingRequestStatus } from "./lifecycle.js";
import { type RuleIssue, type recurrences, sourcingRequestRuleIssues } from "./request-schema.js";

/** The stored request, as far as the rules of an edit read it. */
export interface EditedRequest {
  status: SourcingRequestStatus;
  title: string;
  description: string;
  categories: string[];
  inferredCategories: InferredCategory[];
  recurrence: (typeof recurrences)[number];
  monthlyVolume: unknown;
  neededBy: string;
  quoteDeadline: Date;
}

/** A validated patch: absent (undefined) fields stay as stored; `monthlyVolume: null` removes the volume. */
export interface RequestEdit {
  readonly [field: string]: unknown;
  status?: "open" | "closed" | "cancelled";
  title?: string;
  description?: string;
  categories?: string[];
  recurrence?: (typeof recurrences)[number];
  monthlyVolume?: unknown;
  neededBy?: string;
  quoteDeadline?: string;
  delivery?: { readonly [field: string]: unknown; maxDistanceKm?: number | null };
}

/** What the edit sets besides the fields it names. */
interface RequestEditEffects {
  /** The new status; undefined when it stays. */
  status?: SourcingRequestStatus;
  publishedAt?: Date;
  closedAt?: Date;
  /** Set when a draft is published: the buyer's categories, or else the inferred ones. */
  categories?: string[];
  /** Read again from the words when the title or description changes; otherwise as stored. */
  inferredCategories: InferredCategory[];
  /** The distance limit stored with a new delivery place; undefined when the place stays. */
  maxDistanceKm?: number | null;
}

export type RequestEditRefusal =
  | { code: "conflict"; message: string; issues: RuleIssue[] }
  | { code: "validation_failed"; issues: RuleIssue[] };

export type RequestEditOutcome =
  | { ok: true; effects: RequestEditEffects }
  | { ok: false; refusal: RequestEditRefusal };

const dateFields: readonly string[] = ["neededBy", "quoteDeadline"];
const recurrenceFields: readonly string[] = ["recurrence", "monthlyVolume"];

/**
 * Judges `edit` of `existing` at `now`. Refused with a conflict when the status cannot be reached or a field may
 * not change in the current status (see disallowedEdits); refused as invalid when the request as it would be
 * breaks a rule of its dates or recurrence that the edit touches (publishing touches them all), or when a draft
 * would be published without a category.
 */
export function planRequestEdit(existing: EditedRequest, edit: RequestEdit, now: Date): RequestEditOutcome {
  // The delivery place is listed last among refused fields, as it always has been.
  const { status, delivery, ...named } = edit;
  const fields: RequestEdit = { ...named, delivery };
  const target = status ?? existing.status;
  if (target !== existing.status && !canTransition(existing.status, target)) {
    return conflict(`A request that is ${existing.status} cannot become ${target}`, [
      { path: ["status"], message: `cannot go from ${existing.status} to ${target}` },
    ]);
  }
  const refused = disallowedEdits(existing.status, fields);
  if (refused.length > 0) {
    return conflict(
      `These fields cannot change while the request is ${existing.status}`,
      refused.map((problem) => ({ path: [problem.field], message: problem.message })),
    );
  }

  // Judge the request as it will be, and only on what this change touches: an old deadline that has passed does
  // not stop a new description.
  const publishing = target === "open" && existing.status === "draft";
  const touches = (group: readonly string[]) =>
    publishing || group.some((field) => fields[field] !== undefined);
  const merged = {
    recurrence: fields.recurrence ?? existing.recurrence,
    monthlyVolume: fields.monthlyVolume === undefined ? existing.monthlyVolume : fields.monthlyVolume,
    neededBy: fields.neededBy ?? existing.neededBy,
    quoteDeadline: fields.quoteDeadline ?? existing.quoteDeadline,
  };
  const issues = sourcingRequestRuleIssues(merged, now).filter((issue) =>
    touches(dateFields.includes(issue.path[0] ?? "") ? dateFields : recurrenceFields),
  );
  if (issues.length > 0) return { ok: false, refusal: { code: "validation_failed", issues } };

  const title = fields.title ?? existing.title;
  const effects: RequestEditEffects = {
    inferredCategories:
      fields.title !== undefined || fields.description !== undefined
        ? inferRequestCategories(title, fields.description ?? existing.description)
        : existing.inferredCategories,
  };
  if (publishing) {
    const published = publishingCategories(
      fields.categories ?? existing.categories,
      title,
      effects.inferredCategories,
    );
    if (!published.ok)
      return { ok: false, refusal: { code: "validation_failed", issues: [published.issue] } };
    effects.categories = published.categories;
    effects.publishedAt = now;
  }
  if (target !== existing.status) effects.status = target;
  if (target === "closed" || target === "cancelled") effects.closedAt = now;
  if (delivery) effects.maxDistanceKm = delivery.maxDistanceKm ?? null;
  return { ok: true, effects };
}

function conflict(message: string, issues: RuleIssue[]): RequestEditOutcome {
  return { ok: false, refusal: { code: "conflict", message, issues } };
}
