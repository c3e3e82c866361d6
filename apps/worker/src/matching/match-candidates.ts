// The facts scoring needs, gathered from Postgres for either direction of matching: a request as `MatchRequest`,
// a supplier as `MatchCandidate` (with its responsiveness), and the rule for who may match at all. Each side's
// words are prepared once per run (`prepareRequest`, `prepareSupplier`): a forward run meets one request with up
// to 400 suppliers, a reverse run one supplier with thousands of requests.
import { type Executor, requestResponseRepository, type SourcingRequest, type Supplier } from "@ketnoi/db";
import {
  focusWithinGroups,
  foldSupplierText,
  foldVietnamese,
  getCategory,
  type MatchCandidate,
  type MatchRequest,
  type Responsiveness,
  responsivenessOf,
  statedSpecialisms,
  textRelevance,
} from "@ketnoi/domain";
import { requestQueryText, shownTerms } from "./request-terms.js";

/** A request as every supplier it meets sees it. */
export interface PreparedRequest {
  request: SourcingRequest;
  facts: MatchRequest;
  /** The words that rank candidates (`requestQueryText`). */
  queryText: string;
  /** The words quoted back to people when a supplier's profile contains them, with their folded form. */
  shownTerms: { term: string; folded: string }[];
}

/** A supplier as every request it meets sees it. */
export interface PreparedSupplier {
  supplier: Supplier;
  /** What its own words say it makes under a group it filed (`statedSpecialisms`). */
  specialisms: string[];
  /** Everything it is found by, as folded words (`foldSupplierText`), its stated specialisms' names included. */
  words: Set<string>;
  /** Its descriptions, materials, processes and products as one folded text, where shown terms are looked up. */
  foldedProfile: string;
}

export function prepareRequest(request: SourcingRequest): PreparedRequest {
  const focusCategories = focusWithinGroups(request.categories, {
    title: request.title,
    description: request.description,
    specification: [request.specification.text, request.specification.material ?? ""].join("\n"),
  });
  const focusNames = focusCategories.flatMap((code) => {
    const category = getCategory(code);
    return category ? [category.nameEn] : [];
  });
  return {
    request,
    facts: {
      categories: request.categories,
      focusCategories,
      requiredCertifications: request.requiredCertifications,
      delivery: { lat: request.lat, lng: request.lng },
      maxDistanceKm: request.maxDistanceKm,
      quantity: request.quantity,
      monthlyVolume: request.monthlyVolume ?? undefined,
      neededBy: request.neededBy,
      // As the last forward run found it; the forward run judges it again from its candidates.
      splitVolume: request.splitVolume,
    },
    queryText: requestQueryText(request, focusNames),
    shownTerms: shownTerms(request).map((term) => ({ term, folded: foldVietnamese(term) })),
  };
}

export function prepareSupplier(supplier: Supplier): PreparedSupplier {
  const specialisms = statedSpecialisms(supplier);
  const { words, profile } = foldSupplierText({
    ...supplier,
    categories: [...supplier.categories, ...specialisms],
  });
  return { supplier, specialisms, words, foldedProfile: profile };
}

/**
 * Who may match: active suppliers only (paused ones are out of the market until they resume), and never the
 * buyer's own organisation. Unverified suppliers may: verification is a small score component, because most of
 * the supplier base is imported and unverified, and hiding it would leave buyers with nothing.
 */
export function mayMatch(supplier: Supplier, request: SourcingRequest): boolean {
  return supplier.status === "active" && supplier.organizationId !== request.organizationId;
}

/**
 * The supplier as scoring sees it for this request. Its text relevance is how well its own words cover the
 * request's query (`textRelevance`), the same whichever direction the matching runs in.
 */
export function matchCandidateOf(
  { supplier, specialisms, words, foldedProfile }: PreparedSupplier,
  request: PreparedRequest,
  responsiveness: Responsiveness | null,
): MatchCandidate {
  return {
    id: supplier.id,
    categories: supplier.categories,
    specialisms,
    certifications: supplier.certifications.map((c) => ({ code: c.code, expiresOn: c.expiresOn })),
    lat: supplier.lat,
    lng: supplier.lng,
    deliveryRadiusKm: supplier.deliveryRadiusKm,
    monthlyCapacity: supplier.monthlyCapacity,
    moq: supplier.moq,
    leadTimeDays: supplier.leadTimeDays,
    verified: supplier.verificationStatus === "verified",
    textRelevance: textRelevance(request.queryText, words),
    matchedTerms: request.shownTerms
      .filter(({ folded }) => foldedProfile.includes(folded))
      .map((t) => t.term),
    responsiveness,
  };
}

/** Each supplier's responsiveness at `now` (null while it has too little history to judge). */
export async function responsivenessOfSuppliers(
  db: Executor,
  supplierIds: string[],
  now: Date,
): Promise<Map<string, Responsiveness | null>> {
  const samples = await requestResponseRepository.responseSamplesOf(db, supplierIds);
  return new Map(supplierIds.map((id) => [id, responsivenessOf(samples.get(id) ?? [], now)]));
}
