import { describe, expect, it } from "vitest";
import {
  ambiguousCategoryTerms,
  type Category,
  type CategoryNode,
  categories,
  categoryChildren,
  categorySynonymGroups,
  categoryTree,
  certificationKinds,
  certifications,
  expandCategoryCodes,
  extractCategoryMentions,
  getCategory,
  isLeafCategory,
  leafCategories,
  rankCategories,
  resolveCategory,
  resolveCategoryCandidates,
  resolveCertification,
  searchCategories,
} from "../src/taxonomy/index.js";
import { foldToWords, foldVietnamese } from "../src/text/fold.js";

function termsOf(category: Category): string[] {
  return [category.nameVi, category.nameEn, ...category.synonyms.vi, ...category.synonyms.en];
}

const codeShape = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){0,2}$/;

describe("category data", () => {
  it("has at least 60 leaves under a dozen or so top-level groups", () => {
    expect(leafCategories().length).toBeGreaterThanOrEqual(60);
    expect(categoryChildren(null).length).toBeGreaterThanOrEqual(10);
  });

  it("has unique, well-formed codes whose prefix is the parent's code", () => {
    const codes = categories.map((category) => category.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const category of categories) {
      expect(category.code).toMatch(codeShape);
      if (category.parent === null) expect(category.code).not.toContain(".");
      else expect(category.code.startsWith(`${category.parent}.`)).toBe(true);
      expect(category.code.split(".").length).toBeLessThanOrEqual(3);
    }
  });

  it("lists every parent before its children", () => {
    const seen = new Set<string>();
    for (const category of categories) {
      if (category.parent !== null) expect(seen.has(category.parent), category.code).toBe(true);
      seen.add(category.code);
    }
  });

  it("gives every leaf Vietnamese and English names and at least two synonyms in each language", () => {
    for (const leaf of leafCategories()) {
      expect(leaf.nameVi.trim(), leaf.code).not.toBe("");
      expect(leaf.nameEn.trim(), leaf.code).not.toBe("");
      expect(leaf.synonyms.vi.length, leaf.code).toBeGreaterThanOrEqual(2);
      expect(leaf.synonyms.en.length, leaf.code).toBeGreaterThanOrEqual(2);
    }
  });

  it("stores every term in NFC, so data and input fold the same way", () => {
    for (const category of categories) {
      for (const term of termsOf(category)) expect(term, category.code).toBe(term.normalize("NFC"));
    }
  });

  it("shares no folded term between two leaves except the whitelisted ambiguous ones", () => {
    // Compared without spaces too, since resolveCategory falls back to that ("oring" = "o-ring").
    const key = (term: string) => foldToWords(term).replace(/ /g, "");
    const owners = new Map<string, Set<string>>();
    for (const leaf of leafCategories()) {
      for (const term of termsOf(leaf)) {
        const codes = owners.get(key(term)) ?? new Set<string>();
        codes.add(leaf.code);
        owners.set(key(term), codes);
      }
    }
    const shared = [...owners]
      .filter(([, codes]) => codes.size > 1)
      .map(([term, codes]) => ({ term, codes: [...codes] }));
    const whitelisted = ambiguousCategoryTerms.map((entry) => ({
      term: key(entry.term),
      codes: [...entry.codes],
    }));
    expect(shared).toEqual(whitelisted);
  });

  it("shares no folded term between two groups", () => {
    const owners = new Map<string, string>();
    for (const group of categories.filter((category) => !isLeafCategory(category.code))) {
      for (const term of termsOf(group)) {
        const key = foldToWords(term);
        const owner = owners.get(key);
        expect(owner === undefined || owner === group.code, `${key}: ${owner} and ${group.code}`).toBe(true);
        owners.set(key, group.code);
      }
    }
  });

  it("marks as standalone-only only terms the category actually has", () => {
    for (const category of categories) {
      const keys = new Set(termsOf(category).map(foldToWords));
      for (const term of category.standaloneOnly ?? []) expect(keys.has(foldToWords(term)), term).toBe(true);
    }
  });
});

