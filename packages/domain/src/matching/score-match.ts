// Scores one supplier against one sourcing request: a weighted 0–100 score, a verdict that keeps hard
// requirements visible as near misses, and the facts behind both for the UIs to explain.

import { distanceKm } from "../geo/distance.js";
import { isCertificationActive } from "../suppliers/certification-status.js";
import { getCategory, getCertification, resolveCertification } from "../taxonomy/index.js";
import { daysBetween } from "../time/calendar-date.js";
import { countingUnitOf } from "../units/quantity-units.js";
import { distanceSensitivity, distanceWeightFactor, halfValueDistanceKm } from "./goods-bulk.js";
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
/** When the buyer must split the volume, how much more capacity counts: the share covered is what it compares. */
const splitCapacityWeightFactor = 2.5;
/** A first order below the MOQ, with a monthly volume above it: the buyer would ask, a little less gladly. */
const moqWithinMonthlyValue = 0.8;
/** Two weeks late is as good as missing the date for most production plans. */
const lateDaysToZero = 14;
/** A reply within a working day is as good as it gets; after a week the buyer has moved on. */
const fastReplyHours = 24;
const slowReplyHours = 168;
/**
 * Words this well covered make a supplier of another trade a match all the same (soft retrieval): it plainly makes
 * the item, whatever it is filed under. Below it, a supplier of an unrelated trade is excluded.
 */
const strongTextFit = 0.6;
/**
 * A group's member the request's words do not name, when they name others: of the trade asked for, but not what
 * the buyer described.
 */
const outsideFocusFit = 0.6;
/**
 * A related category (a sibling, or a supplier filed only under the group) with fewer of the request's words than
 * this is not a candidate: it claims the neighbourhood but says nothing of the item.
 */
const relatedTextFit = 0.5;
/**
 * A supplier filed under the trade right above the requested specialism: of the trade, its specialism unsaid. High
 * enough to need no words of the item (it is no neighbour), below an exact filing.
 */
const parentTradeFit = 0.8;
/** What an unknown fact is worth: neither rewarded nor punished, so complete profiles win ties. */
const neutral = 0.5;

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Whether a supplier neither of the request's trades nor filed above them could be kept for its words alone: a
 * neighbour needs `relatedTextFit`, another trade `strongTextFit`, and below the lower one scoring excludes it
 * whatever else it offers. Lets the reverse direction skip requests such a supplier cannot fit before loading them.
 */
export function mayFitByWordsAlone(textRelevance: number): boolean {
  return textRelevance >= Math.min(relatedTextFit, strongTextFit);
}

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
 * 1 when the supplier's category is the requested one or lies under a requested group; 0.8 for the trade right
 * above the requested specialism when that is not a top-level group; 0.5 for a sibling under the same parent (a
 * carton maker can often make paper boxes) and for a supplier tagged only with a top-level group containing the
 * requested leaf (it claims the trade but not this product).
 */
function pairFit(requested: string, offered: string): number {
  if (requested === offered) return 1;
  if (ancestorsOf(offered).includes(requested)) return 1;
  const above = ancestorsOf(requested);
  // The trade right above a specialism (CNC machining for CNC turning) is the trade itself, said more broadly;
  // a top-level group (metal, rubber) only claims the neighbourhood.
  if (above[0] === offered && getCategory(offered)?.parent != null) return parentTradeFit;
  if (above.includes(offered)) return 0.5;
  const parent = getCategory(requested)?.parent ?? null;
  if (parent !== null && parent === (getCategory(offered)?.parent ?? null)) return 0.5;
  return 0;
}

