import { describe, expect, it } from "vitest";
import {
  distanceSensitivity,
  explainMatch,
  focusWithinGroups,
  groupNearMissReasons,
  type MatchCandidate,
  type MatchComponentName,
  type MatchRequest,
  type MatchResult,
  matchWeights,
  mayFitByWordsAlone,
  needExceedsMostCapacities,
  queryWordKeys,
  rankMatches,
  scoreMatch,
  statedSpecialisms,
  supplierWordKeys,
  supplierWords,
  textRelevance,
} from "../src/matching/index.js";

const today = "2025-03-03";
const opts = { today };
// One degree of latitude is about 111.2 km, so offsets below put suppliers at known distances.
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

function candidate(overrides: Partial<MatchCandidate> & { km?: number } = {}): MatchCandidate {
  const { km = 0, ...rest } = overrides;
  return {
    id: "s-1",
    categories: ["packaging.corrugated-cartons"],
    certifications: [],
    lat: delivery.lat + km / kmPerDegree,
    lng: delivery.lng,
    deliveryRadiusKm: null,
    monthlyCapacity: { value: 500_000, unit: "pieces" },
    moq: { value: 1_000, unit: "pieces" },
    leadTimeDays: 10,
    verified: true,
    textRelevance: 1,
    matchedTerms: ["thùng carton"],
    responsiveness: { responseRate: 1, medianResponseHours: 2 },
    ...rest,
  };
}

function component(result: MatchResult, name: MatchComponentName): number {
  const found = result.components.find((c) => c.name === name);
  if (!found) throw new Error(`no component ${name}`);
  return found.value;
}

describe("matchWeights", () => {
  it("sums to 1 so a perfect supplier scores 100, and applies as they are to goods of ordinary bulk", () => {
    const sum = Object.values(matchWeights).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
    const moulding = ["plastics.injection-moulding"];
    const result = scoreMatch(request({ categories: moulding }), candidate({ categories: moulding }), opts);
    expect(result.score).toBe(100);
    expect(result.verdict).toBe("match");
    expect(result.components.map((c) => [c.name, c.weight])).toEqual(Object.entries(matchWeights));
    // Cartons weigh distance more, and a perfect supplier still scores 100.
    expect(scoreMatch(request(), candidate(), opts).score).toBe(100);
  });
});

