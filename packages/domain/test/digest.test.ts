import { describe, expect, it } from "vitest";
import {
  type DigestActivity,
  type DigestWindow,
  describeNearMissGroup,
  digestPeriod,
  dueDigestDays,
  isDigestDue,
  isKnownTimeZone,
  isoWeekKey,
  matchWhyLine,
  selectDigest,
} from "../src/digest/index.js";
import { explainMatch, type MatchCandidate, type MatchRequest, scoreMatch } from "../src/matching/index.js";

const kmPerDegree = 111.195;
const delivery = { lat: 10.9, lng: 106.7 };

const cartonRequest = (overrides: Partial<MatchRequest> = {}): MatchRequest => ({
  categories: ["packaging.corrugated-cartons"],
  requiredCertifications: [],
  delivery,
  maxDistanceKm: 50,
  quantity: { value: 20_000, unit: "cartons" },
  neededBy: "2026-12-31",
  ...overrides,
});

const cartonMaker = (overrides: Partial<MatchCandidate> & { km?: number } = {}): MatchCandidate => {
  const { km = 12, ...rest } = overrides;
  return {
    id: "s-1",
    categories: ["packaging.corrugated-cartons"],
    certifications: [],
    lat: delivery.lat + km / kmPerDegree,
    lng: delivery.lng,
    deliveryRadiusKm: null,
    monthlyCapacity: { value: 50_000, unit: "cartons" },
    moq: null,
    leadTimeDays: 10,
    verified: true,
    textRelevance: 1,
    matchedTerms: [],
    ...rest,
  };
};

/** Real explanations from the scoring function, so the digest is tested on what matching actually stores. */
const explain = (request: Partial<MatchRequest> = {}, candidate: Parameters<typeof cartonMaker>[0] = {}) =>
  scoreMatch(cartonRequest(request), cartonMaker(candidate), { today: "2026-12-01" });

const match = explain();
const needsFsc = explain({ requiredCertifications: ["fsc"] });
const tooFar = explain({ maxDistanceKm: 10 }, { km: 15 });

// Monday 7 Dec 2026, 08:00 in Ho Chi Minh City (UTC+7).
const until = new Date("2026-12-07T01:00:00Z");
const since = new Date("2026-11-30T01:00:00Z");
const window: DigestWindow = { since, until };
const inWindow = new Date("2026-12-03T03:00:00Z");
const beforeWindow = new Date("2026-11-29T03:00:00Z");
const deadline = new Date("2026-12-20T10:00:00Z");

const empty: DigestActivity = { buyerRequests: [], suppliers: [] };

describe("digest weeks", () => {
  it("names ISO weeks, including those that belong to the neighbouring year", () => {
    expect(isoWeekKey("2026-12-07")).toBe("2026-W50");
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01");
    expect(isoWeekKey("2026-01-05")).toBe("2026-W02");
  });

  it("takes the week and weekday in the digest's time zone, not UTC", () => {
    // Sunday 18:30 UTC is already Monday 01:30 in Ho Chi Minh City.
    const at = new Date("2026-12-06T18:30:00Z");
    expect(digestPeriod(at, "Asia/Ho_Chi_Minh")).toEqual({
      weekKey: "2026-W50",
      localDate: "2026-12-07",
      weekday: 1,
    });
    expect(digestPeriod(at, "UTC")).toEqual({ weekKey: "2026-W49", localDate: "2026-12-06", weekday: 7 });
  });

  it("is due on the preferred day and on later days of the same week, never before", () => {
    expect(isDigestDue("monday", 1)).toBe(true);
    expect(isDigestDue("wednesday", 2)).toBe(false);
    expect(isDigestDue("wednesday", 5)).toBe(true);
    expect(dueDigestDays(2)).toEqual(["monday", "tuesday"]);
    expect(dueDigestDays(7)).toHaveLength(7);
  });

  it("recognises time zones for configuration checks", () => {
    expect(isKnownTimeZone("Asia/Ho_Chi_Minh")).toBe(true);
    expect(isKnownTimeZone("Asia/Saigon_Typo")).toBe(false);
  });
});

