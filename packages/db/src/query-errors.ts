// Drizzle's query errors carry the statement's parameters in their message and stack: emails, names, password
// hashes, or every row of a thousand-row batch. They must reach neither the logs nor the job failure reasons
// Redis keeps (and Bull Board shows) for 30 days.
import { DrizzleQueryError } from "drizzle-orm";

/** Enough of the statement to tell which query failed. */
const shownSqlCharacters = 200;

/** Fields of the driver's error that name what failed without quoting a value (its `detail` may quote one). */
const safeCauseFields = [
  "code",
  "severity",
  "constraint_name",
  "table_name",
  "column_name",
  "routine",
] as const;

export interface QueryFailure extends Error {
  /** The driver's error fields that quote no value: SQLSTATE code, constraint, table, column. */
  database: Partial<Record<(typeof safeCauseFields)[number], string>>;
}

/** A Drizzle query error rebuilt without its parameters; any other value is returned as it is. */
export function withoutQueryParameters(error: unknown): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const statement =
    error.query.length > shownSqlCharacters ? `${error.query.slice(0, shownSqlCharacters)}…` : error.query;
  const cause = error.cause;
  const failure = new Error(
    `Failed query (${error.params.length} parameters withheld): ${statement}: ${cause?.message ?? "no cause given"}`,
  ) as QueryFailure;
  failure.name = "QueryFailure";
  failure.database = {};
  for (const field of safeCauseFields) {
    const value = (cause as Record<string, unknown> | undefined)?.[field];
    if (typeof value === "string") failure.database[field] = value;
  }
  // Where it was thrown, without the original first lines (the message, parameters included).
  const frames = (error.stack ?? "").split("\n").filter((line) => line.startsWith("    at "));
  failure.stack = [`${failure.name}: ${failure.message}`, ...frames].join("\n");
  return failure;
}