describe("scoreMatch components", () => {
  it("uses the search engine's relevance, clamped to 0–1", () => {
    expect(component(scoreMatch(request(), candidate({ textRelevance: 0.4 }), opts), "text_relevance")).toBe(
      0.4,
    );
    expect(component(scoreMatch(request(), candidate({ textRelevance: 1.7 }), opts), "text_relevance")).toBe(
      1,
    );
    expect(
      component(scoreMatch(request(), candidate({ textRelevance: Number.NaN }), opts), "text_relevance"),
    ).toBe(0);
  });

  it("rates an exact leaf 1, a sibling 0.5 and a leaf under a requested group 1", () => {
    const exact = scoreMatch(request(), candidate(), opts);
    expect(component(exact, "category_fit")).toBe(1);
    expect(exact.explanation.categoryFit).toBe("same");
    expect(exact.explanation.matchedCategories).toEqual(["packaging.corrugated-cartons"]);

    const sibling = scoreMatch(request(), candidate({ categories: ["packaging.paper-boxes"] }), opts);
    expect(component(sibling, "category_fit")).toBe(0.5);
    expect(sibling.explanation.categoryFit).toBe("related");
    expect(sibling.verdict).toBe("match");

    const group = scoreMatch(request({ categories: ["packaging"] }), candidate(), opts);
    expect(component(group, "category_fit")).toBe(1);
    expect(group.explanation.matchedCategories).toEqual(["packaging.corrugated-cartons"]);
  });

  it("takes the best of several categories on either side", () => {
    const result = scoreMatch(
      request({ categories: ["packaging.tapes", "packaging.corrugated-cartons"] }),
      candidate({ categories: ["packaging.paper-boxes", "packaging.corrugated-cartons"] }),
      opts,
    );
    expect(component(result, "category_fit")).toBe(1);
    expect(result.explanation.matchedCategories).toEqual(["packaging.corrugated-cartons"]);
  });

  it("counts the share of required certifications held and valid on the needed-by date", () => {
    const result = scoreMatch(
      request({ requiredCertifications: ["iso-9001", "fsc", "iso-14001", "amfori-bsci"] }),
      candidate({
        certifications: [
          { code: "iso-9001", expiresOn: "2025-03-31" },
          { code: "ISO 14001:2015", expiresOn: "2025-03-02" },
          { code: "amfori-bsci" },
        ],
      }),
      opts,
    );
    expect(component(result, "certification_coverage")).toBe(0.5);
    expect(result.explanation.certifications).toEqual({
      covered: ["iso-9001", "amfori-bsci"],
      missing: ["fsc"],
      expired: ["iso-14001"],
      expiresBeforeDelivery: [],
    });
  });

  it("gives full certification coverage when none are required", () => {
    expect(
      component(scoreMatch(request(), candidate({ certifications: [] }), opts), "certification_coverage"),
    ).toBe(1);
  });

  it("falls linearly from 1 at the delivery point to 0 at the maximum distance", () => {
    expect(component(scoreMatch(request(), candidate({ km: 0 }), opts), "distance")).toBe(1);
    const halfway = scoreMatch(request(), candidate({ km: 25 }), opts);
    expect(halfway.explanation.distanceKm).toBe(25);
    expect(component(halfway, "distance")).toBeCloseTo(0.5, 2);
    expect(component(scoreMatch(request(), candidate({ km: 50 }), opts), "distance")).toBe(0);
  });

  it("halves the distance value beyond the supplier's own delivery radius, without making it a near miss", () => {
    const inside = scoreMatch(request(), candidate({ km: 25, deliveryRadiusKm: 30 }), opts);
    const outside = scoreMatch(request(), candidate({ km: 25, deliveryRadiusKm: 20 }), opts);
    expect(inside.explanation.outsideDeliveryRadius).toBe(false);
    expect(outside.explanation.outsideDeliveryRadius).toBe(true);
    expect(component(outside, "distance")).toBeCloseTo(component(inside, "distance") / 2, 10);
    expect(outside.verdict).toBe("match");
  });

  it("rates capacity fully at 1.2× the need, proportionally below, and neutral when unknown or in another unit", () => {
    const at = (value: number, unit = "pieces") =>
      scoreMatch(request(), candidate({ monthlyCapacity: { value, unit } }), opts);
    expect(component(at(24_000), "capacity")).toBe(1);
    expect(at(24_000).explanation.capacity).toBe("fits");
    expect(component(at(12_000), "capacity")).toBeCloseTo(0.5, 10);
    expect(at(12_000).explanation.capacity).toBe("too_small");
    expect(component(at(500_000, "kg"), "capacity")).toBe(0.5);
    expect(at(500_000, "kg").explanation.capacity).toBe("different_unit");
    const unknown = scoreMatch(request(), candidate({ monthlyCapacity: null }), opts);
    expect(component(unknown, "capacity")).toBe(0.5);
    expect(unknown.explanation.capacity).toBe("unknown");
  });

  it("compares capacity with the monthly volume when the request has one, and understands unit aliases", () => {
    const result = scoreMatch(
      request({ monthlyVolume: { value: 100_000, unit: "cái" } }),
      candidate({ monthlyCapacity: { value: 60_000, unit: "pieces" } }),
      opts,
    );
    expect(component(result, "capacity")).toBeCloseTo(0.5, 10);
    expect(result.explanation.figures.needIsMonthly).toBe(true);
  });

  it("scores MOQ 1 when at or below the quantity or unknown, 0 above it", () => {
    const moq = (value: number | null) =>
      scoreMatch(request(), candidate({ moq: value === null ? null : { value, unit: "pieces" } }), opts);
    expect(component(moq(20_000), "moq")).toBe(1);
    expect(moq(20_000).explanation.moq).toBe("fits");
    expect(component(moq(null), "moq")).toBe(1);
    expect(moq(null).explanation.moq).toBe("unknown");
    expect(component(moq(50_000), "moq")).toBe(0);
    expect(moq(50_000).explanation.moq).toBe("above_quantity");
  });

  it("rates lead time 1 when ready by the needed-by date, less with each late day, 0.5 when unknown", () => {
    const lead = (days: number | null) => scoreMatch(request(), candidate({ leadTimeDays: days }), opts);
    // 2025-03-03 + 28 days = 2025-03-31, exactly the needed-by date.
    expect(component(lead(28), "lead_time")).toBe(1);
    expect(lead(28).explanation.leadTime).toBe("in_time");
    expect(component(lead(35), "lead_time")).toBeCloseTo(0.5, 10);
    expect(lead(35).explanation.leadTime).toBe("late");
    expect(lead(35).explanation.figures.daysLate).toBe(7);
    expect(component(lead(60), "lead_time")).toBe(0);
    expect(component(lead(null), "lead_time")).toBe(0.5);
    expect(lead(null).explanation.leadTime).toBe("unknown");
  });

  it("counts verification as 1 or 0", () => {
    expect(component(scoreMatch(request(), candidate({ verified: false }), opts), "verification")).toBe(0);
    expect(component(scoreMatch(request(), candidate({ verified: true }), opts), "verification")).toBe(1);
  });

  it("rates responsiveness by reply rate and speed, neutral when unknown", () => {
    const reply = (r: MatchCandidate["responsiveness"]) =>
      component(scoreMatch(request(), candidate({ responsiveness: r }), opts), "responsiveness");
    expect(reply(null)).toBe(0.5);
    expect(reply(undefined)).toBe(0.5);
    expect(reply({ responseRate: 1, medianResponseHours: 4 })).toBe(1);
    expect(reply({ responseRate: 0, medianResponseHours: 500 })).toBe(0);
    expect(reply({ responseRate: 0.5, medianResponseHours: 4 })).toBe(0.75);
  });
});