describe("matchWhyLine", () => {
  it("says in one line what the product explains: category, certificates, distance, capacity", () => {
    const line = matchWhyLine(
      explain({ requiredCertifications: ["iso-9001"] }, { certifications: [{ code: "iso-9001" }] })
        .explanation,
      "en",
    );
    expect(line).toBe(
      "Same category: Corrugated cartons · Holds ISO 9001 · 12 km away · Capacity 50,000 cartons/month covers 20,000 cartons",
    );
    // Every part is one of the product's own explanation lines.
    const productLines = explainMatch(
      explain({ requiredCertifications: ["iso-9001"] }, { certifications: [{ code: "iso-9001" }] })
        .explanation,
      "en",
    );
    for (const part of line.split(" · ")) expect(productLines).toContain(part);
  });

  it("speaks Vietnamese with Vietnamese number formats", () => {
    expect(matchWhyLine(match.explanation, "vi")).toBe(
      "Cùng ngành hàng: Thùng carton · Cách 12 km · Năng lực 50.000 thùng/tháng đáp ứng 20.000 thùng",
    );
  });

  it("names what a near miss lacked", () => {
    expect(matchWhyLine(needsFsc.explanation, "en")).toContain("Missing FSC");
  });
});

describe("describeNearMissGroup", () => {
  it("groups by category and what was missing", () => {
    expect(
      describeNearMissGroup(
        {
          reason: "certification_missing",
          certification: "fsc",
          category: "packaging.corrugated-cartons",
          count: 3,
        },
        "en",
      ),
    ).toBe("Corrugated cartons: 3 requests needed FSC");
    expect(
      describeNearMissGroup(
        {
          reason: "certification_missing",
          certification: "fsc",
          category: "packaging.corrugated-cartons",
          count: 3,
        },
        "vi",
      ),
    ).toBe("Thùng carton: 3 yêu cầu cần FSC");
  });

  it("uses the singular for one request and leaves out an unknown category", () => {
    expect(describeNearMissGroup({ reason: "too_far", count: 1 }, "en")).toBe(
      "1 request was beyond the buyer's distance limit",
    );
  });
});

