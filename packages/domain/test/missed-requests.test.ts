import { describe, expect, it } from "vitest";
import {
  type MatchCandidate,
  type MatchRequest,
  type SupplierStatedFigures,
  scoreMatch,
  summariseMissedRequests,
} from "../src/matching/index.js";

const today = "2025-03-03";
const kmPerDegree = 111.195;
const delivery = { lat: 10.9, lng: 106.7 };

function request(overrides: Partial<MatchRequest> = {}): MatchRequest {
  return {
    categories: ["packaging.corrugated-cartons"],
    requiredCertifications: [],
    delivery,
    maxDistanceKm: 50,
    quantity: { value: 20_000, unit: "pieces" },
    neededBy: "2025-03-31",
    ...overrides,
  };
}

const supplier: MatchCandidate = {
  id: "s-1",
  categories: ["packaging.corrugated-cartons"],
  certifications: [{ code: "iso-9001" }, { code: "fsc", expiresOn: "2025-01-31" }],
  lat: delivery.lat + 20 / kmPerDegree,
  lng: delivery.lng,
  deliveryRadiusKm: 30,
  monthlyCapacity: { value: 50_000, unit: "pieces" },
  moq: { value: 5_000, unit: "pieces" },
  leadTimeDays: 21,
  verified: true,
  textRelevance: 1,
  matchedTerms: [],
};

const stated = (candidate: MatchCandidate): SupplierStatedFigures => ({
  leadTimeDays: candidate.leadTimeDays,
  monthlyCapacity: candidate.monthlyCapacity,
  moq: candidate.moq,
  deliveryRadiusKm: candidate.deliveryRadiusKm,
});

/** The stored shape: what the matching job wrote for this request and supplier. */
function matched(req: MatchRequest, candidate = supplier) {
  const result = scoreMatch(req, candidate, { today });
  expect(result.verdict).not.toBe("excluded");
  return { explanation: result.explanation, neededBy: req.neededBy };
}

describe("summariseMissedRequests", () => {
  it("counts the open requests each missing certification costs, most first", () => {
    const summary = summariseMissedRequests(
      [
        matched(request({ requiredCertifications: ["iso-14001", "amfori-bsci"] })),
        matched(request({ requiredCertifications: ["iso-14001"] })),
        matched(request({ requiredCertifications: ["iso-9001"] })),
        matched(request()),
      ],
      stated(supplier),
      today,
    );
    expect(summary.openRequests).toBe(4);
    expect(summary.requestsWithGaps).toBe(2);
    expect(summary.gaps).toEqual([
      { kind: "certification_missing", code: "iso-14001", requests: 2 },
      { kind: "certification_missing", code: "amfori-bsci", requests: 1 },
    ]);
  });

  it("tells an expired certificate apart from a missing one", () => {
    const summary = summariseMissedRequests(
      [matched(request({ requiredCertifications: ["fsc"] }))],
      stated(supplier),
      today,
    );
    expect(summary.gaps).toEqual([{ kind: "certification_expired", code: "fsc", requests: 1 }]);
  });

  it("says how many requests need delivery sooner than the stated lead time, and the most time any gives", () => {
    const summary = summariseMissedRequests(
      [
        matched(request({ neededBy: "2025-03-10" })), // 7 days
        matched(request({ neededBy: "2025-03-13" })), // 10 days
        matched(request({ neededBy: "2025-03-24" })), // exactly 21 days: in time
        matched(request({ neededBy: "2025-04-30" })),
      ],
      stated(supplier),
      today,
    );
    expect(summary.gaps).toEqual([
      { kind: "lead_time_too_long", requests: 2, statedDays: 21, longestDaysAvailable: 10 },
    ]);
  });

  it("judges lead time with the profile's figure today, not the one the stored match was scored with", () => {
    const stored = [matched(request({ neededBy: "2025-03-13" }))];
    expect(summariseMissedRequests(stored, { ...stated(supplier), leadTimeDays: 7 }, today).gaps).toEqual([]);
    // A date already past is nothing any lead time could meet.
    expect(summariseMissedRequests(stored, stated(supplier), "2025-03-14").gaps).toEqual([]);
  });

  it("reports capacity, MOQ and delivery radius with the extreme figure among the requests", () => {
    const summary = summariseMissedRequests(
      [
        matched(request({ quantity: { value: 80_000, unit: "pieces" } })),
        matched(request({ quantity: { value: 120_000, unit: "pieces" } })),
        matched(request({ quantity: { value: 2_000, unit: "pieces" } })),
        matched(request({ quantity: { value: 3_000, unit: "pieces" } })),
        matched(request(), { ...supplier, lat: delivery.lat + 40 / kmPerDegree }),
      ],
      stated(supplier),
      today,
    );
    expect(summary.gaps).toEqual([
      {
        kind: "capacity_too_small",
        requests: 2,
        stated: { value: 50_000, unit: "pieces" },
        largestNeed: { value: 120_000, unit: "pieces" },
      },
      {
        kind: "moq_above_quantity",
        requests: 2,
        stated: { value: 5_000, unit: "pieces" },
        smallestQuantity: { value: 2_000, unit: "pieces" },
      },
      { kind: "outside_delivery_radius", requests: 1, statedKm: 30, farthestKm: 40 },
    ]);
    expect(summary.requestsWithGaps).toBe(5);
  });

  it("names the units a capacity could not be compared with, and the figures a profile leaves out", () => {
    const silent: MatchCandidate = { ...supplier, monthlyCapacity: null, leadTimeDays: null, moq: null };
    const summary = summariseMissedRequests(
      [matched(request(), silent), matched(request({ quantity: { value: 500, unit: "kg" } }), silent)],
      stated(silent),
      today,
    );
    expect(summary.gaps).toEqual([
      { kind: "lead_time_unknown", requests: 2 },
      { kind: "capacity_unknown", requests: 2 },
    ]);
    const inKg = summariseMissedRequests(
      [matched(request({ quantity: { value: 500, unit: "kg" } }))],
      stated(supplier),
      today,
    );
    expect(inKg.gaps).toEqual([
      { kind: "capacity_other_unit", requests: 1, stated: { value: 50_000, unit: "pieces" }, units: ["kg"] },
    ]);
  });

  it("has nothing to say when every open request fits", () => {
    expect(summariseMissedRequests([matched(request())], stated(supplier), today)).toEqual({
      openRequests: 1,
      requestsWithGaps: 0,
      gaps: [],
    });
    expect(summariseMissedRequests([], stated(supplier), today).gaps).toEqual([]);
  });
});
