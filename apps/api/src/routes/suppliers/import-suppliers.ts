// POST /v1/suppliers/import: an association's member directory as a CSV or XLSX body. The import itself is the
// supplier-import service; this file is its HTTP face: who may call it, the media types, and the documentation.
import { accountRepository } from "@ketnoi/db";
import { DomainError, importColumnCatalog, importIssueCodes, languageSchema } from "@ketnoi/domain";
import type { ProductLinks } from "@ketnoi/email";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../../plugins/authentication.js";
import { problemResponses } from "../../schemas/problem.js";
import { inviteToClaim } from "../../services/supplier-claims.js";
import {
  importLimits,
  importSupplierDirectory,
} from "../../services/supplier-import/import-supplier-directory.js";
import { csvContentType, mediaTypeOf, xlsxContentType } from "../../services/supplier-import/spreadsheet.js";
import { bearerAuth, type RouteApp, type RouteContext } from "../route-context.js";

const issueFields = {
  code: z
    .enum(importIssueCodes)
    .describe("Why, as a stable code a client words in the reader's language with `params`"),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
    .describe(
      "What the wording fills in: `value` the cell's text (or the entry of a list cell), numbers such as `max` or `firstRow`, `suggestions` category codes",
    ),
  message: z.string().describe("The same in English"),
};

const reportSchema = z
  .object({
    total: z.number().int().describe("Data rows read; blank rows are skipped"),
    imported: z.number().int().describe("New profiles created"),
    updated: z.number().int().describe("Existing profiles updated (same tax code)"),
    rejected: z.number().int().describe("Rows not written; each has at least one entry in errors"),
    errors: z.array(
      z.object({
        row: z.number().int().describe("Row number as the spreadsheet shows it; the header is row 1"),
        column: z.string().nullable().describe("Canonical column name; null when the whole row is at fault"),
        ...issueFields,
      }),
    ),
    errorsTruncated: z
      .boolean()
      .describe(`True when more than ${importLimits.maxReportedErrors} errors were found`),
    warnings: z
      .array(
        z.object({
          row: z.number().int(),
          column: z.string().nullable(),
          ...issueFields,
          suggestions: z.array(z.string()).describe("Category codes the entry may mean, best first"),
        }),
      )
      .describe(
        "Rows imported with something to check: a category name no category matches clearly is kept in the supplier's own words (ownCategories) and listed here with suggestions; a row is never rejected for its category names",
      ),
    warningsTruncated: z
      .boolean()
      .describe(`True when more than ${importLimits.maxReportedErrors} warnings were found`),
    ignoredColumns: z
      .array(z.string())
      .describe("Headers the import does not know; their cells were not read"),
    claimInvitationsSent: z
      .number()
      .int()
      .describe("Invitations to claim emailed (with `claimInvitations=true`); 0 otherwise"),
  })
  .meta({ id: "SupplierImportReport" });

const columnList = importColumnCatalog
  .map((spec) => `- \`${spec.column}\`: ${spec.hint}. Also: ${spec.aliases.slice(0, 5).join(", ")}`)
  .join("\n");

const description = `
Imports supplier profiles from an association's member directory (platform admins and organisations with the
\`association\` role; verified email required). Send the file itself as the request body with Content-Type
\`${csvContentType}\` or \`${xlsxContentType}\`, at most ${importLimits.maxBodyBytes / 1024 / 1024} MB and
${importLimits.maxRows.toLocaleString("en")} data rows.

**File.** The first non-blank row holds the headers. XLSX: the first worksheet is read; dates become YYYY-MM-DD
and formulas their results. CSV: UTF-8 (with or without BOM) or UTF-16 with BOM; delimiter comma, semicolon
(Excel in Vietnamese locale) or tab, detected from the header line. A file in a legacy code page (Windows-1258,
TCVN3, VNI) is refused: save it as "CSV UTF-8" or upload the .xlsx.

**Columns.** Headers match in Vietnamese or English, with or without diacritics, case and punctuation ignored.
Required: \`tax_code\`, \`legal_name\`, \`categories\`, and \`zone\` or all of \`address\`, \`province\`, \`lat\`,
\`lng\`. Unknown headers are ignored and listed in \`ignoredColumns\`; a missing required column or a column
named twice rejects the file (400).

${columnList}

**Lists** (categories, certifications, processes, materials, products, languages, export markets) are separated
by \`;\`, \`|\` or line breaks; commas separate too (for certifications only when every piece is known, for
categories when the whole entry is not a category name).

**Categories are never a reason to reject a row.** Codes and names resolve as they are; longer or looser names go
through the category resolver ("Thùng carton xuất khẩu" → cartons, "Automotive injection moulded parts" →
injection moulding), keeping the supplier's wording in \`ownCategories\`. A name no category matches clearly is
kept in \`ownCategories\` (shown on the profile, searchable, used in matching) and listed in \`warnings\` with
the categories it may mean. Numbers may be written \`1.000.000\`, \`1,000,000\`, \`1,5\` or \`2.5\`; a single separator before
exactly three digits (\`1.500\`) groups thousands.

**Writing.** Each row is written atomically (its own savepoint); a rejected row writes nothing. A tax code already
on file updates that profile instead of adding another: columns present in the file replace the stored values
(blank cells clear them), columns absent from the file leave them as they are. Profiles that a supplier manages
itself, or that another association imported, are never overwritten. A tax code repeated within the file is
imported from its first valid row only. The report counts every row and lists up to
${importLimits.maxReportedErrors.toLocaleString("en")} errors with row number and column; re-running an import is safe.

**Claim invitations** (opt-in, \`claimInvitations=true\`): after the import, every profile it wrote that nobody
manages yet and that has a contact email gets an email inviting the company to claim it, with a single-use link
valid 30 days, in \`invitationLanguage\` (default Vietnamese). A newer invitation replaces the earlier one.
`.trim();