describe("selectDigest", () => {
  it("has nothing to send when nothing happened", () => {
    const selection = selectDigest(empty, window);
    expect(selection.hasNews).toBe(false);
    expect(selection.itemCount).toBe(0);
  });

  it("reports only what is new since the last digest", () => {
    const activity: DigestActivity = {
      buyerRequests: [
        {
          requestId: "r-1",
          title: "Thùng carton 5 lớp",
          quoteDeadline: deadline,
          matches: [
            {
              supplierId: "s-old",
              supplierName: "Old",
              verified: true,
              score: 90,
              explanation: match.explanation,
              matchedAt: beforeWindow,
            },
            {
              supplierId: "s-new",
              supplierName: "New",
              verified: false,
              score: 70,
              explanation: match.explanation,
              matchedAt: inWindow,
            },
            // Exactly at the previous digest's end: that digest already reported it.
            {
              supplierId: "s-edge",
              supplierName: "Edge",
              verified: false,
              score: 99,
              explanation: match.explanation,
              matchedAt: since,
            },
          ],
          quotes: [],
        },
      ],
      suppliers: [],
    };
    const selection = selectDigest(activity, window);
    expect(selection.hasNews).toBe(true);
    expect(selection.newMatchCount).toBe(1);
    expect(selection.buyerRequests[0]?.matches.map((m) => m.supplierId)).toEqual(["s-new"]);
  });

  it("lists the best few matches of each request with the total, busiest requests first", () => {
    const matches = Array.from({ length: 8 }, (_, i) => ({
      supplierId: `s-${i}`,
      supplierName: `Supplier ${i}`,
      verified: true,
      score: 50 + i,
      explanation: match.explanation,
      matchedAt: inWindow,
    }));
    const activity: DigestActivity = {
      buyerRequests: [
        {
          requestId: "r-quiet",
          title: "Quiet",
          quoteDeadline: deadline,
          matches: matches.slice(0, 1),
          quotes: [],
        },
        { requestId: "r-busy", title: "Busy", quoteDeadline: deadline, matches, quotes: [] },
      ],
      suppliers: [],
    };
    const selection = selectDigest(activity, window);
    expect(selection.buyerRequests.map((r) => r.requestId)).toEqual(["r-busy", "r-quiet"]);
    const busy = selection.buyerRequests[0];
    expect(busy?.matchCount).toBe(8);
    expect(busy?.matches.map((m) => m.score)).toEqual([57, 56, 55, 54, 53]);
    expect(selection.newMatchCount).toBe(9);
    expect(selection.itemCount).toBe(9);
  });

  it("counts new quotes, newest first", () => {
    const quote = (id: string, receivedAt: Date) => ({
      responseId: id,
      supplierId: `s-${id}`,
      supplierName: id,
      unitPrice: { amount: 12_500, currency: "VND" },
      quantityUnit: "cartons",
      leadTimeDays: 10,
      validUntil: "2026-12-31",
      receivedAt,
      explanation: match.explanation,
    });
    const activity: DigestActivity = {
      buyerRequests: [
        {
          requestId: "r-1",
          title: "Cartons",
          quoteDeadline: deadline,
          matches: [],
          quotes: [
            quote("q-1", inWindow),
            quote("q-2", new Date("2026-12-05T00:00:00Z")),
            quote("q-0", beforeWindow),
          ],
        },
      ],
      suppliers: [],
    };
    const selection = selectDigest(activity, window);
    expect(selection.newQuoteCount).toBe(2);
    expect(selection.buyerRequests[0]?.quotes.map((q) => q.responseId)).toEqual(["q-2", "q-1"]);
  });

  it("gives suppliers open requests that fit, near misses grouped by reason, and expiring certificates", () => {
    const opportunity = (id: string, score: number, quoteDeadline = deadline) => ({
      requestId: id,
      title: `Request ${id}`,
      buyerName: null,
      quoteDeadline,
      neededBy: "2026-12-31",
      score,
      explanation: match.explanation,
      matchedAt: inWindow,
    });
    const nearMiss = (id: string, explanation = needsFsc.explanation) => ({
      requestId: id,
      title: `Near ${id}`,
      explanation,
      matchedAt: inWindow,
    });
    const activity: DigestActivity = {
      buyerRequests: [],
      suppliers: [
        {
          supplierId: "s-1",
          supplierName: "Bao Bì Sóng Thần",
          certifications: [
            { code: "iso-9001", expiresOn: "2027-01-03" },
            { code: "iso-14001", expiresOn: "2027-06-01" },
            { code: "fsc", expiresOn: "2026-11-01" },
          ],
          opportunities: [
            opportunity("r-1", 80),
            opportunity("r-2", 90),
            // Its quote deadline passed before the digest: no longer worth a line.
            opportunity("r-closed", 99, new Date("2026-12-06T00:00:00Z")),
          ],
          nearMisses: [
            nearMiss("n-1"),
            nearMiss("n-2"),
            nearMiss("n-3"),
            nearMiss("n-4", tooFar.explanation),
          ],
        },
      ],
    };
    const selection = selectDigest(activity, window);
    const supplier = selection.suppliers[0];
    expect(supplier?.opportunities.map((o) => o.requestId)).toEqual(["r-2", "r-1"]);
    expect(supplier?.opportunityCount).toBe(2);
    expect(supplier?.nearMissCount).toBe(4);
    expect(supplier?.nearMissGroups.map((g) => describeNearMissGroup(g, "en"))).toEqual([
      "Corrugated cartons: 3 requests needed FSC",
      "Corrugated cartons: 1 request was beyond the buyer's distance limit",
    ]);
    expect(supplier?.expiringCertifications).toEqual([
      { code: "iso-9001", expiresOn: "2027-01-03", daysLeft: 27 },
    ]);
    // 2 opportunities, 4 near misses and 1 certificate that came within 30 days this week.
    expect(selection.itemCount).toBe(7);
  });

  it("reminds of an expiring certificate but does not send for it again once reported", () => {
    const supplier = (expiresOn: string) => ({
      supplierId: "s-1",
      supplierName: "S",
      certifications: [{ code: "iso-9001", expiresOn }],
      opportunities: [],
      nearMisses: [],
    });
    // Within 30 days of this digest but not of the previous one (30 Nov + 30 days = 30 Dec).
    expect(selectDigest({ buyerRequests: [], suppliers: [supplier("2026-12-31")] }, window).hasNews).toBe(
      true,
    );
    // Already within 30 days at the previous digest: listed when something else is sent, not news on its own.
    const old = selectDigest({ buyerRequests: [], suppliers: [supplier("2026-12-15")] }, window);
    expect(old.hasNews).toBe(false);
    expect(old.suppliers[0]?.expiringCertifications).toHaveLength(1);
  });
});
