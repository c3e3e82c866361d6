import {
  DomainError,
  expandCategoryCodes,
  resolveCertification,
  resolveProvince,
  singleLineText,
} from "@ketnoi/domain";
import {
  type SupplierDocument,
  type SupplierSearch,
  supplierHits,
  supplierIndexName,
  supplierSearchRequest,
} from "@ketnoi/search";
import type { SearchResponse } from "meilisearch";
import { z } from "zod";
import { DependencyUnavailableError } from "../../rate-limits/limit-errors.js";
import { problemResponses } from "../../schemas/problem.js";
import { interpretSupplierQuery } from "../../services/supplier-query.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const commaList = (max: number) =>
  z
    .string()
    .max(2000)
    .transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .refine((items) => items.length <= max, `must list at most ${max} values`);

const querystring = z.object({
  q: singleLineText(200, { min: 0 })
    .default("")
    .describe("Free text, vi or en: 'thùng carton 5 lớp', 'gia cong cnc'"),
  categories: commaList(20)
    .optional()
    .describe("Category codes, comma-separated; a group includes its members"),
  certifications: commaList(10)
    .optional()
    .describe("Certification codes, all required (expired ones don't count)"),
  zone: z.string().max(100).optional().describe("Only suppliers located in this zone (id)"),
  province: singleLineText(100).optional().describe("2025 or former province name"),
  verified: z.enum(["true", "false"]).optional().describe("true: only suppliers verified by our staff"),
  minCapacity: z.coerce.number().positive().max(1e12).optional().describe("Minimum monthly capacity"),
  capacityUnit: z
    .string()
    .max(20)
    .optional()
    .describe("Unit of minCapacity (pieces, kg, m2…); required with it"),
  languages: commaList(8)
    .optional()
    .describe("Languages the supplier must speak, all required (vi,en,zh,ja,ko…)"),
  near: z.string().max(100).optional().describe("A zone id, or a point 'lat,lng'"),
  radiusKm: z.coerce.number().positive().max(500).optional().describe("With near; default 50"),
  sort: z.enum(["relevance", "distance"]).default("relevance"),
  facets: z.enum(["true", "false"]).default("true"),
  page: z.coerce.number().int().min(1).max(100).default(1),
  hitsPerPage: z.coerce.number().int().min(1).max(50).default(20),
  lang: z
    .enum(["vi", "en"])
    .optional()
    .describe(
      "The language the hits are shown in: only its description is highlighted and cropped; unset, both",
    ),
});

const hitSchema = z.object({
  id: z.string(),
  legalName: z.string(),
  tradeName: z.string().nullable(),
  categories: z.array(z.string()),
  certifications: z.array(z.string()).describe("Valid certificates"),
  zoneId: z.string().nullable(),
  province2025: z.string(),
  formerProvince: z.string().nullable(),
  verified: z.boolean(),
  monthlyCapacity: z.object({ value: z.number(), unit: z.string() }).nullable(),
  moq: z.object({ value: z.number(), unit: z.string() }).nullable(),
  leadTimeDays: z.number().nullable(),
  languages: z.array(z.string()),
  distanceKm: z.number().nullable().describe("From the `near` point or zone"),
  highlights: z
    .record(z.string(), z.union([z.string(), z.array(z.string())]))
    .describe(
      "Where the words matched, per field a result shows (legalName, tradeName, descriptionVi, descriptionEn; " +
        "descriptions cropped around the match): safe HTML. The supplier's text is " +
        "HTML-escaped and the only tags are `<mark>` and `</mark>` around matched words, so a client may " +
        "insert it as HTML as it is. Every other field of a hit is plain text, to be escaped like any other.",
    ),
});

const responseSchema = z.object({
  query: z.object({
    text: z.string().describe("The words sent to the text search after interpretation"),
    interpreted: z.object({
      certifications: z.array(z.string()).describe("Certificates read from the text and required"),
      nearZone: z.object({ id: z.string(), nameVi: z.string(), nameEn: z.string() }).nullable(),
    }),
  }),
  hits: z.array(hitSchema),
  totalHits: z.number(),
  totalPages: z.number(),
  page: z.number(),
  hitsPerPage: z.number(),
  facets: z
    .record(z.string(), z.record(z.string(), z.number()))
    .describe(
      "Hits per value of categoryCodes (a group counts its members), certifications, zoneId, province2025, " +
        "formerProvince (before the July 2025 merger), languages, verified and capacityUnit",
    ),
  processingTimeMs: z.number(),
});

const invalid = (field: string, message: string) =>
  new DomainError("validation_failed", "Your request has invalid fields", [{ field, message }]);

