import {
  categoriesFromInference,
  getCategory,
  inferRequestCategories,
  multiLineText,
  singleLineText,
} from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const body = z.object({
  title: singleLineText(200, { min: 0 }).default(""),
  description: multiLineText(5000).default(""),
});

/**
 * What a request's words name, as publishing would read them (`inferRequestCategories`): the request form shows
 * them while the buyer types, so they can be corrected before publishing. A POST because a description is too
 * long for a query string; it changes nothing and needs no login, like GET /v1/categories.
 */
export function inferCategories(app: RouteApp, _context: RouteContext) {
  app.post(
    "/v1/categories/infer",
    {
      schema: {
        tags: ["taxonomy"],
        summary: "The categories a request's title and description name",
        description:
          "The same reading as publishing a request without categories: the item's own trades first, then " +
          "others the words name, each with the words that named it. Changes nothing.",
        body,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                code: z.string(),
                nameVi: z.string(),
                nameEn: z.string(),
                terms: z.array(z.string()).describe("The buyer's words that named it"),
                publishedWith: z
                  .boolean()
                  .describe(
                    "Whether publishing without chosen categories would use it (the item's own trades)",
                  ),
              }),
            ),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const { title, description } = request.body;
      const inferred = inferRequestCategories(title, description);
      const published = new Set(inferred.length > 0 ? categoriesFromInference(title, inferred) : []);
      const items = inferred.flatMap(({ code, terms }) => {
        const category = getCategory(code);
        if (!category) return [];
        return [
          {
            code,
            nameVi: category.nameVi,
            nameEn: category.nameEn,
            terms,
            publishedWith: published.has(code),
          },
        ];
      });
      return { items };
    },
  );
}
