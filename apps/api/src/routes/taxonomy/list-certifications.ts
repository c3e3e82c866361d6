import { certifications } from "@ketnoi/domain";
import { z } from "zod";
import type { RouteApp, RouteContext } from "../route-context.js";

const certificationSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    kind: z.string(),
    synonyms: z.array(z.string()),
  })
  .meta({ id: "Certification" });

export function listCertifications(app: RouteApp, _context: RouteContext) {
  app.get(
    "/v1/certifications",
    {
      schema: {
        tags: ["taxonomy"],
        summary: "Certifications suppliers can hold and buyers can require",
        response: { 200: z.object({ items: z.array(certificationSchema) }) },
      },
    },
    async () => ({
      items: certifications.map((c) => ({
        code: c.code,
        name: c.name,
        nameVi: c.nameVi,
        nameEn: c.nameEn,
        kind: c.kind,
        synonyms: [...c.synonyms],
      })),
    }),
  );
}
