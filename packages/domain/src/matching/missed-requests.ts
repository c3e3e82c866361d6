// What would bring a supplier more requests: across the open requests it matched or nearly matched, what held it
// back and how many requests each gap costs ("7 open requests need FSC", "3 need delivery within 10 days and
// you state 21"). Only gaps the supplier can close by changing its profile or its operations are counted.
import { daysBetween } from "../time/calendar-date.js";
import type { MatchExplanation, MatchQuantity } from "./types.js";

/** One open request the supplier matched or nearly matched, as stored by the matching job. */
export interface MatchedOpenRequest {
  explanation: MatchExplanation;
  /** YYYY-MM-DD, the date the buyer needs the goods by. */
  neededBy: string;
}

/** The supplier's own figures as the profile states them today. */
export interface SupplierStatedFigures {
  leadTimeDays: number | null;
  monthlyCapacity: MatchQuantity | null;
  moq: MatchQuantity | null;
  deliveryRadiusKm: number | null;
}

export type RequestGap =
  /** Requests that require a certification the supplier does not list. */
  | { kind: "certification_missing"; code: string; requests: number }
  /** Requests that require a certification the supplier lists with an expiry date in the past. */
  | { kind: "certification_expired"; code: string; requests: number }
  /** Requests needing more per month than the stated capacity; `largestNeed` is the biggest of them. */
  | { kind: "capacity_too_small"; requests: number; stated: MatchQuantity; largestNeed: MatchQuantity }
  /** Requests counted in a unit the capacity is not stated in, so it cannot be compared. */
  | { kind: "capacity_other_unit"; requests: number; stated: MatchQuantity; units: string[] }
  /** Requests ordering less than the MOQ; `smallestQuantity` is the smallest of them. */
  | { kind: "moq_above_quantity"; requests: number; stated: MatchQuantity; smallestQuantity: MatchQuantity }
  /** Requests needed sooner than the stated lead time allows; `longestDaysAvailable` is the most time any gives. */
  | { kind: "lead_time_too_long"; requests: number; statedDays: number; longestDaysAvailable: number }
  /** Buyers beyond the stated delivery radius; `farthestKm` is the farthest of them. */
  | { kind: "outside_delivery_radius"; requests: number; statedKm: number; farthestKm: number }
  /** Requests the supplier could not be judged on because the profile leaves a figure out. */
  | { kind: "capacity_unknown"; requests: number }
  | { kind: "lead_time_unknown"; requests: number };

export type RequestGapKind = RequestGap["kind"];

export interface MissedRequestsSummary {
  /** Open requests looked at (matches and near misses). */
  openRequests: number;
  /** Of those, requests with at least one gap below. */
  requestsWithGaps: number;
  /** Most requests first; ties in a fixed order of kinds, then by certification code. */
  gaps: RequestGap[];
}

const kindOrder: RequestGapKind[] = [
  "certification_missing",
  "certification_expired",
  "lead_time_too_long",
  "capacity_too_small",
  "moq_above_quantity",
  "outside_delivery_radius",
  "capacity_other_unit",
  "lead_time_unknown",
  "capacity_unknown",
];

/**
 * Counts, for each thing the supplier lacks, the open requests it costs. Lead time is judged against today with
 * the profile's current figure (a request needed by a date `today` has already passed is not counted: nobody can
 * make that). The other gaps come from the stored explanations, which the matching job rewrites whenever the
 * request or the profile changes.
 */
