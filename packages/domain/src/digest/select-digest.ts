// Decides what one recipient's weekly digest says: only what is new in its window, best first, a few items per
// section with the totals behind them, and whether there is anything to send at all.
import { groupNearMissReasons, type NearMissReasonCount } from "../matching/rank-matches.js";
import type { MatchResult } from "../matching/types.js";
import { hcmcDate } from "../suppliers/certification-status.js";
import { addDays, daysBetween } from "../time/calendar-date.js";
import type {
  BuyerRequestActivity,
  DigestActivity,
  DigestWindow,
  MatchedSupplier,
  NearMissedRequest,
  ReceivedQuote,
  RequestOpportunity,
  SupplierActivity,
} from "./digest-activity.js";

export interface DigestLimits {
  /** Items listed per section (matches of a request, quotes of a request, opportunities of a profile). */
  itemsPerSection: number;
  /** Buyer requests listed; the others are counted. */
  requests: number;
  /** Near-miss reason lines per supplier profile. */
  nearMissGroups: number;
}

export const defaultDigestLimits: DigestLimits = { itemsPerSection: 5, requests: 5, nearMissGroups: 5 };

/** Certificates this close to expiry are worth a reminder: time enough to book a re-audit. */
export const certificationWarningDays = 30;

export interface SelectedBuyerRequest {
  requestId: string;
  title: string;
  quoteDeadline: Date;
  matches: MatchedSupplier[];
  matchCount: number;
  quotes: ReceivedQuote[];
  quoteCount: number;
}

export interface ExpiringCertification {
  code: string;
  /** YYYY-MM-DD. */
  expiresOn: string;
  daysLeft: number;
}

export interface SelectedSupplier {
  supplierId: string;
  supplierName: string;
  opportunities: RequestOpportunity[];
  opportunityCount: number;
  nearMissGroups: NearMissReasonCount[];
  /** Requests narrowly missed (each may count in several groups). */
  nearMissCount: number;
  expiringCertifications: ExpiringCertification[];
}

export interface DigestSelection {
  buyerRequests: SelectedBuyerRequest[];
  /** Requests with news, including those beyond the listed ones. */
  buyerRequestCount: number;
  newMatchCount: number;
  newQuoteCount: number;
  suppliers: SelectedSupplier[];
  newOpportunityCount: number;
  nearMissCount: number;
  /** Everything new the digest reports, listed or counted: what the ledger records. */
  itemCount: number;
  /** False when nothing is new: no email then. */
  hasNews: boolean;
}

