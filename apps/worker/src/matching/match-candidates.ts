// The facts scoring needs, gathered from Postgres for either direction of matching: a request as `MatchRequest`,
// a supplier as `MatchCandidate` (with its responsiveness), and the rule for who may match at all.
import { type Executor, requestResponseRepository, type SourcingRequest, type Supplier } from "@ketnoi/db";
import {
  type MatchCandidate,
  type MatchRequest,
  type Responsiveness,
  responsivenessOf,
  supplierWords,
  textRelevance,
} from "@ketnoi/domain";
import { requestKeyTerms, requestQueryText, shownTerms, termsFoundIn } from "./request-terms.js";

export function matchRequestOf(request: SourcingRequest): MatchRequest {
  return {
    categories: request.categories,
    requiredCertifications: request.requiredCertifications,
    delivery: { lat: request.lat, lng: request.lng },
    maxDistanceKm: request.maxDistanceKm,
    quantity: request.quantity,
    monthlyVolume: request.monthlyVolume ?? undefined,
    neededBy: request.neededBy,
    keyTerms: requestKeyTerms(request),
  };
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
  supplier: Supplier,
  request: SourcingRequest,
  responsiveness: Responsiveness | null,
): MatchCandidate {
  return {
    id: supplier.id,
    categories: supplier.categories,
    certifications: supplier.certifications.map((c) => ({ code: c.code, expiresOn: c.expiresOn })),
    lat: supplier.lat,
    lng: supplier.lng,
    deliveryRadiusKm: supplier.deliveryRadiusKm,
    monthlyCapacity: supplier.monthlyCapacity,
    moq: supplier.moq,
    leadTimeDays: supplier.leadTimeDays,
    verified: supplier.verificationStatus === "verified",
    textRelevance: textRelevance(requestQueryText(request), supplierWords(supplier)),
    matchedTerms: termsFoundIn(shownTerms(request), [
      supplier.descriptionVi,
      supplier.descriptionEn,
      ...supplier.materials,
      ...supplier.processes,
      ...supplier.exampleProducts,
    ]),
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