function categoryFit(request: MatchRequest, candidate: MatchCandidate): { value: number; matched: string[] } {
  const focus = request.focusCategories ?? [];
  const inFocus = (offered: string) =>
    focus.some((code) => code === offered || ancestorsOf(offered).includes(code));
  // The best pair decides: a request naming several categories is served by a supplier of any one of them.
  const fitOf = (offered: string) =>
    Math.max(
      0,
      ...request.categories.map((requested) => {
        const fit = pairFit(requested, offered);
        // Within a requested group whose members the words name, the others of the group (and a supplier filed
        // under the whole group, unless its own words name a member in focus) are of the trade, not the item.
        const group = offered === requested || ancestorsOf(offered).includes(requested);
        return fit === 1 && group && focus.length > 0 && !inFocus(offered) ? outsideFocusFit : fit;
      }),
    );
  const fits = candidate.categories.map((offered) => ({ offered, fit: fitOf(offered) }));
  // What its own words say it makes, under a group it filed: claimed, not filed, so never an exact fit.
  for (const stated of candidate.specialisms ?? [])
    fits.push({ offered: stated, fit: Math.min(parentTradeFit, fitOf(stated)) });
  const value = Math.max(0, ...fits.map((f) => f.fit));
  const matched = value === 0 ? [] : fits.filter((f) => f.fit === value).map((f) => f.offered);
  return { value, matched: [...new Set(matched)] };
}

// ── Certifications ───────────────────────────────────────────────────────────────────────────────────────────

function certificationCode(text: string): string {
  return getCertification(text)?.code ?? resolveCertification(text)?.code ?? text;
}

/**
 * A required certificate counts when it is valid on the needed-by date (or today, if that has passed): one that
 * lapses before the goods are delivered does not cover the order it was required for.
 */
function certificationCoverage(
  request: MatchRequest,
  candidate: MatchCandidate,
  today: string,
): Required<MatchExplanation["certifications"]> & { value: number } {
  const required = [...new Set(request.requiredCertifications.map(certificationCode))];
  const held = candidate.certifications.map((cert) => ({ ...cert, code: certificationCode(cert.code) }));
  const deliveryDay = request.neededBy > today ? request.neededBy : today;
  const covered: string[] = [];
  const missing: string[] = [];
  const expired: string[] = [];
  const expiresBeforeDelivery: string[] = [];
  for (const code of required) {
    const copies = held.filter((cert) => cert.code === code);
    if (copies.some((cert) => isCertificationActive(cert, deliveryDay))) covered.push(code);
    else if (copies.some((cert) => isCertificationActive(cert, today))) expiresBeforeDelivery.push(code);
    else if (copies.length > 0) expired.push(code);
    else missing.push(code);
  }
  const value = required.length === 0 ? 1 : covered.length / required.length;
  return { covered, missing, expired, expiresBeforeDelivery, value };
}

// ── Distance ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Within a limit, falls linearly to 0 at the limit. Without one, halves at a distance that depends on the goods
 * (`halfValueDistanceKm`) and never reaches 0: a far supplier ranks lower, it is never hidden.
 */
function distanceValue(
  km: number,
  maxKm: number | null,
  halfValueKm: number,
  deliveryRadiusKm: number | null,
): number {
  const base =
    maxKm === null ? 1 / (1 + km / halfValueKm) : maxKm > 0 ? clamp01(1 - km / maxKm) : km === 0 ? 1 : 0;
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
  splitVolume: boolean,
): { value: number; status: MatchExplanation["capacity"]; tooSmall: boolean; share: number | undefined } {
  if (capacity === null) return { value: neutral, status: "unknown", tooSmall: false, share: undefined };
  if (!sameUnit(need, capacity))
    return { value: neutral, status: "different_unit", tooSmall: false, share: undefined };
  if (need.value <= 0) return { value: 1, status: "fits", tooSmall: false, share: undefined };
  const ratio = capacity.value / need.value;
  if (ratio >= 1)
    return { value: clamp01(ratio / capacityHeadroom), status: "fits", tooSmall: false, share: undefined };
  // The buyer will split a volume most plants cannot take: what each covers is the ranking, not a shortfall.
  if (splitVolume) return { value: clamp01(ratio), status: "partial", tooSmall: false, share: ratio };
  return {
    value: clamp01(ratio / capacityHeadroom),
    status: "too_small",
    tooSmall: ratio < minCapacityShare,
    share: undefined,
  };
}

/**
 * The MOQ against what the buyer says it will buy: the order quantity, or the monthly volume of a recurring need
 * (a trial order of 2,000 against an MOQ of 5,000 is no obstacle when 30,000 follow every month).
 */