describe("getCategory, categoryChildren and categoryTree", () => {
  it("finds a category by its exact code", () => {
    expect(getCategory("packaging.corrugated-cartons")?.nameVi).toBe("Thùng carton");
    expect(getCategory("packaging.nope")).toBeUndefined();
  });

  it("lists direct children only", () => {
    const casting = categoryChildren("metal.casting").map((category) => category.code);
    expect(casting).toEqual([
      "metal.casting.die-casting",
      "metal.casting.sand-casting",
      "metal.casting.investment-casting",
    ]);
    expect(categoryChildren("metal").map((category) => category.code)).not.toContain(
      "metal.casting.die-casting",
    );
    expect(categoryChildren("packaging.tapes")).toEqual([]);
  });

  it("nests every category exactly once", () => {
    const tree = categoryTree();
    const visited: string[] = [];
    const walk = (nodes: CategoryNode[]) => {
      for (const node of nodes) {
        visited.push(node.code);
        for (const child of node.children) expect(child.parent).toBe(node.code);
        walk(node.children);
      }
    };
    walk(tree);
    expect(visited.sort()).toEqual(categories.map((category) => category.code).sort());
    expect(tree.every((node) => node.parent === null)).toBe(true);
  });

  it("returns a tree the caller can modify without affecting the next call", () => {
    categoryTree()[0]?.children.splice(0);
    expect(categoryTree()[0]?.children.length).toBeGreaterThan(0);
  });
});

describe("expandCategoryCodes", () => {
  it("expands a group to itself and all its descendants, including grandchildren", () => {
    const { codes, unknown } = expandCategoryCodes(["metal"]);
    expect(codes[0]).toBe("metal");
    expect(codes).toContain("metal.cnc-machining");
    expect(codes).toContain("metal.cnc-machining.turning");
    expect(codes).toContain("metal.casting.die-casting");
    expect(codes).not.toContain("surface-finishing.plating");
    expect(unknown).toEqual([]);
  });

  it("keeps leaves as they are, dedupes, and reports unknown codes separately", () => {
    const result = expandCategoryCodes([
      "packaging.tapes",
      "metal.casting",
      "metal.casting.sand-casting",
      "packaging.tapes",
      "bogus",
      "bogus",
    ]);
    expect(result).toEqual({
      codes: [
        "packaging.tapes",
        "metal.casting",
        "metal.casting.die-casting",
        "metal.casting.sand-casting",
        "metal.casting.investment-casting",
      ],
      unknown: ["bogus"],
    });
  });
});

describe("resolveCategory", () => {
  it.each([
    ["Bao bì giấy", "packaging.corrugated-cartons"],
    ["thung carton", "packaging.corrugated-cartons"],
    ["Thung Carton", "packaging.corrugated-cartons"],
    ["thung-carton", "packaging.corrugated-cartons"],
    ["corrugated box", "packaging.corrugated-cartons"],
    ["Gia công CNC", "metal.cnc-machining"],
    ["PCBA", "electronics.pcba"],
    ["ép phun nhựa", "plastics.injection-moulding"],
    ["EP PHUN", "plastics.injection-moulding"],
    ["Màng PE", "packaging.stretch-film"],
    ["Xốp EPE", "packaging.foam-inserts"],
    ["bulong", "metal.fasteners"],
    ["O-ring", "rubber.seals-gaskets"],
    ["oring", "rubber.seals-gaskets"],
    ["Sơn tĩnh điện", "surface-finishing.powder-coating"],
    ["Bao bì", "packaging"],
    ["Footwear components", "footwear"],
    ["packaging.paper-boxes", "packaging.paper-boxes"],
  ])("resolves %j to %s", (text, code) => {
    expect(resolveCategory(text)?.code).toBe(code);
  });

  it("accepts a standalone-only term that would be unsafe inside running text", () => {
    expect(resolveCategory("Vải")?.code).toBe("textile.fabrics");
    expect(resolveCategory("Da")?.code).toBe("footwear.leather");
    expect(resolveCategory("keo")?.code).toBe("chemicals.adhesives");
  });

  it("prefers the leaf when a term names both a group and one of its leaves", () => {
    expect(resolveCategoryCandidates("cao su kỹ thuật").map((category) => category.code)).toEqual([
      "rubber.moulded-parts",
      "rubber",
    ]);
    expect(resolveCategory("Cao su kỹ thuật")?.code).toBe("rubber.moulded-parts");
  });

  it("refuses to guess between two leaves that share a whitelisted term", () => {
    expect(resolveCategory("nhãn mác")).toBeUndefined();
    expect(resolveCategoryCandidates("nhan mac").map((category) => category.code)).toEqual([
      "packaging.labels-stickers",
      "textile.trims.labels-tags",
    ]);
  });

  it("returns undefined for text that names no category", () => {
    expect(resolveCategory("bánh mì")).toBeUndefined();
    expect(resolveCategory("   ")).toBeUndefined();
    expect(resolveCategory("thùng")).toBeUndefined();
  });
});

