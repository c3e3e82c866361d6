// The two signals that keep both sides honest: how reliably a supplier answers the requests it matches (a small
// part of its match score), and how often a buyer actually awards (shown to suppliers next to each request).

/** One matched request, as seen from the supplier's side. */
export interface ResponseSample {
  /** When the supplier was matched (it could see the request from then on). */
  matchedAt: Date;
  /** When it first answered (quote or decline); null if it never did. */
  respondedAt: Date | null;
  /** The request's quote deadline: an unanswered request counts against the supplier only once it passed. */
  quoteDeadline: Date;
}

export interface Responsiveness {
  /** Share of decided requests the supplier answered, 0–1. */
  responseRate: number;
  medianResponseHours: number;
  /** How many requests the figures rest on. */
  sampleSize: number;
}

/** Below this many decided requests the figures are noise, and a new supplier should not be judged on them. */
export const minResponseSamples = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * A supplier's responsiveness at `now`, or null while it has fewer than `minResponseSamples` decided requests.
 * A request is decided once answered or once its deadline passed unanswered; requests still open and unanswered
 * are left out (the supplier may yet answer). A decline counts as an answer: saying no quickly is useful.
 */
export function responsivenessOf(samples: readonly ResponseSample[], now: Date): Responsiveness | null {
  const decided = samples.filter((s) => s.respondedAt !== null || s.quoteDeadline.getTime() <= now.getTime());
  if (decided.length < minResponseSamples) return null;
  const hours = decided
    .filter((s) => s.respondedAt !== null)
    .map((s) => Math.max(0, ((s.respondedAt as Date).getTime() - s.matchedAt.getTime()) / 3_600_000));
  return {
    responseRate: hours.length / decided.length,
    // Never answering is as slow as it gets: use the cap the scoring treats as worthless.
    medianResponseHours: hours.length > 0 ? Math.round(median(hours) * 10) / 10 : 168,
    sampleSize: decided.length,
  };
}

export interface AwardRate {
  /** Requests this buyer awarded. */
  awarded: number;
  /** Requests that ended after being published: awarded, closed without award, expired or cancelled. */
  ended: number;
  /** awarded / ended, 0–1; null until the buyer has ended a request. */
  rate: number | null;
}

export function awardRateOf(counts: { awarded: number; ended: number }): AwardRate {
  return {
    awarded: counts.awarded,
    ended: counts.ended,
    rate: counts.ended > 0 ? Math.round((counts.awarded / counts.ended) * 1000) / 1000 : null,
  };
}
