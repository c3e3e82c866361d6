// The shapes of the labelled matching set: suppliers as they would fill in their profile, requests as buyers
// would write them, and a human judgment of how useful each supplier is for each request.
import type { SupplierProfileRawInput } from "@ketnoi/domain";

/**
 * 2: makes what was asked and meets the stated requirements; the buyer should see it first.
 * 1: could quote, but misses one thing the buyer could negotiate or the supplier could fix (a certificate,
 *    somewhat beyond the distance, a partial specialism, a capacity stretch).
 * 0: same trade, but not worth the buyer's time for this request (two or more such gaps, or a disqualifying one).
 * A supplier absent from a request's judgments is of a different trade: it would not be asked to quote at all.
 */
export type RelevanceGrade = 0 | 1 | 2;

export type Judgments = Readonly<Record<string, RelevanceGrade>>;

/** A supplier profile as the API accepts it (without the tax code, which the loader assigns). */
export type LabelledSupplier = Omit<SupplierProfileRawInput, "taxCode"> & {
  /** Stable, readable id used by the judgments. */
  key: string;
  verified?: boolean;
};

/** How the buyer wrote: Vietnamese with diacritics, Vietnamese typed without them, or English. */
export type RequestWriting = "vi" | "vi-plain" | "en";

export interface LabelledRequest {
  key: string;
  writing: RequestWriting;
  title: string;
  description: string;
  /** As the buyer chose them; absent means the buyer left them empty and publishing infers them. */
  categories?: string[];
  specification: { text: string; material?: string; dimensions?: string; print?: string };
  quantity: { value: number; unit: "pieces" | "sets" | "pairs" | "kg" | "m" | "rolls" | "cartons" };
  /** Per month, for recurring needs. */
  monthlyVolume?: LabelledRequest["quantity"];
  requiredCertifications?: string[];
  /** No maxDistanceKm: the buyer named no distance limit. */
  delivery: { zoneId: string; maxDistanceKm?: number };
  /** Days from publishing to the needed-by date. */
  neededInDays: number;
  judgments: Judgments;
  /** Why the judgments are what they are, where it is not obvious from the profiles. */
  notes?: string;
}