export function searchSuppliers(app: RouteApp, { deps, zones }: RouteContext) {
  const indexName = supplierIndexName(deps.config.NAMESPACE);
  app.get(
    "/v1/suppliers/search",
    {
      schema: {
        tags: ["suppliers"],
        summary: "Find suppliers by what they make, where they are and what they are certified for",
        description:
          "Vietnamese with or without diacritics, or English. Certificates ('ISO 9001') and 'near <zone>' in " +
          "the text become filters; `query.interpreted` says what was understood. Paused profiles never appear.",
        querystring,
        response: { 200: responseSchema, ...problemResponses(400, 503) },
      },
      // The handler builds the answer field by field from the schema's own types, so zod has nothing left to check
      // or strip; re-encoding a page of twenty hits with their highlights and eight facet counts through it cost
      // the search's hottest path about 0.3 ms (issue #16). `search-suppliers.contract.test.ts` holds the answer to
      // the documented fields.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
      const query = request.query;
      const interpreted = interpretSupplierQuery(query.q, zones);

      const categories = expandCategoryCodes(query.categories ?? []);
      if (categories.unknown.length > 0) {
        throw invalid("query.categories", `unknown category codes: ${categories.unknown.join(", ")}`);
      }
      const certifications = new Set(interpreted.certifications);
      for (const code of query.certifications ?? []) {
        const certification = resolveCertification(code);
        if (!certification) throw invalid("query.certifications", `unknown certification '${code}'`);
        certifications.add(certification.code);
      }
      if (query.zone && !zones.get(query.zone)) throw invalid("query.zone", `unknown zone '${query.zone}'`);
      const province = query.province ? resolveProvince(query.province) : undefined;
      if (query.province && !province)
        throw invalid("query.province", `unknown province '${query.province}'`);
      if ((query.minCapacity === undefined) !== (query.capacityUnit === undefined)) {
        throw invalid(
          query.minCapacity === undefined ? "query.minCapacity" : "query.capacityUnit",
          "minCapacity and capacityUnit go together",
        );
      }
      const near =
        resolveNear(query.near, zones) ??
        (interpreted.near ? { lat: interpreted.near.lat, lng: interpreted.near.lng } : undefined);
      if (query.sort === "distance" && !near) throw invalid("query.sort", "sorting by distance needs `near`");
      if (query.radiusKm !== undefined && !near) throw invalid("query.radiusKm", "radiusKm needs `near`");

      const search: SupplierSearch = {
        text: interpreted.text,
        categories: categories.codes,
        certifications: [...certifications],
        zoneId: query.zone,
        province,
        verifiedOnly: query.verified === "true",
        minCapacity:
          query.minCapacity !== undefined && query.capacityUnit
            ? { value: query.minCapacity, unit: query.capacityUnit }
            : undefined,
        languages: query.languages ?? [],
        near: near ? { ...near, radiusKm: query.radiusKm ?? 50 } : undefined,
        sort: query.sort,
        facets: query.facets === "true",
        page: query.page,
        hitsPerPage: query.hitsPerPage,
        descriptionLanguage: query.lang,
      };
      let response: Awaited<ReturnType<typeof runSearch>>;
      try {
        response = await runSearch(search);
      } catch (error) {
        request.log.error({ err: error }, "supplier search failed");
        throw new DependencyUnavailableError("meilisearch");
      }
      return {
        query: {
          text: search.text,
          interpreted: {
            certifications: interpreted.certifications,
            nearZone: interpreted.near
              ? { id: interpreted.near.id, nameVi: interpreted.near.nameVi, nameEn: interpreted.near.nameEn }
              : null,
          },
        },
        hits: supplierHits(response, near).map(({ document: d, distanceKm, highlights }) => ({
          id: d.id,
          legalName: d.legalName,
          tradeName: d.tradeName,
          categories: d.categories,
          certifications: d.certifications,
          zoneId: d.zoneId,
          province2025: d.province2025,
          formerProvince: d.formerProvince,
          verified: d.verified,
          monthlyCapacity:
            d.capacityValue !== null && d.capacityUnit
              ? { value: d.capacityValue, unit: d.capacityUnit }
              : null,
          moq: d.moqValue !== null && d.moqUnit ? { value: d.moqValue, unit: d.moqUnit } : null,
          leadTimeDays: d.leadTimeDays,
          languages: d.languages,
          distanceKm,
          highlights,
        })),
        totalHits: response.totalHits,
        totalPages: response.totalPages,
        page: search.page,
        hitsPerPage: search.hitsPerPage,
        facets: response.facetDistribution ?? {},
        processingTimeMs: response.processingTimeMs,
      };
    },
  );

  function runSearch(search: SupplierSearch) {
    // page/hitsPerPage make Meilisearch count hits exactly (totalHits/totalPages) instead of estimating.
    return deps.search.searchIndex<SupplierDocument>(indexName, supplierSearchRequest(search)) as Promise<
      SearchResponse<SupplierDocument, { page: number; hitsPerPage: number }>
    >;
  }
}

function resolveNear(near: string | undefined, zones: RouteContext["zones"]) {
  if (!near) return undefined;
  const point = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(near);
  if (point) {
    const lat = Number(point[1]);
    const lng = Number(point[2]);
    if (lat < 8 || lat > 23.5 || lng < 102 || lng > 110) throw invalid("query.near", "is outside Vietnam");
    return { lat, lng };
  }
  const zone = zones.get(near);
  if (!zone) throw invalid("query.near", `is neither a zone id nor 'lat,lng': '${near}'`);
  return { lat: zone.lat, lng: zone.lng };
}
