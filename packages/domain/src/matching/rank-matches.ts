import { needExceedsMostCapacities, scoreMatch } from "./score-match.js";
import type {
  MatchCandidate,
  MatchOptions,
  MatchRequest,
  MatchResult,
  NearMissReason,
  RankedMatch,
} from "./types.js";

/** Code-unit order, not locale order, so the result is the same on every machine. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const verdictOrder = { match: 0, near_miss: 1, excluded: 2 } as const;

/**
 * Scores every candidate and orders them for the buyer: matches before near misses, then by score, then by id so
 * the same inputs always give the same list (pagination and the weekly digest rely on it). Excluded ones are
 * dropped. Whether the volume must be split (`MatchRequest.splitVolume`) is judged from the candidates unless given.
 */
export function rankMatches(
  request: MatchRequest,
  candidates: readonly MatchCandidate[],
  options: MatchOptions,
): RankedMatch[] {
  const splitVolume =
    request.splitVolume ??
    needExceedsMostCapacities(
      request.monthlyVolume ?? request.quantity,
      candidates.map((candidate) => candidate.monthlyCapacity),
    );
  const facts = { ...request, splitVolume };
  return candidates
    .map((candidate) => ({ id: candidate.id, ...scoreMatch(facts, candidate, options) }))
    .filter((result) => result.verdict !== "excluded")
    .sort(
      (a, b) =>
        verdictOrder[a.verdict] - verdictOrder[b.verdict] || b.score - a.score || compareCodes(a.id, b.id),
    );
}

export interface NearMissReasonCount {
  reason: NearMissReason;
  /** Set for certification reasons: the certification code that was missing or expired. */
  certification?: string;
  /** The supplier's category the request was for, when it matched one. */
  category?: string;
  count: number;
}

/**
 * Counts why a supplier came close but missed, across many requests, for lines such as "3 carton requests needed
 * FSC". Only near misses count; each certification is counted separately because each is a separate fix.
 * Sorted by count, then reason, certification and category, so the email is stable.
 */
export function groupNearMissReasons(results: readonly MatchResult[]): NearMissReasonCount[] {
  const counts = new Map<string, NearMissReasonCount>();
  const add = (reason: NearMissReason, category: string | undefined, certification?: string) => {
    const key = JSON.stringify([reason, certification ?? null, category ?? null]);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else
      counts.set(key, {
        reason,
        ...(certification !== undefined && { certification }),
        ...(category !== undefined && { category }),
        count: 1,
      });
  };
  for (const { verdict, explanation } of results) {
    if (verdict !== "near_miss") continue;
    const category = explanation.matchedCategories[0];
    for (const reason of explanation.nearMissReasons) {
      if (reason === "certification_missing") {
        for (const code of explanation.certifications.missing) add(reason, category, code);
      } else if (reason === "certification_expired") {
        for (const code of explanation.certifications.expired) add(reason, category, code);
      } else add(reason, category);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.count - a.count ||
      compareCodes(a.reason, b.reason) ||
      compareCodes(a.certification ?? "", b.certification ?? "") ||
      compareCodes(a.category ?? "", b.category ?? ""),
  );
}
