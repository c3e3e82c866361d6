import { describe, expect, it } from "vitest";
import { parseMarkedTemplate } from "../src/mjml/marked-template.js";

describe("marked templates", () => {
  it("fills escaped values, repeats lists and keeps or drops conditional blocks", () => {
    const template = parseMarkedTemplate(
      "<h1>%%title%%</h1><!--ketnoi:each:items--><li>%%name%% of %%title%%<!--ketnoi:if:badge--> [%%badge%%]<!--ketnoi:end:badge--></li><!--ketnoi:end:items--><!--ketnoi:unless:items-->none<!--ketnoi:end:items-->",
    );
    expect(
      template.render({
        title: "A & B",
        items: [
          { name: "<x>", badge: null },
          { name: "y", badge: "ok" },
        ],
      }),
    ).toBe("<h1>A &amp; B</h1><li>&lt;x&gt; of A &amp; B</li><li>y of A &amp; B [ok]</li>");
    expect(template.render({ title: "T", items: [] })).toBe("<h1>T</h1>none");
  });

  it("reads dotted paths", () => {
    expect(
      parseMarkedTemplate('<a href="%%link.url%%">%%link.label%%</a>').render({
        link: { url: "https://x/?a=1&b=2", label: "Go" },
      }),
    ).toBe('<a href="https://x/?a=1&amp;b=2">Go</a>');
  });

  it("refuses a view that lacks a value, rather than sending an email with a hole in it", () => {
    expect(() => parseMarkedTemplate("Hi %%name%%").render({})).toThrow("%%name%% is not text");
    expect(() =>
      parseMarkedTemplate("<!--ketnoi:each:rows-->x<!--ketnoi:end:rows-->").render({ rows: "no" }),
    ).toThrow("each:rows is not a list");
  });

  it("rejects unbalanced blocks when parsing", () => {
    expect(() => parseMarkedTemplate("<!--ketnoi:if:a-->x")).toThrow("never closed");
    expect(() => parseMarkedTemplate("<!--ketnoi:if:a-->x<!--ketnoi:end:b-->")).toThrow("closes a");
  });
});
