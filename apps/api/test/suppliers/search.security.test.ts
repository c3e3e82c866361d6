// Search results are public and clients render `highlights` as HTML, so whatever a supplier wrote must come back
// escaped, with our own <mark> tags as the only markup.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishProfile, verifiedSupplier } from "../helpers/suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;

// Every field that is highlighted holds the search word next to markup, attributes, entities and quotes.
const hostile = {
  legalName: `Zebrapack <img src=x onerror=alert(1)> "Bao Bì" & Co`,
  tradeName: `Zebrapack <script>alert('x')</script>`,
  descriptionVi: `Zebrapack làm thùng carton &amp; hộp &lt;script&gt;alert(1)&lt;/script&gt; <a href="javascript:alert(1)" onclick='x()'>xem</a>`,
  descriptionEn: `Zebrapack boxes <svg/onload=alert(1)> it's "5-ply" & <b>strong</b>`,
  exampleProducts: [
    `Zebrapack <iframe srcdoc="<script>alert(1)</script>">`,
    `thùng Zebrapack &quot;5 lớp&quot;`,
  ],
};

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  const supplier = await verifiedSupplier(t);
  await publishProfile(t, supplier, {
    ...hostile,
    taxCode: "0312687878",
    categories: ["packaging.corrugated-cartons"],
    location: { zoneId: "kcn-song-than-1" },
  });
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** What a browser shows for escaped HTML text without tags: the entities decoded. */
const decoded = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("search highlights", () => {
  it("escape the stored text of every highlighted field and add no markup but <mark>", async () => {
    const response = await t.app.inject({ method: "GET", url: "/v1/suppliers/search?q=zebrapack" });
    expect(response.statusCode, response.body).toBe(200);
    const [hit] = response.json().hits;
    const highlights = hit.highlights as Record<string, string | string[]>;
    expect(Object.keys(highlights).sort()).toEqual(
      // Only what a result shows is marked: products matched too, but no result list shows them.
      ["descriptionEn", "descriptionVi", "legalName", "tradeName"].sort(),
    );
    for (const [attribute, value] of Object.entries(highlights)) {
      for (const html of [value].flat()) {
        expect(html, attribute).toMatch(/<mark>Zebrapack<\/mark>/i);
        const withoutMarks = html.replace(/<\/?mark>/g, "");
        // No tag, attribute quote or bare ampersand is left for a browser to interpret.
        expect(withoutMarks, attribute).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
      }
    }
    // What the person sees is exactly what the supplier typed, entities included.
    expect(decoded((highlights.legalName as string).replace(/<\/?mark>/g, ""))).toBe(hostile.legalName);
    expect(decoded((highlights.tradeName as string).replace(/<\/?mark>/g, ""))).toBe(hostile.tradeName);
    expect(highlights.legalName).toBe(
      "<mark>Zebrapack</mark> &lt;img src=x onerror=alert(1)&gt; &quot;Bao Bì&quot; &amp; Co",
    );
    expect(highlights.descriptionVi).toContain("&amp;amp; hộp &amp;lt;script&amp;gt;");
    expect(highlights.descriptionVi).toContain(
      "&lt;a href=&quot;javascript:alert(1)&quot; onclick=&#39;x()&#39;&gt;",
    );
    // The plain fields stay as stored: they are text, for clients to escape like any other.
    expect(hit.legalName).toBe(hostile.legalName);
  });

  it("mark only the description of the language asked for, escaped the same way", async () => {
    const response = await t.app.inject({ method: "GET", url: "/v1/suppliers/search?q=zebrapack&lang=en" });
    expect(response.statusCode, response.body).toBe(200);
    const highlights = response.json().hits[0].highlights as Record<string, string>;
    expect(Object.keys(highlights).sort()).toEqual(["descriptionEn", "legalName", "tradeName"]);
    expect(highlights.descriptionEn).toContain("&lt;svg/onload=alert(1)&gt;");
    const refused = await t.app.inject({ method: "GET", url: "/v1/suppliers/search?q=zebrapack&lang=fr" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(["query.lang"]);
  });
});