describe("scoreMatch verdicts", () => {
  it("makes a missing required certification a near miss that still has a score", () => {
    const result = scoreMatch(request({ requiredCertifications: ["fsc"] }), candidate(), opts);
    expect(result.verdict).toBe("near_miss");
    expect(result.explanation.nearMissReasons).toEqual(["certification_missing"]);
    // Certifications weigh 0.15 of 1.075 for cartons (distance weighs 1.5 times as much for bulky goods).
    expect(result.score).toBe(86);
  });

  it("makes an expired required certification a near miss", () => {
    const result = scoreMatch(
      request({ requiredCertifications: ["fsc"] }),
      candidate({ certifications: [{ code: "fsc", expiresOn: "2025-03-02" }] }),
      opts,
    );
    expect(result.verdict).toBe("near_miss");
    expect(result.explanation.nearMissReasons).toEqual(["certification_expired"]);
  });

  it("makes a supplier beyond the maximum distance but within twice it a near miss", () => {
    const result = scoreMatch(request(), candidate({ km: 80 }), opts);
    expect(result.verdict).toBe("near_miss");
    expect(result.explanation.nearMissReasons).toEqual(["too_far"]);
    expect(component(result, "distance")).toBe(0);
  });

  it("excludes a supplier beyond twice the maximum distance", () => {
    const result = scoreMatch(request(), candidate({ km: 101 }), opts);
    expect(result.verdict).toBe("excluded");
    expect(result.explanation.exclusionReasons).toEqual(["too_far"]);
    expect(scoreMatch(request(), candidate({ km: 99.9 }), opts).verdict).toBe("near_miss");
  });

  it("makes capacity below 30 % of the need a near miss, but not 30 % or more", () => {
    const small = scoreMatch(
      request(),
      candidate({ monthlyCapacity: { value: 5_000, unit: "pieces" } }),
      opts,
    );
    expect(small.verdict).toBe("near_miss");
    expect(small.explanation.nearMissReasons).toEqual(["capacity_too_small"]);
    const enough = scoreMatch(
      request(),
      candidate({ monthlyCapacity: { value: 6_000, unit: "pieces" } }),
      opts,
    );
    expect(enough.verdict).toBe("match");
    const otherUnit = scoreMatch(
      request(),
      candidate({ monthlyCapacity: { value: 1, unit: "tonnes" } }),
      opts,
    );
    expect(otherUnit.verdict).toBe("match");
  });

  it("makes an MOQ above the quantity a near miss", () => {
    const result = scoreMatch(request(), candidate({ moq: { value: 50_000, unit: "pieces" } }), opts);
    expect(result.verdict).toBe("near_miss");
    expect(result.explanation.nearMissReasons).toEqual(["moq_above_quantity"]);
  });

  it("excludes a supplier of an unrelated category whose words do not strongly fit the request", () => {
    const result = scoreMatch(request(), candidate({ categories: ["textile"], textRelevance: 0.5 }), opts);
    expect(component(result, "category_fit")).toBe(0);
    expect(result.verdict).toBe("excluded");
    expect(result.explanation.exclusionReasons).toEqual(["category_mismatch"]);
    expect(result.explanation.categoryFit).toBe("none");
  });

  it("lists every hard requirement a near miss fails", () => {
    const result = scoreMatch(
      request({ requiredCertifications: ["fsc", "iso-9001"] }),
      candidate({
        km: 60,
        certifications: [{ code: "iso-9001", expiresOn: "2024-12-31" }],
        monthlyCapacity: { value: 1_000, unit: "pieces" },
        moq: { value: 30_000, unit: "pieces" },
      }),
      opts,
    );
    expect(result.explanation.nearMissReasons).toEqual([
      "certification_missing",
      "certification_expired",
      "too_far",
      "capacity_too_small",
      "moq_above_quantity",
    ]);
  });

  it("keeps the score within 0–100 for the worst and best inputs", () => {
    const worst = scoreMatch(
      request({ requiredCertifications: ["fsc"], neededBy: "2025-01-01" }),
      candidate({
        categories: ["textile"],
        km: 500,
        textRelevance: -3,
        monthlyCapacity: { value: 0, unit: "pieces" },
        moq: { value: 1e9, unit: "pieces" },
        leadTimeDays: 400,
        verified: false,
        responsiveness: { responseRate: -1, medianResponseHours: 1e6 },
      }),
      opts,
    );
    expect(worst.score).toBe(0);
    for (const c of worst.components) expect(c.value).toBeGreaterThanOrEqual(0);
    const best = scoreMatch(request(), candidate({ textRelevance: 5 }), opts);
    expect(best.score).toBe(100);
    for (const c of best.components) expect(c.value).toBeLessThanOrEqual(1);
  });
});