const importQuery = z.object({
  claimInvitations: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true")
    .describe("Email each unowned imported profile's contact an invitation to claim it"),
  invitationLanguage: languageSchema.default("vi"),
});

const spreadsheetBody = z
  .custom<Buffer | undefined>((value) => value === undefined || Buffer.isBuffer(value))
  .meta({ type: "string", format: "binary", description: "The CSV or XLSX file itself" });

async function requireImporter(request: FastifyRequest): Promise<void> {
  const caller = callerOf(request);
  if (!caller.isPlatformAdmin && !caller.organizationRoles.includes("association")) {
    throw new DomainError("forbidden", "Only associations and platform admins import supplier directories");
  }
}

async function requireSpreadsheet(request: FastifyRequest): Promise<void> {
  const mediaType = mediaTypeOf(request.headers["content-type"]);
  if (mediaType !== csvContentType && mediaType !== xlsxContentType) {
    throw new DomainError(
      "unsupported_media_type",
      `Send the spreadsheet as the request body with Content-Type ${csvContentType} or ${xlsxContentType}`,
    );
  }
}

export function importSuppliers(app: RouteApp, { deps, zones }: RouteContext, links: ProductLinks) {
  // Spreadsheet bodies are read as raw bytes only here: the parsers live in this plugin's own context, so JSON
  // routes keep their parsers and their 1 MB limit.
  void app.register(async (scope: FastifyInstance) => {
    scope.addContentTypeParser(
      [csvContentType, xlsxContentType],
      { parseAs: "buffer", bodyLimit: importLimits.maxBodyBytes },
      (_request, body, done) => done(null, body),
    );
    const route = scope.withTypeProvider<ZodTypeProvider>();

    route.post(
      "/v1/suppliers/import",
      {
        bodyLimit: importLimits.maxBodyBytes,
        config: { idempotent: true },
        // onRequest rather than preHandler: a caller who may not import is turned away before 15 MB is read.
        onRequest: [app.authenticate, requireImporter, app.requireVerifiedEmail, requireSpreadsheet],
        schema: {
          tags: ["suppliers"],
          summary: "Import supplier profiles from a member-directory spreadsheet (CSV or XLSX)",
          description,
          security: bearerAuth,
          consumes: [csvContentType, xlsxContentType],
          querystring: importQuery,
          body: spreadsheetBody,
          response: { 200: reportSchema, ...problemResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const file = {
          body: request.body ?? Buffer.alloc(0),
          contentType: request.headers["content-type"] ?? "",
        };
        const { supplierIds, ...report } = await importSupplierDirectory(
          deps,
          zones,
          request.log,
          file,
          caller,
        );
        let claimInvitationsSent = 0;
        if (request.query.claimInvitations && supplierIds.length > 0) {
          const organization = await accountRepository.findOrganization(
            deps.database.db,
            caller.organizationId,
          );
          const invitations = await inviteToClaim(
            deps,
            links,
            supplierIds,
            organization?.name ?? "Kết Nối",
            request.query.invitationLanguage,
          );
          await invitations.send(request.log);
          claimInvitationsSent = invitations.count;
        }
        const { total, imported, updated, rejected } = report;
        request.log.info(
          { importedBy: caller.organizationId, total, imported, updated, rejected, claimInvitationsSent },
          "supplier directory imported",
        );
        return { ...report, claimInvitationsSent };
      },
    );
  });
}