describe("searchCategories", () => {
  it("ranks the category with an exact synonym first: carton → corrugated cartons", () => {
    const hits = searchCategories("carton");
    expect(hits[0]?.category.code).toBe("packaging.corrugated-cartons");
    expect(hits[0]?.matched).toBe("carton");
    // Paper boxes and tapes mention cartons in longer terms; they rank below.
    expect(hits.map((hit) => hit.category.code)).toContain("packaging.paper-boxes");
  });

  it("finds CNC machining for cnc and injection moulding for ep phun without diacritics", () => {
    expect(searchCategories("cnc")[0]?.category.code).toBe("metal.cnc-machining");
    expect(searchCategories("ep phun")[0]?.category.code).toBe("plastics.injection-moulding");
    expect(searchCategories("Ép Phun")[0]?.category.code).toBe("plastics.injection-moulding");
  });

  it("ranks exact over prefix over word-contains", () => {
    // "ép phun" is exact for injection moulding; the mould only has it inside "khuôn ép phun".
    const codes = searchCategories("ep phun", 20).map((hit) => hit.category.code);
    expect(codes.slice(0, 2)).toEqual(["plastics.injection-moulding", "moulds.plastic-injection-moulds"]);
    // "Thùng carton" starts with the query; the tape only has it later, in "băng keo dán thùng carton".
    const prefix = searchCategories("thung car");
    expect(prefix.map((hit) => [hit.category.code, hit.matched])).toEqual([
      ["packaging.corrugated-cartons", "Thùng carton"],
      ["packaging.tapes", "băng keo dán thùng carton"],
    ]);
  });

  it("ranks a match ending on a word boundary before one that stops inside a word", () => {
    const codes = searchCategories("in", 20).map((hit) => hit.category.code);
    expect(codes[0]).toBe("printing");
    expect(codes).toContain("footwear.insoles");
    expect(codes.indexOf("printing.screen-printing")).toBeLessThan(codes.indexOf("footwear.insoles"));
  });

  it("respects the limit and returns nothing for a blank query", () => {
    expect(searchCategories("nhua", 3)).toHaveLength(3);
    expect(searchCategories("  ")).toEqual([]);
    expect(searchCategories("xyzzy")).toEqual([]);
  });

  it("returns each category at most once", () => {
    const codes = searchCategories("mang", 50).map((hit) => hit.category.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("categorySynonymGroups", () => {
  const groups = categorySynonymGroups();

  it("gives one group per leaf, none larger than 50", () => {
    expect(groups).toHaveLength(leafCategories().length);
    for (const group of groups) {
      expect(group.length).toBeLessThanOrEqual(50);
      expect(new Set(group).size).toBe(group.length);
    }
  });

  it("keeps each term as written, lowercased and without diacritics", () => {
    const cartons =
      groups[leafCategories().findIndex((leaf) => leaf.code === "packaging.corrugated-cartons")];
    expect(cartons).toEqual(
      expect.arrayContaining(["Thùng carton", "thùng carton", "thung carton", "5-ply carton"]),
    );
    const pcba = groups[leafCategories().findIndex((leaf) => leaf.code === "electronics.pcba")];
    expect(pcba).toEqual(expect.arrayContaining(["PCBA", "pcba", "SMT", "smt"]));
  });

  it("fits every form of every term under the cap, and leaves out standalone-only terms", () => {
    leafCategories().forEach((leaf, index) => {
      const skip = new Set((leaf.standaloneOnly ?? []).map(foldToWords));
      const written = termsOf(leaf).filter((term) => !skip.has(foldToWords(term)));
      const forms = written.flatMap((term) => [term, term.toLowerCase(), foldVietnamese(term)]);
      expect(groups[index], leaf.code).toEqual(expect.arrayContaining(forms));
    });
    const leather = groups[leafCategories().findIndex((leaf) => leaf.code === "footwear.leather")];
    expect(leather).not.toContain("da");
  });
});

describe("extractCategoryMentions", () => {
  it("finds corrugated cartons in a Vietnamese request, taking the longest synonym", () => {
    const text = "Cần 20.000 thùng carton 5 lớp in 2 màu";
    expect(extractCategoryMentions(text)).toEqual([
      {
        code: "packaging.corrugated-cartons",
        term: "thùng carton 5 lớp",
        text: "thùng carton 5 lớp",
        start: 11,
        end: 29,
      },
    ]);
  });

  it("reports the taxonomy term and the text as the request wrote it", () => {
    expect(extractCategoryMentions("Can 20000 THUNG CARTON 5 LOP")).toEqual([
      {
        code: "packaging.corrugated-cartons",
        term: "thùng carton 5 lớp",
        text: "THUNG CARTON 5 LOP",
        start: 10,
        end: 28,
      },
    ]);
  });

  it("finds the same categories with or without diacritics", () => {
    const withMarks = extractCategoryMentions(
      "Tìm xưởng ép nhựa và xi mạ niken cho linh kiện, kèm túi PE đóng gói",
    );
    const without = extractCategoryMentions(
      "Tim xuong ep nhua va xi ma niken cho linh kien, kem tui PE dong goi",
    );
    const codes = withMarks.map((mention) => mention.code);
    expect(codes).toEqual([
      "plastics.injection-moulding",
      "surface-finishing.plating",
      "packaging.plastic-bags",
    ]);
    expect(without.map((mention) => mention.code)).toEqual(codes);
    // "xi mạ" and "mạ niken" overlap and are both two words; the longer text wins.
    expect(without[1]?.text).toBe("ma niken");
  });

  it("finds categories in an English request", () => {
    const text =
      "Looking for a PCBA partner (SMT + THT) and custom wire harness; 5-ply carton boxes for export.";
    expect(extractCategoryMentions(text).map((mention) => [mention.code, mention.text])).toEqual([
      ["electronics.pcba", "PCBA"],
      ["electronics.pcba", "SMT"],
      ["electronics.wire-harness", "wire harness"],
      ["packaging.corrugated-cartons", "5-ply carton"],
    ]);
  });

  it("does not report overlapping mentions: the longer phrase wins", () => {
    // "khuôn ép nhựa" (mould) contains "ép nhựa" (injection moulding); "phun sơn tĩnh điện" contains "phun sơn".
    const mentions = extractCategoryMentions("Báo giá khuôn ép nhựa và phun sơn tĩnh điện");
    expect(mentions.map((mention) => [mention.code, mention.term])).toEqual([
      ["moulds.plastic-injection-moulds", "Khuôn ép nhựa"],
      ["surface-finishing.powder-coating", "phun sơn tĩnh điện"],
    ]);
    const tape = extractCategoryMentions("băng keo dán thùng carton");
    expect(tape.map((mention) => mention.code)).toEqual(["packaging.tapes"]);
  });

  it("prefers the longest phrase even when a shorter one starts earlier", () => {
    // "ép đùn" (plastic extrusion) starts first, but "ép đùn nhôm" is the longer, aluminium phrase.
    expect(extractCategoryMentions("gia công ép đùn nhôm").map((mention) => mention.code)).toEqual([
      "metal.aluminium-extrusion",
    ]);
  });

  it("matches whole words only", () => {
    expect(extractCategoryMentions("cartonnage")).toEqual([]);
    expect(extractCategoryMentions("SMTP server")).toEqual([]);
  });

  it("ignores standalone-only terms that collide with everyday words once folded", () => {
    expect(extractCategoryMentions("Giá đã bao gồm VAT, hạn giao hàng vài ngày, hàng đi Đức")).toEqual([]);
    expect(extractCategoryMentions("Gia da bao gom VAT, han giao hang vai ngay")).toEqual([]);
  });

  it("reports a whitelisted ambiguous term once for each leaf", () => {
    expect(extractCategoryMentions("in nhãn mác").map((mention) => mention.code)).toEqual([
      "packaging.labels-stickers",
      "textile.trims.labels-tags",
    ]);
  });

  // A speed figure belongs in the bench; what a test can hold on a loaded machine is the shape of the cost. The
  // fastest of several runs is compared, so a busy neighbour slows both sizes alike instead of failing the test.
  it("scans text in time proportional to its length", () => {
    const sentence =
      "Công ty cần báo giá thùng carton 5 lớp, túi PE, tem nhãn mã vạch và gia công CNC chi tiết nhôm A6061, xi mạ kẽm. ";
    const textOf = (length: number) => sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
    const fastestRun = (text: string) => {
      let fastest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 30; i++) {
        const started = performance.now();
        extractCategoryMentions(text);
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    };
    const short = textOf(2_000);
    const long = textOf(20_000);
    fastestRun(short);
    fastestRun(long);
    // Ten times the text: linear work takes about 10×; a scan that restarts per position would take about 100×.
    expect(fastestRun(long) / fastestRun(short)).toBeLessThan(30);
  });
});

describe("certifications", () => {
  it("has unique, well-formed codes and known kinds", () => {
    const codes = certifications.map((certification) => certification.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const certification of certifications) {
      expect(certification.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(certificationKinds).toContain(certification.kind);
      if (certification.supersededBy) expect(codes).toContain(certification.supersededBy);
    }
  });

  it("never lets one written form name two certifications", () => {
    for (const certification of certifications) {
      const { code, name, nameVi, nameEn, synonyms } = certification;
      for (const term of [code, name, nameVi, nameEn, ...synonyms]) {
        expect(resolveCertification(term)?.code, `${term} (${code})`).toBe(code);
      }
    }
  });

  it.each([
    ["ISO 9001:2015", "iso-9001"],
    ["iso9001", "iso-9001"],
    ["ISO-9001", "iso-9001"],
    ["Chứng nhận ISO 9001:2008", "iso-9001"],
    ["ISO 14001", "iso-14001"],
    ["IATF16949:2016", "iatf-16949"],
    ["TS 16949", "iso-ts-16949"],
    ["BSCI", "amfori-bsci"],
    ["amfori BSCI audit", "amfori-bsci"],
    ["SMETA 4-pillar", "sedex-smeta"],
    ["FSC-COC", "fsc"],
    ["FSSC 22000 v5.1", "fssc-22000"],
    ["Oeko-Tex Standard 100", "oeko-tex"],
    ["RoHS compliant", "rohs"],
    ["ISPM 15", "ispm-15"],
    ["VILAS", "iso-17025"],
    ["chứng nhận hợp quy", "vn-cr"],
  ])("resolves %j to %s", (text, code) => {
    expect(resolveCertification(text)?.code).toBe(code);
  });

  it("does not guess at numbers shared by two standards or at unknown names", () => {
    expect(resolveCertification("22000")).toBeUndefined();
    expect(resolveCertification("ISO 27001")).toBeUndefined();
    expect(resolveCertification("")).toBeUndefined();
  });
});

describe("rankCategories", () => {
  it("reads a category name with a market or quality word as that category and keeps the word", () => {
    const reading = rankCategories("Thùng carton xuất khẩu");
    expect(reading.candidates[0]?.code).toBe("packaging.corrugated-cartons");
    expect(reading.qualifiers).toEqual(["xuat khau"]);
  });

  it("reads products as their trade and English inflections as one stem", () => {
    expect(rankCategories("nap chai nhua").candidates[0]?.code).toBe("plastics.injection-moulding");
    expect(rankCategories("Molded rubber components").candidates[0]?.code).toBe("rubber.moulded-parts");
    expect(rankCategories("HDPE jerrycans").candidates[0]?.code).toBe("plastics.blow-moulding");
  });

  it("takes the head of the name, not a trade mentioned after 'for', 'đựng' or 'on'", () => {
    expect(rankCategories("Khay nhựa định hình đựng linh kiện điện tử").candidates[0]?.code).toBe(
      "plastics.thermoforming",
    );
    expect(rankCategories("Pad printing on plastic parts").candidates[0]?.code).toBe("printing.pad-printing");
    expect(rankCategories("PP screw caps for HDPE bottles").candidates[0]?.code).toBe(
      "plastics.injection-moulding",
    );
  });

  it("in running text, reads what is bought after 'cần', not the buyer's own trade before it", () => {
    const text = "Xưởng may ở KCN Lê Minh Xuân cần thùng carton 5 lớp";
    expect(rankCategories(text, { mode: "text" }).candidates[0]?.code).toBe("packaging.corrugated-cartons");
  });

  it("never counts legal forms: 'Công ty TNHH' alone names no category", () => {
    expect(rankCategories("Công ty TNHH").candidates).toEqual([]);
    expect(rankCategories("Công ty TNHH Cơ Khí Chính Xác").candidates[0]?.code).toBe("metal.cnc-machining");
  });

  it("resolves a code to itself with confidence 1 and an empty text to nothing", () => {
    expect(rankCategories("metal.stamping").candidates).toEqual([
      { code: "metal.stamping", confidence: 1, matched: [], head: true },
    ]);
    expect(rankCategories("  ").candidates).toEqual([]);
  });

  it("gives a leaf named with its group's words the group's words too: 'denim fabric' is woven fabric", () => {
    expect(rankCategories("Denim fabric").candidates[0]?.code).toBe("textile.fabrics.woven");
  });
});

describe("searchCategories with the resolver", () => {
  it("finds whole names people write, which no prefix matches", () => {
    expect(searchCategories("Sản xuất thùng giấy carton 3 lớp, 5 lớp")[0]?.category.code).toBe(
      "packaging.corrugated-cartons",
    );
    expect(searchCategories("gia cong cnc")[0]?.category.code).toBe("metal.cnc-machining");
  });
});