function moqFit(
  quantity: MatchQuantity,
  monthlyVolume: MatchQuantity | undefined,
  moq: MatchQuantity | null,
): MatchExplanation["moq"] {
  // An MOQ in another unit cannot be compared, so it is treated like an unstated one rather than a failure.
  if (moq === null || !sameUnit(quantity, moq)) return "unknown";
  if (moq.value <= quantity.value) return "fits";
  if (monthlyVolume && sameUnit(monthlyVolume, moq) && moq.value <= monthlyVolume.value)
    return "fits_monthly";
  return "above_quantity";
}

/**
 * Whether the need is above the monthly capacity of most suppliers that state one in a comparable unit (at least
 * three must, or there is no "most" to speak of): then no single supplier is expected to cover it.
 */
export function needExceedsMostCapacities(
  need: MatchQuantity,
  capacities: readonly (MatchQuantity | null)[],
): boolean {
  const comparable = capacities.filter((c): c is MatchQuantity => c !== null && sameUnit(need, c));
  if (comparable.length < 3) return false;
  const below = comparable.filter((c) => c.value < need.value).length;
  return below > comparable.length / 2;
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
  const splitVolume = request.splitVolume ?? false;
  const capacity = capacityFit(need, candidate.monthlyCapacity, splitVolume);
  const moq = moqFit(request.quantity, request.monthlyVolume, candidate.moq);
  const leadTime = leadTimeFit(candidate.leadTimeDays, options.today, request.neededBy);
  const sensitivity = distanceSensitivity(request.categories);
  const reachKm = request.maxDistanceKm === null ? null : matchReachKm(request.maxDistanceKm);

  const values: Record<MatchComponentName, number> = {
    text_relevance: clamp01(candidate.textRelevance),
    category_fit: category.value,
    certification_coverage: certs.value,
    distance: distanceValue(
      km,
      request.maxDistanceKm,
      halfValueDistanceKm[sensitivity],
      candidate.deliveryRadiusKm,
    ),
    capacity: capacity.value,
    moq: moq === "above_quantity" ? 0 : moq === "fits_monthly" ? moqWithinMonthlyValue : 1,
    lead_time: leadTime.value,
    verification: candidate.verified ? 1 : 0,
    responsiveness: responsivenessValue(candidate.responsiveness),
  };
  // What the goods and the volume make matter more or less; the score divides by the total, so it stays 0–100.
  const weightFactor: Partial<Record<MatchComponentName, number>> = {
    distance: distanceWeightFactor[sensitivity],
    ...(splitVolume && { capacity: splitCapacityWeightFactor }),
  };
  const components: MatchComponent[] = (Object.keys(matchWeights) as MatchComponentName[]).map((name) => ({
    name,
    weight: Math.round(matchWeights[name] * (weightFactor[name] ?? 1) * 1000) / 1000,
    value: values[name],
  }));
  const totalWeight = components.reduce((sum, c) => sum + c.weight, 0);
  const weighted = components.reduce((sum, c) => sum + c.weight * c.value, 0);
  const score = Math.round(Math.min(100, Math.max(0, (100 * weighted) / totalWeight)) * 10) / 10;

  const exclusionReasons: ExclusionReason[] = [];
  // Another trade only with words that plainly say it makes the item; a related one with at least some of them.
  const needed = category.value === 0 ? strongTextFit : category.value <= 0.5 ? relatedTextFit : 0;
  if (values.text_relevance < needed) exclusionReasons.push("category_mismatch");
  if (reachKm !== null && km > reachKm) exclusionReasons.push("too_far");

  const nearMissReasons: NearMissReason[] = [];
  if (certs.missing.length > 0) nearMissReasons.push("certification_missing");
  if (certs.expired.length > 0 || certs.expiresBeforeDelivery.length > 0)
    nearMissReasons.push("certification_expired");
  if (request.maxDistanceKm !== null && km > request.maxDistanceKm && !exclusionReasons.includes("too_far"))
    nearMissReasons.push("too_far");
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
      certifications: {
        covered: certs.covered,
        missing: certs.missing,
        expired: certs.expired,
        expiresBeforeDelivery: certs.expiresBeforeDelivery,
      },
      distanceKm: km,
      maxDistanceKm: request.maxDistanceKm,
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
        ...(capacity.share !== undefined && { capacityShare: Math.round(capacity.share * 1000) / 1000 }),
      },
    },
  };
}