const within = (at: Date, window: DigestWindow) =>
  at.getTime() > window.since.getTime() && at.getTime() <= window.until.getTime();

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function selectBuyerRequest(
  request: BuyerRequestActivity,
  window: DigestWindow,
  limits: DigestLimits,
): SelectedBuyerRequest {
  const matches = request.matches
    .filter((m) => within(m.matchedAt, window))
    .sort((a, b) => b.score - a.score || compareText(a.supplierId, b.supplierId));
  const quotes = request.quotes
    .filter((q) => within(q.receivedAt, window))
    .sort(
      (a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || compareText(a.responseId, b.responseId),
    );
  return {
    requestId: request.requestId,
    title: request.title,
    quoteDeadline: request.quoteDeadline,
    matches: matches.slice(0, limits.itemsPerSection),
    matchCount: matches.length,
    quotes: quotes.slice(0, limits.itemsPerSection),
    quoteCount: quotes.length,
  };
}

/**
 * Certificates that expire within `certificationWarningDays` of `today`. Only those that came within that
 * range since the last digest are news; the others are repeated as a reminder when something else is sent.
 */
function expiringCertifications(
  supplier: SupplierActivity,
  today: string,
  sinceDate: string,
): { listed: ExpiringCertification[]; newlyExpiring: number } {
  const horizon = addDays(today, certificationWarningDays);
  const previousHorizon = addDays(sinceDate, certificationWarningDays);
  const listed = supplier.certifications
    .flatMap((cert) =>
      cert.expiresOn !== undefined && cert.expiresOn >= today && cert.expiresOn <= horizon
        ? [{ code: cert.code, expiresOn: cert.expiresOn, daysLeft: daysBetween(today, cert.expiresOn) }]
        : [],
    )
    .sort((a, b) => compareText(a.expiresOn, b.expiresOn) || compareText(a.code, b.code));
  return { listed, newlyExpiring: listed.filter((cert) => cert.expiresOn > previousHorizon).length };
}

function asNearMissResult(nearMiss: NearMissedRequest): MatchResult {
  return { verdict: "near_miss", score: 0, components: [], explanation: nearMiss.explanation };
}

function selectSupplier(
  supplier: SupplierActivity,
  window: DigestWindow,
  limits: DigestLimits,
): { selected: SelectedSupplier; news: number } {
  const opportunities = supplier.opportunities
    // A request whose quote deadline passed is no opportunity any more, however new the match.
    .filter((o) => within(o.matchedAt, window) && o.quoteDeadline.getTime() > window.until.getTime())
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.quoteDeadline.getTime() - b.quoteDeadline.getTime() ||
        compareText(a.requestId, b.requestId),
    );
  const nearMisses = supplier.nearMisses.filter((n) => within(n.matchedAt, window));
  const certifications = expiringCertifications(supplier, hcmcDate(window.until), hcmcDate(window.since));
  return {
    selected: {
      supplierId: supplier.supplierId,
      supplierName: supplier.supplierName,
      opportunities: opportunities.slice(0, limits.itemsPerSection),
      opportunityCount: opportunities.length,
      nearMissGroups: groupNearMissReasons(nearMisses.map(asNearMissResult)).slice(0, limits.nearMissGroups),
      nearMissCount: nearMisses.length,
      expiringCertifications: certifications.listed,
    },
    news: opportunities.length + nearMisses.length + certifications.newlyExpiring,
  };
}

export function selectDigest(
  activity: DigestActivity,
  window: DigestWindow,
  limits: DigestLimits = defaultDigestLimits,
): DigestSelection {
  const buyerRequests = activity.buyerRequests
    .map((request) => selectBuyerRequest(request, window, limits))
    .filter((request) => request.matchCount + request.quoteCount > 0)
    // The requests with most to look at first; among equals the one whose quote deadline comes first.
    .sort(
      (a, b) =>
        b.matchCount + b.quoteCount - (a.matchCount + a.quoteCount) ||
        a.quoteDeadline.getTime() - b.quoteDeadline.getTime() ||
        compareText(a.requestId, b.requestId),
    );
  const newMatchCount = buyerRequests.reduce((sum, r) => sum + r.matchCount, 0);
  const newQuoteCount = buyerRequests.reduce((sum, r) => sum + r.quoteCount, 0);

  const supplierResults = activity.suppliers.map((s) => selectSupplier(s, window, limits));
  const suppliers = supplierResults
    .filter(
      ({ selected }) =>
        selected.opportunityCount + selected.nearMissCount + selected.expiringCertifications.length > 0,
    )
    .map(({ selected }) => selected);
  const supplierNews = supplierResults.reduce((sum, result) => sum + result.news, 0);
  const newOpportunityCount = suppliers.reduce((sum, s) => sum + s.opportunityCount, 0);
  const nearMissCount = suppliers.reduce((sum, s) => sum + s.nearMissCount, 0);
  const itemCount = newMatchCount + newQuoteCount + supplierNews;

  return {
    buyerRequests: buyerRequests.slice(0, limits.requests),
    buyerRequestCount: buyerRequests.length,
    newMatchCount,
    newQuoteCount,
    suppliers,
    newOpportunityCount,
    nearMissCount,
    itemCount,
    hasNews: itemCount > 0,
  };
}