export function summariseMissedRequests(
  matches: readonly MatchedOpenRequest[],
  stated: SupplierStatedFigures,
  today: string,
): MissedRequestsSummary {
  const missing = new Map<string, number>();
  const expired = new Map<string, number>();
  let capacityTooSmall: { requests: number; largest: MatchQuantity } | undefined;
  const otherUnits = new Set<string>();
  let capacityOtherUnit = 0;
  let moqAbove: { requests: number; smallest: MatchQuantity } | undefined;
  let lateTooLong: { requests: number; longest: number } | undefined;
  let outside: { requests: number; farthest: number } | undefined;
  let capacityUnknown = 0;
  let leadTimeUnknown = 0;
  let requestsWithGaps = 0;

  for (const { explanation, neededBy } of matches) {
    let gap = false;
    for (const code of new Set(explanation.certifications.missing)) {
      missing.set(code, (missing.get(code) ?? 0) + 1);
      gap = true;
    }
    for (const code of new Set(explanation.certifications.expired)) {
      expired.set(code, (expired.get(code) ?? 0) + 1);
      gap = true;
    }
    const need = explanation.figures.need;
    if (explanation.capacity === "too_small" && stated.monthlyCapacity) {
      const largest =
        capacityTooSmall && capacityTooSmall.largest.value >= need.value ? capacityTooSmall.largest : need;
      capacityTooSmall = { requests: (capacityTooSmall?.requests ?? 0) + 1, largest };
      gap = true;
    } else if (explanation.capacity === "different_unit" && stated.monthlyCapacity) {
      capacityOtherUnit += 1;
      otherUnits.add(need.unit);
      gap = true;
    } else if (explanation.capacity === "unknown" && !stated.monthlyCapacity) {
      capacityUnknown += 1;
      gap = true;
    }
    if (explanation.moq === "above_quantity" && stated.moq) {
      const quantity = explanation.figures.quantity;
      const smallest = moqAbove && moqAbove.smallest.value <= quantity.value ? moqAbove.smallest : quantity;
      moqAbove = { requests: (moqAbove?.requests ?? 0) + 1, smallest };
      gap = true;
    }
    const daysAvailable = daysBetween(today, neededBy);
    if (stated.leadTimeDays === null) {
      if (daysAvailable >= 0) {
        leadTimeUnknown += 1;
        gap = true;
      }
    } else if (daysAvailable >= 0 && stated.leadTimeDays > daysAvailable) {
      lateTooLong = {
        requests: (lateTooLong?.requests ?? 0) + 1,
        longest: Math.max(lateTooLong?.longest ?? 0, daysAvailable),
      };
      gap = true;
    }
    if (explanation.outsideDeliveryRadius && stated.deliveryRadiusKm !== null) {
      outside = {
        requests: (outside?.requests ?? 0) + 1,
        farthest: Math.max(outside?.farthest ?? 0, explanation.distanceKm),
      };
      gap = true;
    }
    if (gap) requestsWithGaps += 1;
  }

  const gaps: RequestGap[] = [];
  for (const [code, requests] of missing) gaps.push({ kind: "certification_missing", code, requests });
  for (const [code, requests] of expired) gaps.push({ kind: "certification_expired", code, requests });
  if (capacityTooSmall && stated.monthlyCapacity) {
    gaps.push({
      kind: "capacity_too_small",
      requests: capacityTooSmall.requests,
      stated: stated.monthlyCapacity,
      largestNeed: capacityTooSmall.largest,
    });
  }
  if (capacityOtherUnit > 0 && stated.monthlyCapacity) {
    gaps.push({
      kind: "capacity_other_unit",
      requests: capacityOtherUnit,
      stated: stated.monthlyCapacity,
      units: [...otherUnits].sort(),
    });
  }
  if (moqAbove && stated.moq) {
    gaps.push({
      kind: "moq_above_quantity",
      requests: moqAbove.requests,
      stated: stated.moq,
      smallestQuantity: moqAbove.smallest,
    });
  }
  if (lateTooLong && stated.leadTimeDays !== null) {
    gaps.push({
      kind: "lead_time_too_long",
      requests: lateTooLong.requests,
      statedDays: stated.leadTimeDays,
      longestDaysAvailable: lateTooLong.longest,
    });
  }
  if (outside && stated.deliveryRadiusKm !== null) {
    gaps.push({
      kind: "outside_delivery_radius",
      requests: outside.requests,
      statedKm: stated.deliveryRadiusKm,
      farthestKm: outside.farthest,
    });
  }
  if (capacityUnknown > 0) gaps.push({ kind: "capacity_unknown", requests: capacityUnknown });
  if (leadTimeUnknown > 0) gaps.push({ kind: "lead_time_unknown", requests: leadTimeUnknown });

  gaps.sort(
    (a, b) =>
      b.requests - a.requests ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      ("code" in a && "code" in b ? a.code.localeCompare(b.code) : 0),
  );
  return { openRequests: matches.length, requestsWithGaps, gaps };
}
