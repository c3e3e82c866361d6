import { describe, expect, it } from "vitest";
import { highlightedField, highlightSegments } from "../lib/highlight";

describe("search highlights", () => {
  it("splits marked and plain text", () => {
    expect(highlightSegments("Công ty <mark>thùng</mark> <mark>carton</mark> Việt")).toEqual([
      { text: "Công ty ", marked: false },
      { text: "thùng", marked: true },
      { text: " ", marked: false },
      { text: "carton", marked: true },
      { text: " Việt", marked: false },
    ]);
  });

  it("turns escaped markup back into text, never into elements", () => {
    const segments = highlightSegments("&lt;img src=x onerror=alert(1)&gt; <mark>Bao</mark> bì &amp; in");
    expect(segments).toEqual([
      { text: "<img src=x onerror=alert(1)> ", marked: false },
      { text: "Bao", marked: true },
      { text: " bì & in", marked: false },
    ]);
  });

  it("keeps tags other than <mark> as literal text", () => {
    expect(highlightSegments('<b onclick="x">A</b><mark><i>B</i></mark>')).toEqual([
      { text: '<b onclick="x">A</b>', marked: false },
      { text: "<i>B</i>", marked: true },
    ]);
  });

  it("falls back to the plain value when the API sent no highlight for the field", () => {
    expect(highlightedField({}, "legalName", "Công ty A")).toEqual([{ text: "Công ty A", marked: false }]);
    expect(highlightedField({ legalName: "<mark>Công</mark> ty A" }, "legalName", "Công ty A")[0]).toEqual({
      text: "Công",
      marked: true,
    });
  });
});
