// Shapes shared by scoring, ranking and explaining a match between a sourcing request and a supplier.

export interface MatchQuantity {
  value: number;
  /** A quantity unit code (`pieces`, `kg`); common aliases such as "cái" or "pcs" are understood too. */
  unit: string;
}

export interface MatchRequest {
  /** Taxonomy codes, leaves or groups. */
  categories: string[];
  /**
   * For a request filed under a whole group ("packaging"), the members its words name ("stretch film", "tape";
   * see `focusWithinGroups`): suppliers of those rank above the rest of the group, so a vague request does not
   * drown the right supplier among dozens of loosely related ones.
   */
  focusCategories?: readonly string[] | undefined;
  /** Certification codes (`iso-9001`); written forms such as "ISO 9001:2015" are resolved. */
  requiredCertifications: string[];
  delivery: { lat: number; lng: number };
  /** null: the buyer set no limit; distance is then only a soft factor (see `goods-bulk.ts`). */
  maxDistanceKm: number | null;
  quantity: MatchQuantity;
  monthlyVolume?: MatchQuantity | undefined;
  /** YYYY-MM-DD, Ho Chi Minh City date. */
  neededBy: string;
  /**
   * The need is above most candidates' monthly capacity (`needExceedsMostCapacities`): the buyer will split it,
   * so capacity ranks by the share each supplier covers and a small share is no near miss. `rankMatches` works it
   * out from its candidates when not given; the reverse direction passes what the request's forward run found.
   */
  splitVolume?: boolean | undefined;
}

export interface MatchCandidate {
  id: string;
  categories: string[];
  /**
   * For a supplier filed under a whole group, the members its own product and process words name
   * (`statedSpecialisms`): a trade it claims in words, which fits at most as well as the trade above a specialism.
   */
  specialisms?: readonly string[] | undefined;
  certifications: { code: string; expiresOn?: string | undefined }[];
  lat: number;
  lng: number;
  deliveryRadiusKm: number | null;
  monthlyCapacity: MatchQuantity | null;
  moq: MatchQuantity | null;
  leadTimeDays: number | null;
  verified: boolean;
  /** 0–1, how well the supplier's words cover the request's query (`textRelevance`). */
  textRelevance: number;
  matchedTerms: string[];
  responsiveness?: { responseRate: number; medianResponseHours: number } | null | undefined;
}

export interface MatchOptions {
  /** YYYY-MM-DD in Ho Chi Minh City (see `hcmcDate`); passed in so scoring stays pure and repeatable. */
  today: string;
}

export type MatchComponentName =
  | "text_relevance"
  | "category_fit"
  | "certification_coverage"
  | "distance"
  | "capacity"
  | "moq"
  | "lead_time"
  | "verification"
  | "responsiveness";

export interface MatchComponent {
  name: MatchComponentName;
  weight: number;
  /** 0–1. */
  value: number;
}

export type MatchVerdict = "match" | "near_miss" | "excluded";

export type NearMissReason =
  | "certification_missing"
  /** Expired today, or expiring before the needed-by date: either way it must be renewed to serve this order. */
  | "certification_expired"
  | "too_far"
  | "capacity_too_small"
  | "moq_above_quantity";

export type ExclusionReason = "category_mismatch" | "too_far";

/**
 * Language-neutral facts behind a score, rendered by the web UI and the emails (see `explainMatch`). Codes, not
 * names, so each reader shows them in its own language.
 */
export interface MatchExplanation {
  /** `same`: the supplier makes exactly what was asked (or a leaf of the requested group); `related`: a sibling. */
  categoryFit: "same" | "related" | "none";
  /** The supplier's category codes that earned the category fit. */
  matchedCategories: string[];
  matchedTerms: string[];
  /** Certification codes, in the order the request lists them. */
  certifications: {
    covered: string[];
    missing: string[];
    expired: string[];
    /** Valid today but expiring before the needed-by date; absent in explanations stored before it existed. */
    expiresBeforeDelivery?: string[];
  };
  /** Rounded to 0.1 km; the rules use this same figure, so what is shown is what was judged. */
  distanceKm: number;
  /** The buyer's limit; null (or absent, before limits could be left open) when the buyer set none. */
  maxDistanceKm?: number | null;
  /** The supplier states a delivery radius and the buyer is beyond it. */
  outsideDeliveryRadius: boolean;
  /** `partial`: the need is above most suppliers' capacity and this one covers `figures.capacityShare` of it. */
  capacity: "fits" | "too_small" | "partial" | "unknown" | "different_unit";
  /** `fits_monthly`: above the first order, but within the monthly volume the buyer states. */
  moq: "fits" | "fits_monthly" | "above_quantity" | "unknown";
  leadTime: "in_time" | "late" | "unknown";
  nearMissReasons: NearMissReason[];
  exclusionReasons: ExclusionReason[];
  /** The figures the human lines quote. */
  figures: {
    monthlyCapacity: MatchQuantity | null;
    /** Monthly volume when the request has one, else the order quantity. */
    need: MatchQuantity;
    needIsMonthly: boolean;
    quantity: MatchQuantity;
    moq: MatchQuantity | null;
    leadTimeDays: number | null;
    /** Days past `neededBy` the supplier would deliver; 0 when in time or unknown. */
    daysLate: number;
    /** 0–1, the share of the need the capacity covers, when the capacity is `partial`. */
    capacityShare?: number;
  };
}

export interface MatchResult {
  /** 0–100, one decimal. */
  score: number;
  verdict: MatchVerdict;
  components: MatchComponent[];
  explanation: MatchExplanation;
}

export interface RankedMatch extends MatchResult {
  id: string;
}