describe("rankMatches", () => {
  const candidates: MatchCandidate[] = [
    candidate({ id: "near-miss-high", moq: { value: 90_000, unit: "pieces" } }),
    candidate({ id: "b-match", textRelevance: 0.5 }),
    candidate({ id: "excluded", categories: ["textile"], textRelevance: 0.2 }),
    candidate({ id: "a-match", textRelevance: 0.5 }),
    candidate({ id: "best", km: 5 }),
  ];

  it("puts matches before near misses, then higher scores, then ids, and drops excluded ones", () => {
    const ranked = rankMatches(request(), candidates, opts);
    expect(ranked.map((r) => r.id)).toEqual(["best", "a-match", "b-match", "near-miss-high"]);
    expect(ranked[3]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it("gives the same order whatever order the candidates arrive in", () => {
    const forward = rankMatches(request(), candidates, opts).map((r) => r.id);
    const backward = rankMatches(request(), [...candidates].reverse(), opts).map((r) => r.id);
    expect(backward).toEqual(forward);
  });
});

describe("groupNearMissReasons", () => {
  it("counts near misses per reason, certification and category for the weekly email", () => {
    const fsc = request({ requiredCertifications: ["fsc"] });
    const results = [
      scoreMatch(fsc, candidate(), opts),
      scoreMatch(fsc, candidate(), opts),
      scoreMatch(request({ requiredCertifications: ["fsc", "iso-9001"] }), candidate(), opts),
      scoreMatch(request(), candidate({ km: 70 }), opts),
      scoreMatch(request(), candidate(), opts),
      scoreMatch(request(), candidate({ categories: ["textile"] }), opts),
    ];
    expect(groupNearMissReasons(results)).toEqual([
      {
        reason: "certification_missing",
        certification: "fsc",
        category: "packaging.corrugated-cartons",
        count: 3,
      },
      {
        reason: "certification_missing",
        certification: "iso-9001",
        category: "packaging.corrugated-cartons",
        count: 1,
      },
      { reason: "too_far", category: "packaging.corrugated-cartons", count: 1 },
    ]);
  });

  it("returns nothing when there are no near misses", () => {
    expect(groupNearMissReasons([scoreMatch(request(), candidate(), opts)])).toEqual([]);
  });
});

describe("explainMatch", () => {
  const result = scoreMatch(
    request({ requiredCertifications: ["iso-9001", "fsc"] }),
    candidate({
      km: 12.5,
      certifications: [{ code: "iso-9001" }],
      matchedTerms: ["thùng carton", "5 lớp"],
    }),
    opts,
  );

  it("writes Vietnamese lines with taxonomy names, Vietnamese number format and diacritics", () => {
    expect(explainMatch(result.explanation, "vi")).toEqual([
      "Cùng ngành hàng: Thùng carton",
      "Khớp từ khóa: thùng carton, 5 lớp",
      "Có ISO 9001; thiếu FSC",
      "Cách 12,5 km",
      "Năng lực 500.000 cái/tháng đáp ứng 20.000 cái",
      "MOQ 1.000 cái, phù hợp số lượng",
      "Giao kịp hạn (sản xuất 10 ngày)",
    ]);
  });

  it("writes the same facts in English", () => {
    expect(explainMatch(result.explanation, "en")).toEqual([
      "Same category: Corrugated cartons",
      "Matches: thùng carton, 5 lớp",
      "Holds ISO 9001; missing FSC",
      "12.5 km away",
      "Capacity 500,000 pcs/month covers 20,000 pcs",
      "MOQ 1,000 pcs fits the order",
      "Can deliver in time (10-day lead time)",
    ]);
  });

  it("explains shortfalls and unknowns in both languages", () => {
    const weak = scoreMatch(
      request({ requiredCertifications: ["fsc"], monthlyVolume: { value: 100_000, unit: "pieces" } }),
      candidate({
        categories: ["packaging.paper-boxes"],
        km: 70,
        deliveryRadiusKm: 30,
        certifications: [{ code: "fsc", expiresOn: "2025-01-31" }],
        monthlyCapacity: { value: 10_000, unit: "pieces" },
        moq: { value: 30_000, unit: "pieces" },
        leadTimeDays: 29,
        matchedTerms: [],
      }),
      opts,
    );
    expect(explainMatch(weak.explanation, "vi")).toEqual([
      "Ngành hàng gần: Hộp giấy",
      "FSC đã hết hạn",
      "Cách 70 km, xa hơn phạm vi yêu cầu",
      "Ngoài bán kính giao hàng thường lệ của nhà cung cấp",
      "Năng lực 10.000 cái/tháng, chưa đủ 100.000 cái/tháng",
      "MOQ 30.000 cái, trên đơn đầu 20.000 cái nhưng dưới lượng đặt 100.000 cái/tháng",
      "Trễ 1 ngày so với hạn cần hàng",
    ]);
    expect(explainMatch(weak.explanation, "en")).toEqual([
      "Related category: Paper boxes",
      "FSC expired",
      "70 km away, beyond the requested range",
      "Outside the supplier's usual delivery radius",
      "Capacity 10,000 pcs/month, short of 100,000 pcs/month",
      "MOQ 30,000 pcs is above the first order of 20,000 pcs but within the 100,000 pcs/month ordered",
      "1 day late for the needed-by date",
    ]);
    const unknown = scoreMatch(
      request(),
      candidate({ monthlyCapacity: null, moq: null, leadTimeDays: null, matchedTerms: [] }),
      opts,
    );
    expect(explainMatch(unknown.explanation, "vi").slice(2)).toEqual([
      "Chưa rõ năng lực sản xuất",
      "Chưa rõ thời gian giao hàng",
    ]);
    expect(explainMatch(unknown.explanation, "en").slice(2)).toEqual([
      "Capacity not stated",
      "Lead time not stated",
    ]);
  });
});

describe("text relevance of a supplier's own words to a request's query", () => {
  const supplier = {
    legalName: "Công ty TNHH Nhựa Kỹ Thuật Đại Việt",
    tradeName: "DAVIPLAST",
    descriptionVi: "Ép phun nhựa kỹ thuật PP, ABS, PC cho linh kiện điện tử.",
    descriptionEn: null,
    categories: ["plastics.injection-moulding"],
    processes: [],
    materials: ["ABS", "PC"],
    exampleProducts: ["vỏ hộp điện"],
  };
  const words = supplierWords(supplier);

  it("is the share of query words the supplier covers, diacritics and case aside", () => {
    expect(textRelevance("vỏ nhựa ABS", words)).toBe(1);
    expect(textRelevance("vo nhua abs", words)).toBe(1);
    expect(textRelevance("ABS PBT", words)).toBe(0.5);
    expect(textRelevance("", words)).toBe(0);
  });

  it("meets an English query through the supplier's category names and synonyms", () => {
    expect(textRelevance("injection moulded housings", words)).toBeGreaterThanOrEqual(2 / 3);
  });

  it("meets an English plural with its singular, however short the stem", () => {
    const caps = supplierWords({ ...supplier, categories: [], exampleProducts: ["screw cap", "box"] });
    expect(textRelevance("caps", caps)).toBe(1);
    expect(textRelevance("boxes", caps)).toBe(1);
    expect(textRelevance("screws", caps)).toBe(1);
  });

  it("matches shared stems of four letters or more, never short prefixes", () => {
    expect(textRelevance("moulded", words)).toBe(1);
    // "in" (to print) must not match "inox" or "injection".
    expect(textRelevance("in", supplierWords({ ...supplier, categories: [] }))).toBe(0);
  });
});

describe("keys that find the requests a supplier's words may cover", () => {
  const shared = (query: string, words: Set<string>) => {
    const keys = new Set(supplierWordKeys(words));
    return queryWordKeys(query).some((key) => keys.has(key));
  };

  it("are shared whenever a query word is covered: whole words, singulars, shared stems", () => {
    const words = supplierWords({
      legalName: "Công ty TNHH Nhựa Kỹ Thuật",
      tradeName: null,
      descriptionVi: "Ép phun vỏ nhựa ABS.",
      descriptionEn: "Moulding of screw caps",
      categories: [],
      processes: [],
      materials: [],
      exampleProducts: ["box"],
    });
    for (const query of ["vo", "Vỏ", "ABS", "boxes", "caps", "mouldings", "mould"]) {
      expect(textRelevance(query, words), query).toBe(1);
      expect(shared(query, words), query).toBe(true);
    }
    for (const query of ["in", "carton", "PBT"]) {
      expect(textRelevance(query, words), query).toBe(0);
      expect(shared(query, words), query).toBe(false);
    }
  });

  it("never miss a covered word, over generated words that share prefixes and plural endings", () => {
    // A tiny alphabet makes shared prefixes, plurals ("…s", "…es") and short words common.
    // mulberry32: deterministic, so a failure names a case that can be replayed.
    let state = 7;
    const next = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const word = () =>
      Array.from({ length: 1 + Math.floor(next() * 7) }, () => "aesx"[Math.floor(next() * 4)]).join("");
    for (let i = 0; i < 2000; i++) {
      const words = supplierWords({
        legalName: "",
        tradeName: null,
        descriptionVi: Array.from({ length: 1 + Math.floor(next() * 12) }, word).join(" "),
        descriptionEn: null,
        categories: [],
        processes: [],
        materials: [],
        exampleProducts: [],
      });
      const query = word();
      if (textRelevance(query, words) > 0)
        expect(shared(query, words), `${query} in ${[...words]}`).toBe(true);
    }
  });
});

describe("who may fit by words alone", () => {
  it("is whoever scoring would keep outside the request's trades: a neighbour from 0.5, another trade from 0.6", () => {
    const sibling = { categories: ["packaging.paper-boxes"] };
    const otherTrade = { categories: ["metal.stamping"] };
    for (const textRelevance of [0, 0.3, 0.49, 0.5, 0.59, 0.6, 0.8, 1]) {
      const kept = [sibling, otherTrade].some(
        (filed) => scoreMatch(request(), candidate({ ...filed, textRelevance }), opts).verdict !== "excluded",
      );
      expect(mayFitByWordsAlone(textRelevance), String(textRelevance)).toBe(kept);
    }
  });
});

describe("honest constraints", () => {
  it("with no distance limit, never excludes or flags a supplier for distance, and ranks nearer ones higher", () => {
    const noLimit = request({ maxDistanceKm: null });
    const far = scoreMatch(noLimit, candidate({ km: 300 }), opts);
    const near = scoreMatch(noLimit, candidate({ km: 20 }), opts);
    expect(far.verdict).toBe("match");
    expect(far.explanation.nearMissReasons).toEqual([]);
    expect(far.explanation.maxDistanceKm).toBeNull();
    expect(near.score).toBeGreaterThan(far.score);
    expect(component(far, "distance")).toBeGreaterThan(0);
    expect(explainMatch(far.explanation, "en")).toContain("300 km away");
    expect(explainMatch(far.explanation, "vi")).toContain("Cách 300 km");
  });

  it("weighs distance more for bulky low-value goods than for compact high-value parts", () => {
    expect(distanceSensitivity(["packaging.corrugated-cartons"])).toBe("bulky");
    expect(distanceSensitivity(["packaging.foam-inserts"])).toBe("bulky");
    expect(distanceSensitivity(["packaging.wooden-pallets"])).toBe("bulky");
    expect(distanceSensitivity(["plastics.blow-moulding"])).toBe("bulky");
    expect(distanceSensitivity(["packaging.plastic-bags"])).toBe("bulky");
    expect(distanceSensitivity(["packaging.stretch-film"])).toBe("bulky");
    expect(distanceSensitivity(["electronics.pcba"])).toBe("compact");
    expect(distanceSensitivity(["metal.cnc-machining.turning"])).toBe("compact");
    expect(distanceSensitivity(["plastics.injection-moulding"])).toBe("standard");
    // One bulky item in the request makes freight matter.
    expect(distanceSensitivity(["electronics.pcba", "packaging.corrugated-cartons"])).toBe("bulky");

    const loss = (categories: string[]) => {
      const noLimit = request({ categories, maxDistanceKm: null });
      const at = (km: number) => scoreMatch(noLimit, candidate({ categories, km }), opts).score;
      return at(0) - at(150);
    };
    const cartons = loss(["packaging.corrugated-cartons"]);
    const pcba = loss(["electronics.pcba"]);
    expect(cartons).toBeGreaterThan(10);
    expect(pcba).toBeLessThan(3);
    expect(cartons).toBeGreaterThan(4 * pcba);
    const weight = (categories: string[]) =>
      scoreMatch(request({ categories }), candidate({ categories }), opts).components.find(
        (c) => c.name === "distance",
      )?.weight;
    expect(weight(["packaging.corrugated-cartons"])).toBeGreaterThan(weight(["electronics.pcba"]) ?? 1);
  });

  it("compares the MOQ with the monthly volume the buyer states, not only the first order", () => {
    const recurring = request({
      quantity: { value: 2_000, unit: "cartons" },
      monthlyVolume: { value: 30_000, unit: "cartons" },
    });
    const result = scoreMatch(recurring, candidate({ moq: { value: 5_000, unit: "pcs" } }), opts);
    expect(result.verdict).toBe("match");
    expect(result.explanation.moq).toBe("fits_monthly");
    expect(component(result, "moq")).toBeGreaterThan(0.5);
    expect(explainMatch(result.explanation, "en")).toContain(
      "MOQ 5,000 cartons is above the first order of 2,000 cartons but within the 30,000 cartons/month ordered",
    );
    expect(explainMatch(result.explanation, "vi")).toContain(
      "MOQ 5.000 thùng, trên đơn đầu 2.000 thùng nhưng dưới lượng đặt 30.000 thùng/tháng",
    );
    const aboveBoth = scoreMatch(recurring, candidate({ moq: { value: 50_000, unit: "pcs" } }), opts);
    expect(aboveBoth.explanation.nearMissReasons).toEqual(["moq_above_quantity"]);
  });

  it("ranks by the share each supplier covers when the volume is above most suppliers' capacity, and says so", () => {
    const huge = request({
      quantity: { value: 3_000_000, unit: "cartons" },
      monthlyVolume: { value: 3_000_000, unit: "cartons" },
    });
    const capacities = [2_400_000, 900_000, 300_000, 150_000];
    const candidates = capacities.map((value, i) =>
      candidate({ id: `mill-${i}`, monthlyCapacity: { value, unit: "pieces" }, moq: null }),
    );
    expect(
      needExceedsMostCapacities(
        huge.monthlyVolume!,
        candidates.map((c) => c.monthlyCapacity),
      ),
    ).toBe(true);
    const ranked = rankMatches(huge, candidates, opts);
    expect(ranked.map((r) => [r.id, r.verdict])).toEqual([
      ["mill-0", "match"],
      ["mill-1", "match"],
      ["mill-2", "match"],
      ["mill-3", "match"],
    ]);
    const top = ranked[0]!;
    expect(top.explanation.capacity).toBe("partial");
    expect(top.explanation.figures.capacityShare).toBe(0.8);
    expect(explainMatch(top.explanation, "en")).toContain(
      "Capacity 2,400,000 cartons/month covers about 80% of 3,000,000 cartons/month: more than most suppliers can make, so suppliers are ranked by the share they cover",
    );
    expect(explainMatch(top.explanation, "vi")).toContain(
      "Năng lực 2.400.000 thùng/tháng, đáp ứng khoảng 80% của 3.000.000 thùng/tháng: lượng này vượt năng lực của hầu hết nhà cung cấp, nên xếp theo phần mỗi nơi đáp ứng được",
    );
    // An ordinary volume most can cover keeps the near miss for a supplier far too small.
    const ordinary = request({ monthlyVolume: { value: 20_000, unit: "pieces" } });
    const small = [500_000, 400_000, 300_000, 4_000].map((value, i) =>
      candidate({ id: `plant-${i}`, monthlyCapacity: { value, unit: "pieces" } }),
    );
    const smallest = rankMatches(ordinary, small, opts).find((r) => r.id === "plant-3");
    expect(smallest?.explanation.nearMissReasons).toEqual(["capacity_too_small"]);
    // Too few stated capacities to speak of "most".
    expect(needExceedsMostCapacities({ value: 10, unit: "kg" }, [{ value: 1, unit: "kg" }, null])).toBe(
      false,
    );
  });

  it("does not count a certificate that expires before the needed-by date, and says it expires before delivery", () => {
    const result = scoreMatch(
      request({ requiredCertifications: ["fsc"], neededBy: "2025-04-30" }),
      candidate({ certifications: [{ code: "fsc", expiresOn: "2025-04-01" }] }),
      opts,
    );
    expect(component(result, "certification_coverage")).toBe(0);
    expect(result.verdict).toBe("near_miss");
    expect(result.explanation.nearMissReasons).toEqual(["certification_expired"]);
    expect(result.explanation.certifications.expiresBeforeDelivery).toEqual(["fsc"]);
    expect(explainMatch(result.explanation, "en")).toContain("FSC expires before delivery");
    expect(explainMatch(result.explanation, "vi")).toContain("FSC hết hạn trước ngày giao hàng");
    expect(explainMatch(result.explanation, "en").join("\n")).not.toMatch(/Holds FSC/);
    const valid = scoreMatch(
      request({ requiredCertifications: ["fsc"], neededBy: "2025-04-30" }),
      candidate({ certifications: [{ code: "fsc", expiresOn: "2025-04-30" }] }),
      opts,
    );
    expect(valid.explanation.certifications.covered).toEqual(["fsc"]);
  });

  it("treats units that mean the same as the same, and shows them in the buyer's unit", () => {
    const inCartons = request({ monthlyVolume: { value: 30_000, unit: "thùng" } });
    for (const unit of ["pcs", "cái", "chiếc", "pieces", "PCS"]) {
      const result = scoreMatch(
        inCartons,
        candidate({ monthlyCapacity: { value: 500_000, unit }, moq: { value: 1_000, unit } }),
        opts,
      );
      expect(result.explanation.capacity).toBe("fits");
      expect(explainMatch(result.explanation, "vi")).toContain(
        "Năng lực 500.000 thùng/tháng đáp ứng 30.000 thùng/tháng",
      );
      expect(explainMatch(result.explanation, "en")).toContain(
        "Capacity 500,000 cartons/month covers 30,000 cartons/month",
      );
    }
  });

  it("keeps a supplier of another trade whose words strongly fit the request (soft retrieval)", () => {
    const result = scoreMatch(request(), candidate({ categories: ["textile"], textRelevance: 0.8 }), opts);
    expect(result.verdict).toBe("match");
    expect(result.explanation.categoryFit).toBe("none");
    expect(component(result, "category_fit")).toBe(0);
    const filed = scoreMatch(request(), candidate(), opts);
    expect(filed.score).toBeGreaterThan(result.score);
  });
});

describe("soft retrieval and vague requests", () => {
  it("keeps a sibling or a supplier filed only under the group when its words fit, and drops it when they do not", () => {
    const sibling = { categories: ["packaging.paper-boxes"] };
    expect(scoreMatch(request(), candidate({ ...sibling, textRelevance: 0.6 }), opts).verdict).toBe("match");
    const silent = scoreMatch(request(), candidate({ ...sibling, textRelevance: 0.2 }), opts);
    expect(silent.verdict).toBe("excluded");
    expect(silent.explanation.exclusionReasons).toEqual(["category_mismatch"]);
    const groupOnly = scoreMatch(
      request(),
      candidate({ categories: ["packaging"], textRelevance: 0.5 }),
      opts,
    );
    expect(groupOnly.verdict).toBe("match");
    expect(groupOnly.explanation.categoryFit).toBe("related");
  });

  it("counts the trade right above a specialism as the trade, needing no words, but a top-level group not", () => {
    const turning = request({ categories: ["metal.cnc-machining.turning"] });
    const cnc = scoreMatch(
      turning,
      candidate({ categories: ["metal.cnc-machining"], textRelevance: 0 }),
      opts,
    );
    expect(component(cnc, "category_fit")).toBe(0.8);
    expect(cnc.verdict).toBe("match");
    expect(cnc.explanation.categoryFit).toBe("related");
    const metal = scoreMatch(turning, candidate({ categories: ["metal"], textRelevance: 0 }), opts);
    expect(component(metal, "category_fit")).toBe(0.5);
    expect(metal.verdict).toBe("excluded");
  });

  it("reads a supplier filed under a whole group for what its own words say it makes", () => {
    const profile = {
      categories: ["metal"],
      processes: ["tiện CNC", "phay CNC", "khoan"],
      exampleProducts: ["trục inox", "mặt bích"],
    };
    const stated = statedSpecialisms(profile);
    expect(stated).toContain("metal.cnc-machining.turning");
    expect(stated).toContain("metal.cnc-machining.milling");
    // Filed under leaves: nothing to read, and nothing outside its groups is claimed.
    expect(statedSpecialisms({ ...profile, categories: ["metal.cnc-machining.turning"] })).toEqual([]);
    expect(statedSpecialisms({ ...profile, categories: ["rubber"] })).toEqual([]);

    const turning = request({ categories: ["metal.cnc-machining.turning"] });
    const claimed = scoreMatch(
      turning,
      candidate({ categories: ["metal"], specialisms: stated, textRelevance: 0 }),
      opts,
    );
    // Claimed in words, not filed: as good as the trade above the specialism, below an exact filing.
    expect(component(claimed, "category_fit")).toBe(0.8);
    expect(claimed.verdict).toBe("match");
    const unrelated = scoreMatch(
      request({ categories: ["metal.stamping"] }),
      candidate({ categories: ["metal"], specialisms: stated, textRelevance: 0 }),
      opts,
    );
    expect(unrelated.verdict).toBe("excluded");
  });

  it("reads what a request for a whole group names, and ranks those members above the rest of the group", () => {
    const focus = focusWithinGroups(["packaging"], {
      title: "Packaging materials supplier for our warehouse",
      description: "We use pallet wrap film and packing tape every week.",
      specification: "Machine stretch film 23 micron; clear BOPP tape 48 mm",
    });
    expect(focus).toEqual(["packaging.stretch-film", "packaging.tapes"]);
    expect(
      focusWithinGroups(["packaging.corrugated-cartons"], {
        title: "Thùng carton",
        description: "",
        specification: "",
      }),
    ).toEqual([]);

    const vague = request({ categories: ["packaging"], focusCategories: focus });
    const film = scoreMatch(
      vague,
      candidate({ categories: ["packaging.stretch-film"], textRelevance: 0 }),
      opts,
    );
    const cartons = scoreMatch(vague, candidate({ textRelevance: 0 }), opts);
    expect(component(film, "category_fit")).toBe(1);
    expect(component(cartons, "category_fit")).toBe(0.6);
    expect(film.score).toBeGreaterThan(cartons.score);
    // Filed under the whole group, a supplier is of the trade, not the item, unless its words name a member in
    // focus.
    const anyPackaging = candidate({ categories: ["packaging"], textRelevance: 0 });
    expect(component(scoreMatch(vague, anyPackaging, opts), "category_fit")).toBe(0.6);
    const saysFilm = { ...anyPackaging, specialisms: ["packaging.stretch-film"] };
    expect(component(scoreMatch(vague, saysFilm, opts), "category_fit")).toBe(0.8);
    // Without a focus every member of the group fits fully, as before.
    expect(
      component(scoreMatch(request({ categories: ["packaging"] }), candidate(), opts), "category_fit"),
    ).toBe(1);
  });
});
