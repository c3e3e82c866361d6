"use client";
// Upload an association's directory; the per-row report shows on the page and downloads as a CSV of the errors.
import { useActionState } from "react";
import { type ImportOutcome, importDirectory } from "../../app/actions/admin-actions";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { type ImportRowIssue, importErrorFile, importIssueText } from "../../lib/import-report";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

const idle: ImportOutcome = { status: "idle", values: {}, fieldErrors: {} };

export function ImportForm({ locale, messages }: { locale: Locale; messages: Messages }) {
  const [state, action, pending] = useActionState(importDirectory, idle);
  const copy = messages.admin.import;
  const report = state.report;
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-5" noValidate>
        <FormFeedback
          state={state.status === "done" ? idle : state}
          messages={messages}
          labels={{ file: copy.file }}
        />
        <input type="hidden" name="locale" value={locale} />
        <div className={`space-y-1 ${state.fieldErrors.file ? "border-l-4 border-critical-ink pl-3" : ""}`}>
          <label htmlFor="field-file" className="block text-lg font-semibold">
            {copy.file}
          </label>
          {state.fieldErrors.file ? (
            <p id="field-file-error" className="font-semibold text-critical-ink">
              {state.fieldErrors.file}
            </p>
          ) : null}
          <input
            id="field-file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={state.fieldErrors.file ? "field-file-error" : undefined}
            className="block w-full text-lg"
          />
        </div>
        <div className="flex items-start gap-3">
          <input
            id="field-claimInvitations"
            name="claimInvitations"
            type="checkbox"
            className="mt-1 size-6"
            aria-describedby="field-claimInvitations-hint"
          />
          <div>
            <label htmlFor="field-claimInvitations" className="text-lg font-semibold">
              {copy.invitations}
            </label>
            <p id="field-claimInvitations-hint" className="text-base text-muted">
              {copy.invitationsHint}
            </p>
          </div>
        </div>
        <div className="space-y-1">
          <label htmlFor="field-invitationLanguage" className="block text-lg font-semibold">
            {copy.language}
          </label>
          <select
            id="field-invitationLanguage"
            name="invitationLanguage"
            defaultValue={locale}
            className="block min-h-11 w-full max-w-xs rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
          >
            <option value="vi">{messages.languages.vi}</option>
            <option value="en">{messages.languages.en}</option>
          </select>
        </div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {copy.submit}
        </Button>
      </form>

      {report ? (
        <section aria-labelledby="import-report" className="space-y-4">
          <h2 id="import-report" role="status" className="text-xl font-bold">
            {fill(copy.report, {
              total: report.total,
              imported: report.imported,
              updated: report.updated,
              rejected: report.rejected,
              invited: report.claimInvitationsSent,
            })}
          </h2>
          {report.ignoredColumns.length > 0 ? (
            <p>{fill(copy.ignored, { columns: report.ignoredColumns.join(", ") })}</p>
          ) : null}
          {report.errors.length > 0 ? (
            <>
              <h3 className="text-lg font-bold">{copy.errorsHeading}</h3>
              <p>
                <a
                  href={`data:text/csv;charset=utf-8,${encodeURIComponent(importErrorFile(report.errors, copy))}`}
                  download="import-errors.csv"
                  className="font-semibold"
                >
                  {copy.download}
                </a>
              </p>
              <ReportTable rows={report.errors} copy={copy} />
            </>
          ) : null}
          {report.warnings.length > 0 ? (
            <>
              <h3 className="text-lg font-bold">{copy.warningsHeading}</h3>
              <ReportTable rows={report.warnings} copy={copy} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

function ReportTable({ rows, copy }: { rows: ImportRowIssue[]; copy: Messages["admin"]["import"] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {copy.row}
            </th>
            <th scope="col" className="p-2">
              {copy.column}
            </th>
            <th scope="col" className="p-2">
              {copy.message}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((problem) => (
            <tr
              key={`${problem.row}-${problem.column}-${problem.code}-${problem.message}`}
              className="border-b border-line-soft"
            >
              <td className="p-2">{problem.row}</td>
              <td className="p-2 break-all">{problem.column ?? "—"}</td>
              <td className="p-2">{importIssueText(problem, copy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
