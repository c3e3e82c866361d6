// Scores one supplier against one sourcing request: a weighted 0–100 score, a verdict that keeps hard
// requirements visible as near misses, and the facts behind both for the UIs to explain.

import { distanceKm } from "../geo/distance.js";
import { isCertificationActive } from "../suppliers/certification-status.js";
import { getCategory, getCertification, resolveCertification } from "../taxonomy/index.js";
import { daysBetween } from "../time/calendar-date.js";
import { countingUnitOf } from "../units/quantity-units.js";
import { matchReachKm } from "./match-reach.js";
import type {
  ExclusionReason,
  MatchCandidate,
  MatchComponent,
  MatchComponentName,
  MatchExplanation,
  MatchOptions,
  MatchQuantity,
  MatchRequest,
  MatchResult,
  NearMissReason,
} from "./types.js";
import { matchWeights } from "./weights.js";

/** Capacity this far above the need counts fully: a supplier running at 100 % has no room for a new buyer. */
const capacityHeadroom = 1.2;
/** Below this share of the need a supplier cannot realistically serve the request alone. */
const minCapacityShare = 0.3;
/** Two weeks late is as good as missing the date for most production plans. */
const lateDaysToZero = 14;
/** A reply within a working day is as good as it gets; after a week the buyer has moved on. */
const fastReplyHours = 24;
const slowReplyHours = 168;
/** What an unknown fact is worth: neither rewarded nor punished, so complete profiles win ties. */
const neutral = 0.5;

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

// ── Category fit ─────────────────────────────────────────────────────────────────────────────────────────────

function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  let parent = getCategory(code)?.parent ?? null;
  while (parent !== null && !out.includes(parent)) {
    out.push(parent);
    parent = getCategory(parent)?.parent ?? null;
  }
  return out;
}

/**
 * 1 when the supplier's category is the requested one or lies under a requested group; 0.5 for a sibling under
 * the same parent (a carton maker can often make paper boxes) and for a supplier tagged only with the group
 * containing the requested leaf (it claims the trade but not this product).
 */
function pairFit(requested: string, offered: string): number {
  if (requested === offered) return 1;
  if (ancestorsOf(offered).includes(requested)) return 1;
  if (ancestorsOf(requested).includes(offered)) return 0.5;
  const parent = getCategory(requested)?.parent ?? null;
  if (parent !== null && parent === (getCategory(offered)?.parent ?? null)) return 0.5;
  return 0;
}

function categoryFit(request: MatchRequest, candidate: MatchCandidate): { value: number; matched: string[] } {
  // The best pair decides: a request naming several categories is served by a supplier of any one of them.
  const fits = candidate.categories.map((offered) => ({
    offered,
    fit: Math.max(0, ...request.categories.map((requested) => pairFit(requested, offered))),
  }));
  const value = Math.max(0, ...fits.map((f) => f.fit));
  const matched = value === 0 ? [] : fits.filter((f) => f.fit === value).map((f) => f.offered);
  return { value, matched: [...new Set(matched)] };
}

// ── Certifications ───────────────────────────────────────────────────────────────────────────────────────────

function certificationCode(text: string): string {
  return getCertification(text)?.code ?? resolveCertification(text)?.code ?? text;
}

function certificationCoverage(
  request: MatchRequest,
  candidate: MatchCandidate,
  today: string,
): MatchExplanation["certifications"] & { value: number } {
  const required = [...new Set(request.requiredCertifications.map(certificationCode))];
  const held = candidate.certifications.map((cert) => ({ ...cert, code: certificationCode(cert.code) }));
  const covered: string[] = [];
  const missing: string[] = [];
  const expired: string[] = [];
  for (const code of required) {
    const copies = held.filter((cert) => cert.code === code);
    if (copies.some((cert) => isCertificationActive(cert, today))) covered.push(code);
    else if (copies.length > 0) expired.push(code);
    else missing.push(code);
  }
  const value = required.length === 0 ? 1 : covered.length / required.length;
  return { covered, missing, expired, value };
}

// ── Distance ─────────────────────────────────────────────────────────────────────────────────────────────────

function distanceValue(km: number, maxKm: number, deliveryRadiusKm: number | null): number {
  const base = maxKm > 0 ? clamp01(1 - km / maxKm) : km === 0 ? 1 : 0;
  // A supplier's own radius is a habit, not the buyer's requirement: beyond it the supplier may still deliver
  // for a good order, but the buyer will likely have to ask or arrange transport, so the value halves.
  return deliveryRadiusKm !== null && km > deliveryRadiusKm ? base / 2 : base;
}

// ── Quantities ───────────────────────────────────────────────────────────────────────────────────────────────

function sameUnit(a: MatchQuantity, b: MatchQuantity): boolean {
  return countingUnitOf(a.unit) === countingUnitOf(b.unit);
}

function capacityFit(
  need: MatchQuantity,
  capacity: MatchQuantity | null,
): { value: number; status: MatchExplanation["capacity"]; tooSmall: boolean } {
  if (capacity === null) return { value: neutral, status: "unknown", tooSmall: false };
  if (!sameUnit(need, capacity)) return { value: neutral, status: "different_unit", tooSmall: false };
  if (need.value <= 0) return { value: 1, status: "fits", tooSmall: false };
  const ratio = capacity.value / need.value;
  return {
    value: clamp01(ratio / capacityHeadroom),
    status: ratio >= 1 ? "fits" : "too_small",
    tooSmall: ratio < minCapacityShare,
  };
}

