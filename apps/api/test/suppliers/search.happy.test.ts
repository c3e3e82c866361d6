import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertSearchFixture } from "../fixtures/search-suppliers.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
let ids: Record<string, string>;
const keyOf = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? id;

beforeAll(async () => {
  t = await createTestApp({ withWorker: true });
  ids = await insertSearchFixture(t.deps.database.db);
  await t.searchSynced(30_000);
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function search(query: string) {
  const response = await t.app.inject({ method: "GET", url: `/v1/suppliers/search?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json();
  return { ...body, keys: body.hits.map((h: { id: string }) => keyOf(h.id)) as string[] };
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe("free-text search across languages and diacritics", () => {
  it.each(["thung carton 5 lop", "thùng carton 5 lớp", "5-ply corrugated carton"])(
    "'%s' puts the carton makers first, whichever language they wrote in",
    async (text) => {
      const result = await search(q(text));
      expect(new Set(result.keys.slice(0, 2))).toEqual(new Set(["carton-vi", "carton-en"]));
      expect(result.keys).not.toContain("paused-carton");
    },
  );

  it("'gia cong cnc' finds the CNC machining shops first, and 'Công ty' in legal names is never a match", async () => {
    const result = await search(q("gia cong cnc"));
    expect(new Set(result.keys.slice(0, 2))).toEqual(new Set(["cnc-vi", "cnc-en"]));
    // Meilisearch would mark "Công" of every "Công ty"; those marks are dropped, the name's own words keep theirs.
    for (const hit of result.hits as { highlights: Record<string, string> }[]) {
      expect(hit.highlights.legalName ?? "").not.toMatch(/<mark>Công<\/mark> ty/i);
    }
  });

  it("finds a firm by its legal name as written, legal form and all", async () => {
    const result = await search(q("Công ty TNHH Dập Kim Loại An Phú"));
    expect(result.keys[0]).toBe("stamping");
    expect(result.query.text).toBe("Công ty TNHH Dập Kim Loại An Phú");
  });

  it("'ép phun nhựa' finds injection moulders, and the English 'injection molding' finds the Vietnamese-only one", async () => {
    const vi = await search(q("ép phun nhựa"));
    expect(vi.keys.slice(0, 4)).toEqual(
      expect.arrayContaining(["injection-vsip-iso", "injection-vsip-no-iso"]),
    );
    const en = await search(q("injection molding"));
    expect(en.keys).toContain("injection-vsip-no-iso");
  });

  it("'injection molding ISO 9001 near VSIP' reads the certificate and the zone, and ranks the right supplier first", async () => {
    const result = await search(q("injection molding ISO 9001 near VSIP"));
    expect(result.query.interpreted).toEqual({
      certifications: ["iso-9001"],
      nearZone: expect.objectContaining({ id: "kcn-vsip-1" }),
    });
    expect(result.keys[0]).toBe("injection-vsip-iso");
    // No ISO 9001, an expired one, or 58 km away: not what was asked for.
    expect(result.keys).not.toContain("injection-vsip-no-iso");
    expect(result.keys).not.toContain("injection-expired-iso");
    expect(result.keys).not.toContain("injection-far-iso");
    expect(result.hits[0].distanceKm).toBe(0);
  });

  it("highlights what matched", async () => {
    const result = await search(q("thùng carton"));
    const highlights = JSON.stringify(result.hits[0].highlights);
    expect(highlights).toContain("<mark>");
  });
});

describe("filters", () => {
  it("a category group includes its members", async () => {
    const result = await search("categories=packaging");
    expect(new Set(result.keys)).toEqual(new Set(["carton-vi", "carton-en", "labels"]));
  });

  it("requires every listed certification, and an expired one does not count", async () => {
    const both = await search("certifications=iso-9001,iso-14001");
    expect(both.keys).toEqual(["wire-harness"]);
    const fsc = await search("certifications=fsc");
    expect(fsc.keys).toEqual(["carton-en"]);
  });

  it("a former province finds its zones, the 2025 province includes them", async () => {
    const former = await search(`province=${encodeURIComponent("Bình Dương")}`);
    expect(new Set(former.keys)).toEqual(
      new Set([
        "carton-vi",
        "labels",
        "injection-vsip-iso",
        "injection-expired-iso",
        "cnc-vi",
        "wire-harness",
      ]),
    );
    const current = await search(`province=${encodeURIComponent("TP.HCM")}&hitsPerPage=50`);
    expect(current.keys).toEqual(expect.arrayContaining([...former.keys, "carton-en", "garment-trims"]));
    expect(current.keys).not.toContain("cnc-en");
  });

  it("verified only, minimum capacity and languages", async () => {
    expect(new Set((await search("verified=true")).keys)).toEqual(
      new Set(["carton-vi", "injection-vsip-iso", "cnc-vi"]),
    );
    expect((await search("minCapacity=1000000&capacityUnit=pieces")).keys).toEqual(["carton-en"]);
    expect(new Set((await search("languages=en,ja")).keys)).toEqual(new Set(["carton-en"]));
  });

  it("near a zone within a radius, sorted by distance, with the distance of each hit", async () => {
    const result = await search("near=kcn-vsip-1&radiusKm=20&sort=distance&hitsPerPage=50");
    const distances = result.hits.map((h: { distanceKm: number }) => h.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(20);
    expect(result.keys.slice(0, 2)).toEqual(expect.arrayContaining(["labels", "injection-vsip-iso"]));
    expect(result.keys).not.toContain("stamping");
  });

  it("counts facets and pages exactly", async () => {
    const first = await search("hitsPerPage=5&page=1");
    expect(first.totalHits).toBe(12);
    expect(first.totalPages).toBe(3);
    expect(first.facets.categoryCodes.packaging).toBe(3);
    expect(first.facets.certifications["iso-9001"]).toBe(6);
    const third = await search("hitsPerPage=5&page=3");
    expect(third.hits).toHaveLength(2);
  });

  it("counts zones, former provinces and capacity units, so a page can offer them as filters", async () => {
    const all = await search("hitsPerPage=1");
    // The paused supplier in VSIP I is not counted.
    expect(all.facets.zoneId["kcn-vsip-1"]).toBe(2);
    expect(all.facets.formerProvince["Binh Duong"]).toBe(6);
    expect(all.facets.province2025["Ho Chi Minh City"]).toBe(10);
    expect(all.facets.capacityUnit.pieces).toBe(4);
    const inZone = await search("zone=kcn-vsip-1");
    expect(new Set(inZone.keys)).toEqual(new Set(["labels", "injection-vsip-iso"]));
    expect(inZone.facets.zoneId).toEqual({ "kcn-vsip-1": 2 });
  });
});

/** The parts of a JSON Schema (as the OpenAPI document gives them) that say which fields an object has. */
interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/**
 * Every object in `value` and the fields the schema documents for it that it lacks (of the required ones) or adds,
 * as paths. `components` resolves `$ref`s into the OpenAPI document's schemas.
 */
function undocumentedFields(
  value: unknown,
  schema: JsonSchema,
  path: string,
  components: Record<string, JsonSchema> = {},
): string[] {
  const check = (v: unknown, s: JsonSchema, p: string) => undocumentedFields(v, s, p, components);
  if (schema.$ref) {
    const target = components[schema.$ref.replace("#/components/schemas/", "")];
    return target ? check(value, target, path) : [`${path}: unresolved ${schema.$ref}`];
  }
  if (schema.anyOf) {
    const tries = schema.anyOf.map((option) => check(value, option, path));
    return tries.find((problems) => problems.length === 0) ?? tries.flat();
  }
  if (value === null) {
    const types = [schema.type].flat();
    return types.includes("null") ? [] : [`${path}: null`];
  }
  if (Array.isArray(value)) {
    const items = schema.items;
    return items ? value.flatMap((item, i) => check(item, items, `${path}[${i}]`)) : [];
  }
  if (typeof value !== "object") return [];
  const object = value as Record<string, unknown>;
  const properties = schema.properties;
  if (!properties) {
    // A record (facets, highlights): any key, each value by additionalProperties.
    const each = typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined;
    return each ? Object.entries(object).flatMap(([k, v]) => check(v, each, `${path}.${k}`)) : [];
  }
  const documented = Object.keys(properties);
  return [
    ...(schema.required ?? []).filter((k) => !(k in object)).map((k) => `${path}.${k} missing`),
    ...Object.keys(object)
      .filter((k) => !documented.includes(k))
      .map((k) => `${path}.${k} undocumented`),
    ...documented
      .filter((k) => k in object)
      .flatMap((k) => check(object[k], properties[k] ?? {}, `${path}.${k}`)),
  ];
}

describe("the answer's shape", () => {
  // The route serialises its answer without zod stripping unknown fields on the way out (issue #16): what
  // Meilisearch adds to a hit (_geo, _formatted, _geoDistance…) must not leak, and nothing documented may go missing.
  async function documented(status: string) {
    const document = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    return {
      schema: document.paths["/v1/suppliers/search"].get.responses[status].content["application/json"]
        .schema as JsonSchema,
      components: document.components.schemas as Record<string, JsonSchema>,
    };
  }

  it.each([
    q("gia cong cnc"),
    `${q("injection molding ISO 9001 near VSIP")}&facets=false`,
    "near=kcn-vsip-1&radiusKm=20&sort=distance&hitsPerPage=50",
    "hitsPerPage=5&page=2&facets=false",
  ])("has exactly the fields the OpenAPI document lists (%s)", async (query) => {
    const { schema, components } = await documented("200");
    const result = await search(query);
    const { keys: _keys, ...body } = result;
    expect(body.hits.length).toBeGreaterThan(0);
    expect(schema.required).toEqual(expect.arrayContaining(["hits", "facets", "query"]));
    expect(undocumentedFields(body, schema, "answer", components)).toEqual([]);
  });

  it("answers a refused search with exactly the problem's documented fields", async () => {
    const { schema, components } = await documented("400");
    const response = await t.app.inject({ method: "GET", url: "/v1/suppliers/search?categories=no.such" });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.errors[0].field).toBe("query.categories");
    expect(undocumentedFields(body, schema, "problem", components)).toEqual([]);
  });

  it("would notice a field too many or too few", () => {
    const hit: JsonSchema = { type: "object", properties: { id: { type: "string" } }, required: ["id"] };
    const schema: JsonSchema = {
      type: "object",
      properties: { hits: { type: "array", items: { $ref: "#/components/schemas/Hit" } } },
    };
    expect(undocumentedFields({ hits: [{ id: "a", _geo: {} }, {}] }, schema, "answer", { Hit: hit })).toEqual(
      ["answer.hits[0]._geo undocumented", "answer.hits[1].id missing"],
    );
  });
});
