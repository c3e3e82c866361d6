// The words a request is matched by (pure): what reaches the search engine and text relevance, and what is
// quoted back to people as matched terms.
import { describe, expect, it } from "vitest";
import { materialTerms, requestQueryText, shownTerms } from "../src/matching/request-terms.js";

const specification = (material?: string) => ({ text: "", ...(material ? { material } : {}) });

describe("materialTerms", () => {
  it("splits the buyer's material list on commas, slashes and 'và'/'and'", () => {
    expect(materialTerms({ specification: specification("ABS, PC / PP") })).toEqual(["ABS", "PC", "PP"]);
    expect(materialTerms({ specification: specification("giấy kraft và màng PE") })).toEqual([
      "giấy kraft",
      "màng PE",
    ]);
    expect(materialTerms({ specification: specification() })).toEqual([]);
  });
});

describe("requestQueryText", () => {
  // "in" (Vietnamese for "print") goes with the English filler: as a query word it would credit every printer.
  it("puts the materials first, then the title without request phrasing or quantities", () => {
    const query = requestQueryText({
      title: "Cần mua 20.000 thùng carton 5 lớp in 2 màu",
      specification: specification("giấy kraft"),
    });
    expect(query).toBe("giấy kraft thùng carton 5 lớp 2 màu");
  });

  it("drops English filler and comma-grouped quantities, and keeps part numbers and alloy grades", () => {
    expect(
      requestQueryText({
        title: "Looking for a supplier of CNC machined A6061 brackets, 40,000 pcs per month",
        specification: specification(),
      }),
    ).toBe("CNC machined A6061 brackets");
  });

  it("keeps a word once whether or not it carries diacritics, and stops at ten words", () => {
    const query = requestQueryText({
      title: "nhãn decal nhan decal in nhiệt chống nước bền màu giấy bạc máy in mã vạch văn phòng",
      specification: specification(),
    });
    expect(query.split(" ")).toEqual([
      "nhãn",
      "decal",
      "nhiệt",
      "chống",
      "nước",
      "bền",
      "màu",
      "giấy",
      "bạc",
      "máy",
    ]);
  });

  // What the item is for or packed in is another trade's words: they would rank bottle blowers for caps.
  it("reads the title only up to what the item is for or packed in", () => {
    expect(
      requestQueryText({
        title: "PP screw caps for our HDPE lubricant bottles",
        specification: specification(),
      }),
    ).toBe("PP screw caps");
    expect(
      requestQueryText({
        title: "Trục inox tiện chính xác, đóng trong thùng carton",
        specification: specification("SUS304"),
      }),
    ).toBe("SUS304 Trục inox tiện chính xác");
    // Two words at least before a marker: "len" is wool here, not "onto".
    expect(requestQueryText({ title: "Vải len dệt kim", specification: specification() })).toBe(
      "Vải len dệt kim",
    );
  });

  it("adds the names of the group members a vague request names", () => {
    expect(
      requestQueryText({ title: "Packaging materials for our warehouse", specification: specification() }, [
        "Stretch film",
        "Tapes",
      ]),
    ).toBe("Packaging materials Stretch film Tapes");
  });

  it("reads a comma between digits as part of a number, not as a list", () => {
    expect(
      requestQueryText({ title: "Tấm nhôm dày 0,5 mm", specification: specification("A5052,A6061") }),
    ).toBe("A5052 A6061 Tấm nhôm dày 0,5 mm");
  });

  it("is empty when the title is nothing but phrasing and quantities", () => {
    expect(requestQueryText({ title: "Cần mua 5.000 cái", specification: specification() })).toBe("");
  });
});

describe("shownTerms", () => {
  it("quotes the materials and the words each category was inferred from", () => {
    expect(
      shownTerms({
        specification: specification("PP, PET"),
        inferredCategories: [
          { code: "packaging.plastic-bottles", terms: ["chai nhựa"] },
          { code: "packaging.labels", terms: ["nhãn", "decal"] },
        ],
      }),
    ).toEqual(["PP", "PET", "chai nhựa", "nhãn", "decal"]);
  });
});