function moqFit(quantity: MatchQuantity, moq: MatchQuantity | null): MatchExplanation["moq"] {
  // An MOQ in another unit cannot be compared, so it is treated like an unstated one rather than a failure.
  if (moq === null || !sameUnit(quantity, moq)) return "unknown";
  return moq.value <= quantity.value ? "fits" : "above_quantity";
}

// ── Lead time ────────────────────────────────────────────────────────────────────────────────────────────────

function leadTimeFit(
  leadTimeDays: number | null,
  today: string,
  neededBy: string,
): { value: number; status: MatchExplanation["leadTime"]; daysLate: number } {
  if (leadTimeDays === null) return { value: neutral, status: "unknown", daysLate: 0 };
  const daysLate = Math.max(0, daysBetween(neededBy, today) + Math.ceil(leadTimeDays));
  if (daysLate === 0) return { value: 1, status: "in_time", daysLate };
  return { value: clamp01(1 - daysLate / lateDaysToZero), status: "late", daysLate };
}

// ── Responsiveness ───────────────────────────────────────────────────────────────────────────────────────────

function responsivenessValue(responsiveness: MatchCandidate["responsiveness"]): number {
  if (!responsiveness) return neutral;
  const speed = clamp01(
    (slowReplyHours - responsiveness.medianResponseHours) / (slowReplyHours - fastReplyHours),
  );
  // Replying at all matters as much as replying fast: a quick supplier that ignores half its requests is no help.
  return (clamp01(responsiveness.responseRate) + speed) / 2;
}

// ── Score ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Scores a candidate supplier for a request; see `matchWeights` for how the components combine. */
export function scoreMatch(
  request: MatchRequest,
  candidate: MatchCandidate,
  options: MatchOptions,
): MatchResult {
  const category = categoryFit(request, candidate);
  const certs = certificationCoverage(request, candidate, options.today);
  const km = Math.round(distanceKm(request.delivery, candidate) * 10) / 10;
  const need = request.monthlyVolume ?? request.quantity;
  const capacity = capacityFit(need, candidate.monthlyCapacity);
  const moq = moqFit(request.quantity, candidate.moq);
  const leadTime = leadTimeFit(candidate.leadTimeDays, options.today, request.neededBy);

  const values: Record<MatchComponentName, number> = {
    text_relevance: clamp01(candidate.textRelevance),
    category_fit: category.value,
    certification_coverage: certs.value,
    distance: distanceValue(km, request.maxDistanceKm, candidate.deliveryRadiusKm),
    capacity: capacity.value,
    moq: moq === "above_quantity" ? 0 : 1,
    lead_time: leadTime.value,
    verification: candidate.verified ? 1 : 0,
    responsiveness: responsivenessValue(candidate.responsiveness),
  };
  const components: MatchComponent[] = (Object.keys(matchWeights) as MatchComponentName[]).map((name) => ({
    name,
    weight: matchWeights[name],
    value: values[name],
  }));
  const totalWeight = components.reduce((sum, c) => sum + c.weight, 0);
  const weighted = components.reduce((sum, c) => sum + c.weight * c.value, 0);
  const score = Math.round(Math.min(100, Math.max(0, (100 * weighted) / totalWeight)) * 10) / 10;

  const exclusionReasons: ExclusionReason[] = [];
  if (category.value === 0) exclusionReasons.push("category_mismatch");
  if (km > matchReachKm(request.maxDistanceKm)) exclusionReasons.push("too_far");

  const nearMissReasons: NearMissReason[] = [];
  if (certs.missing.length > 0) nearMissReasons.push("certification_missing");
  if (certs.expired.length > 0) nearMissReasons.push("certification_expired");
  if (km > request.maxDistanceKm && !exclusionReasons.includes("too_far")) nearMissReasons.push("too_far");
  if (capacity.tooSmall) nearMissReasons.push("capacity_too_small");
  if (moq === "above_quantity") nearMissReasons.push("moq_above_quantity");

  const verdict =
    exclusionReasons.length > 0 ? "excluded" : nearMissReasons.length > 0 ? "near_miss" : "match";

  return {
    score,
    verdict,
    components,
    explanation: {
      categoryFit: category.value === 1 ? "same" : category.value > 0 ? "related" : "none",
      matchedCategories: category.matched,
      matchedTerms: [...new Set(candidate.matchedTerms)],
      certifications: { covered: certs.covered, missing: certs.missing, expired: certs.expired },
      distanceKm: km,
      outsideDeliveryRadius: candidate.deliveryRadiusKm !== null && km > candidate.deliveryRadiusKm,
      capacity: capacity.status,
      moq,
      leadTime: leadTime.status,
      nearMissReasons,
      exclusionReasons,
      figures: {
        monthlyCapacity: candidate.monthlyCapacity,
        need,
        needIsMonthly: request.monthlyVolume !== undefined,
        quantity: request.quantity,
        moq: candidate.moq,
        leadTimeDays: candidate.leadTimeDays,
        daysLate: leadTime.daysLate,
      },
    },
  };
}
