import { categoryTree, searchCategories, singleLineText } from "@ketnoi/domain";
import { z } from "zod";
import { problemResponses } from "../../schemas/problem.js";
import type { RouteApp, RouteContext } from "../route-context.js";

interface CategoryNodeView {
  code: string;
  nameVi: string;
  nameEn: string;
  synonyms: { vi: string[]; en: string[] };
  children: CategoryNodeView[];
}

const categoryNodeSchema: z.ZodType<CategoryNodeView> = z
  .object({
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    synonyms: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
    get children() {
      return z.array(categoryNodeSchema);
    },
  })
  .meta({ id: "CategoryNode" });

const querystring = z.object({
  q: singleLineText(100)
    .optional()
    .describe(
      "Find categories by any name, synonym, product or trade phrase, vi or en, with or without diacritics ('Thùng carton xuất khẩu', 'gia cong cnc')",
    ),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

function toView(node: ReturnType<typeof categoryTree>[number]): CategoryNodeView {
  return {
    code: node.code,
    nameVi: node.nameVi,
    nameEn: node.nameEn,
    synonyms: { vi: [...node.synonyms.vi], en: [...node.synonyms.en] },
    children: node.children.map(toView),
  };
}

export function listCategories(app: RouteApp, _context: RouteContext) {
  app.get(
    "/v1/categories",
    {
      schema: {
        tags: ["taxonomy"],
        summary: "The supporting-industry category tree, or categories matching a name",
        description: "Without q: the whole tree in both languages. With q: matching categories, best first.",
        querystring,
        response: {
          200: z.object({
            tree: z.array(categoryNodeSchema).optional(),
            matches: z
              .array(
                z.object({
                  code: z.string(),
                  nameVi: z.string(),
                  nameEn: z.string(),
                  parent: z.string().nullable(),
                  matched: z.string().describe("The name, synonym or trade phrase that matched"),
                  confidence: z
                    .number()
                    .describe("0–1: how much of q the category accounts for; 1 when q is one of its names"),
                }),
              )
              .optional(),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      if (!q) return { tree: categoryTree().map(toView) };
      return {
        matches: searchCategories(q, limit).map(({ category, matched, confidence }) => ({
          code: category.code,
          nameVi: category.nameVi,
          nameEn: category.nameEn,
          parent: category.parent,
          matched,
          confidence,
        })),
      };
    },
  );
}
