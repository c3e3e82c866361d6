// What happened for one recipient since their last digest, as loaded from the database: language-neutral facts
// that `selectDigest` orders, counts and cuts down to what one email shows.
import type { MatchExplanation } from "../matching/types.js";
import type { HeldCertification } from "../suppliers/certification-status.js";

/** The stretch of time a digest covers: things that happened after `since`, up to and including `until`. */
export interface DigestWindow {
  since: Date;
  until: Date;
}

export interface MatchedSupplier {
  supplierId: string;
  supplierName: string;
  verified: boolean;
  score: number;
  explanation: MatchExplanation;
  matchedAt: Date;
}

export interface ReceivedQuote {
  responseId: string;
  supplierId: string;
  supplierName: string;
  unitPrice: { amount: number; currency: string };
  /** The request's quantity unit: the price is per one of these. */
  quantityUnit: string;
  leadTimeDays: number | null;
  validUntil: string | null;
  receivedAt: Date;
  /** How the supplier matched the request; null when it quoted without a stored match (matches are rewritten). */
  explanation: MatchExplanation | null;
}

/** One of the buyer organisation's open requests and what it gained. */
export interface BuyerRequestActivity {
  requestId: string;
  title: string;
  quoteDeadline: Date;
  matches: MatchedSupplier[];
  quotes: ReceivedQuote[];
}

/** An open request a supplier fits. */
export interface RequestOpportunity {
  requestId: string;
  title: string;
  /** Null when the buyer hides its name. */
  buyerName: string | null;
  quoteDeadline: Date;
  /** YYYY-MM-DD. */
  neededBy: string;
  score: number;
  explanation: MatchExplanation;
  matchedAt: Date;
}

/** An open request a supplier nearly fit; the explanation says what was missing. */
export interface NearMissedRequest {
  requestId: string;
  title: string;
  explanation: MatchExplanation;
  matchedAt: Date;
}

export interface SupplierActivity {
  supplierId: string;
  supplierName: string;
  certifications: HeldCertification[];
  opportunities: RequestOpportunity[];
  nearMisses: NearMissedRequest[];
}

/** Everything for one recipient: the requests of the buyer organisations and the profiles of the suppliers they belong to. */
export interface DigestActivity {
  buyerRequests: BuyerRequestActivity[];
  suppliers: SupplierActivity[];
}
